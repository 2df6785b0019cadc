import { expire, session } from '../../session'

// The office module's calls through the gateway, answered like openapi-fetch does ({ data } or { error }, with the
// response), so the shared useLoad and useSubmit handle them.
export async function officeCall<T>(path: string, method = 'GET', body?: unknown): Promise<{ data?: T; error?: unknown; response: Response }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch(`/api/office${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (response.status === 401 && session.token) expire()
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  return response.ok ? { data: parsed as T, response } : { error: parsed, response }
}

export interface Filing {
  id: string; caseNumber: string; kind: string; status: string; reason: string; raisedByName: string
  reportBy?: string | null; explanation?: string | null; note?: string | null
}

export interface Post { code: string; name: string; a: string; aName: string; b: string; bName: string }

export interface CoverDay { postCode: string; postName: string; a: string; aName: string; b: string; bName: string; items: unknown[] }

export interface Letter { departmentId: string; departmentName: string; powers: string[]; missing: string[]; ratePercent: number }

export interface AuthorisationReport {
  ratePercent: number
  departments: { departmentId: string; departmentName: string; centres: number; ratePercent: number }[]
  letters: Letter[]
}

/** A list as the API answers it: an array, or a page of `{ items, nextCursor, total }`. */
export function itemsOf<T>(list: T[] | { items: T[] } | undefined): T[] {
  return list === undefined ? [] : Array.isArray(list) ? list : list.items
}
