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

/** Renews the access token (the provider's refresh_token grant) and revokes the refresh token on sign-out. */
export interface Renewer {
  renew(): Promise<string>
  revoke(): void
}

const state = reactive<SessionState>({ token: null, user: null, expired: false, signOutUrl: null })
let expiry: ReturnType<typeof setTimeout> | undefined
let renewer: Renewer | null = null

export const session = readonly(state)

export function signIn(token: string, user: SessionUser, signOutUrl: string | null = null, renewal: Renewer | null = null): void {
  state.user = user
  state.expired = false
  state.signOutUrl = signOutUrl
  renewer = renewal
  keep(token)
}

/** Holds the token and, shortly before it expires, renews it silently (decision 0545); without a refresh token
 *  (a demo sign-in) or when renewal fails, a clean re-sign-in instead of a failed call, the drafts kept. */
function keep(token: string): void {
  state.token = token
  clearTimeout(expiry)
  const { exp, lifetime } = lifetimeOf(token)
  const left = exp - Date.now() - Math.min(60_000, lifetime / 2)
  if (Number.isFinite(left)) expiry = setTimeout(() => void renewOrExpire(token), Math.max(left, 0))
}

async function renewOrExpire(token: string): Promise<void> {
  if (state.token !== token) return
  try {
    if (!renewer) throw new Error('no refresh token')
    const renewed = await renewer.renew()
    if (state.token === token) keep(renewed)
  } catch {
    expire()
  }
}

/** Signs out here (the refresh token revoked); returns where the browser goes to end the provider's session too
 *  (null: nothing to end). */
export function signOut(): string | null {
  const url = state.signOutUrl
  clearTimeout(expiry)
  renewer?.revoke()
  renewer = null
  state.token = null
  state.user = null
  state.signOutUrl = null
  return url
}

/** The token's <c>exp</c> (ms since the epoch) and lifetime (ms); Infinity when they cannot be read. */
function lifetimeOf(token: string): { exp: number; lifetime: number } {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number; iat?: number }
    if (typeof payload.exp !== 'number') return { exp: Infinity, lifetime: Infinity }
    const lifetime = typeof payload.iat === 'number' ? (payload.exp - payload.iat) * 1000 : Infinity
    return { exp: payload.exp * 1000, lifetime }
  } catch {
    return { exp: Infinity, lifetime: Infinity }
  }
}

/** A 401 on a signed-in call, or a renewal refused: the token has expired; the pages keep their drafts. */
export function expire(): void {
  if (state.token === null) return
  clearTimeout(expiry)
  renewer = null
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
  if (user.roles.includes('applicant')) return '/my/appointments'
  return '/guide'
}
