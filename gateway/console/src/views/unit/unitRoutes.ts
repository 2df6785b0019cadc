import type { RouteRecordRaw } from 'vue-router'
import type { MenuItem } from '../../menu'
import { unitTexts as u } from './unitTexts'

// The handling unit's and the overseers' ledgers: its own chunks, routes and menu lines (decision 0544).
const handlingUnit = ['window-clerk', 'centre-admin'] // 谁办理、谁负责: the unit's own staff
const overseers = ['supervisor', 'centre-admin', 'tier-admin']
const ledgerReaders = [...new Set([...handlingUnit, ...overseers])]

export const unitRoutes: RouteRecordRaw[] = [
  { path: '/unit/rectifications', component: () => import('./RectificationsView.vue'), meta: { roles: ledgerReaders } },
  { path: '/unit/key-projects', component: () => import('./KeyProjectsView.vue'), meta: { roles: overseers } },
  { path: '/unit/orders', component: () => import('./OrderRepliesView.vue'), meta: { roles: handlingUnit } },
]

export const unitMenu: MenuItem[] = [
  { path: '/unit/orders', label: u.nav.orderReplies, roles: handlingUnit },
  { path: '/unit/rectifications', label: u.nav.rectifications, roles: ledgerReaders },
  { path: '/unit/key-projects', label: u.nav.keyProjects, roles: overseers },
]
