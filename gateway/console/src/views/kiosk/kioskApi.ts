import { session } from '../../session'

// The kiosk's calls, with its own token; an answer that is not OK comes back as its status and problem body.
export interface KioskAnswer<T> { ok: boolean; status: number; body?: T; problem?: { title?: string; errors?: Record<string, string[]> } }

export async function kioskCall<T>(path: string, init: RequestInit = {}): Promise<KioskAnswer<T>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch(path, { ...init, headers })
  const text = await response.text()
  const body = text ? JSON.parse(text) : undefined
  return response.ok ? { ok: true, status: response.status, body } : { ok: false, status: response.status, problem: body }
}
