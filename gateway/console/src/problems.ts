import { t } from './texts'

// RFC 7807 problem details from the API, turned into what a form shows: errors beside their fields.
export interface Problem {
  status?: number
  title?: string
  detail?: string
  errors?: Record<string, string[]>
}

export interface Failure {
  message: string
  fields: Record<string, string>
}

export function failureOf(status: number, body: unknown): Failure {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem
  if (status === 404) return { message: t.notFoundOrNotYours, fields: {} }
  const fields: Record<string, string> = {}
  for (const [key, messages] of Object.entries(problem.errors ?? {})) fields[fieldKey(key)] = messages.join('；')
  const message = problem.detail ?? problem.title ?? (status >= 500 ? t.serverError : `HTTP ${status}`)
  return { message, fields }
}

/** The API names nested fields as <c>applicant.idNumber</c> or <c>materials[0]</c>; the forms use the same keys,
 *  case-insensitively on the first letter. */
function fieldKey(key: string): string {
  return key.length > 0 ? key[0].toLowerCase() + key.slice(1) : key
}

export function networkFailure(): Failure {
  return { message: t.networkError, fields: {} }
}
