import { reactive, readonly } from 'vue'

// The signed-in user. The token lives in memory only (never localStorage): a reload signs out.
export interface SessionUser {
  userName: string
  name: string
  roles: string[]
  division: string
  orgUnitId?: string | null
  departmentId?: string | null
}

interface SessionState {
  token: string | null
  user: SessionUser | null
  expired: boolean
  /** The provider's end-session address when signed in there; signing out goes through it. */
  signOutUrl: string | null
}

const state = reactive<SessionState>({ token: null, user: null, expired: false, signOutUrl: null })
let expiry: ReturnType<typeof setTimeout> | undefined

export const session = readonly(state)

export function signIn(token: string, user: SessionUser, signOutUrl: string | null = null): void {
  state.token = token
  state.user = user
  state.expired = false
  state.signOutUrl = signOutUrl
  clearTimeout(expiry)
  // No refresh token for a public client (decision 0542): a minute before the token expires, a clean re-sign-in
  // instead of a failed call; the forms' drafts stay in memory.
  const left = expiresAt(token) - Date.now() - 60_000
  if (Number.isFinite(left)) expiry = setTimeout(expire, Math.max(left, 0))
}

/** Signs out here; returns where the browser goes to end the provider's session too (null: nothing to end). */
export function signOut(): string | null {
  const url = state.signOutUrl
  clearTimeout(expiry)
  state.token = null
  state.user = null
  state.signOutUrl = null
  return url
}

/** The token's <c>exp</c> (ms since the epoch); Infinity when it has none or cannot be read. */
function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number }
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity
  } catch {
    return Infinity
  }
}

/** A 401 on a signed-in call: the token has expired; the pages keep their drafts. */
export function expire(): void {
  if (state.token === null) return
  state.token = null
  state.expired = true
}

export function hasRole(...roles: string[]): boolean {
  return state.user?.roles.some((r) => roles.includes(r)) ?? false
}

/** Where a user lands after signing in: the first page of their role. */
export function homeOf(user: SessionUser): string {
  if (user.roles.includes('window-clerk')) return '/clerk/cases'
  if (user.roles.includes('village-agent')) return '/agent/ledger'
  if (user.roles.includes('department-reviewer') || user.roles.includes('chief-representative')) return '/reviewer/tasks'
  if (user.roles.includes('supervisor')) return '/supervisor/alerts'
  if (user.roles.includes('centre-admin')) return '/office/filings'
  return '/guide'
}
