import createClient, { type Middleware } from 'openapi-fetch'
import type { paths as CatalogPaths } from './generated/catalog'
import type { paths as IntakePaths } from './generated/intake'
import type { paths as ApprovalPaths } from './generated/approval'
import type { paths as CertificatesPaths } from './generated/certificates'
import type { paths as SupervisionPaths } from './generated/supervision'
import type { paths as RatingsPaths } from './generated/ratings'
import { expire, session } from '../session'

// One typed client per module (types generated from the modules' OpenAPI documents: npm run api).
// Every call goes through the gateway on the console's own origin, with the in-memory token.
const bearer: Middleware = {
  onRequest({ request }) {
    if (session.token) request.headers.set('Authorization', `Bearer ${session.token}`)
    return request
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) expire()
    return response
  },
}

function client<Paths extends object>() {
  const c = createClient<Paths>({ baseUrl: window.location.origin })
  c.use(bearer)
  return c
}

export const catalog = client<CatalogPaths>()
export const intake = client<IntakePaths>()
export const approval = client<ApprovalPaths>()
export const certificates = client<CertificatesPaths>()
export const supervision = client<SupervisionPaths>()
export const ratings = client<RatingsPaths>()

/** A multipart upload (the generated types have no body for these), answered like openapi-fetch does. */
export async function postForm<T>(path: string, form: FormData): Promise<{ data?: T; error?: unknown; response: Response }> {
  const headers: Record<string, string> = session.token ? { Authorization: `Bearer ${session.token}` } : {}
  const response = await fetch(path, { method: 'POST', body: form, headers })
  if (response.status === 401 && session.token) expire()
  const body = response.status === 204 ? undefined : await response.json().catch(() => undefined)
  return response.ok ? { data: body as T, response } : { error: body, response }
}

/** A PDF the API serves behind the token, opened in a new tab for printing. */
export async function openPdf(path: string): Promise<boolean> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${session.token ?? ''}` } })
  if (!response.ok) return false
  const url = URL.createObjectURL(await response.blob())
  window.open(url, '_blank')
  return true
}
