import { expire, session } from '../session'

/** A call to a module without generated types (office, hall), answered like openapi-fetch does ({ data } or
 *  { error }, with the response), so the shared useLoad and useSubmit handle it. */
export async function plainCall<T>(path: string, method = 'GET', body?: unknown): Promise<{ data?: T; error?: unknown; response: Response }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (response.status === 401 && session.token) expire()
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  return response.ok ? { data: parsed as T, response } : { error: parsed, response }
}
