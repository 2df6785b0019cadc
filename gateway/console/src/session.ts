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
}

const state = reactive<SessionState>({ token: null, user: null, expired: false })

export const session = readonly(state)

export function signIn(token: string, user: SessionUser): void {
  state.token = token
  state.user = user
  state.expired = false
}

export function signOut(): void {
  state.token = null
  state.user = null
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
  return '/guide'
}
