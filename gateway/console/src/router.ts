import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { hasRole, session } from './session'
import { unitRoutes } from './views/unit/unitRoutes'
import SignInView from './views/SignInView.vue'

// Routes are split by role: each role's pages are their own chunks, loaded only when visited. The sign-in page is in
// the entry: every staff link opened cold lands there first, and a chunk of its own would cost a round trip (0636).
const clerk = ['window-clerk']
const agent = ['village-agent']
const reviewer = ['department-reviewer', 'chief-representative']
const supervisor = ['supervisor']
const kiosk = ['kiosk'] // 自助终端 (decision 0452)
const admin = ['centre-admin'] // 中心管理办: the office rules (decision 0508)
const applicant = ['applicant'] // 办事群众: their own appointments and ratings (decisions 0546, 0638)
const alarmReaders = [...supervisor, ...admin, 'tier-admin', ...clerk] // the alarms' readers; who acts: decision 0635
const desk = [...clerk, ...admin, ...reviewer] // the centre's staff keep the enquiry desk (首问负责, decision 0547)

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/guide' },
  { path: '/guide', component: () => import('./views/public/GuideView.vue') },
  { path: '/bundles', component: () => import('./views/public/BundlesView.vue') },
  { path: '/verify/:identifier?', component: () => import('./views/public/VerifyView.vue') },
  { path: '/figures', component: () => import('./views/public/FiguresView.vue') },
  { path: '/sign-in', component: SignInView },
  { path: '/kiosk/:section?', component: () => import('./views/kiosk/KioskView.vue'), meta: { roles: kiosk } },
  { path: '/signed-in', component: () => import('./views/SignedInView.vue') },
  { path: '/clerk/start', component: () => import('./views/clerk/StartView.vue'), meta: { roles: clerk } },
  { path: '/clerk/bundle', component: () => import('./views/clerk/BundleView.vue'), meta: { roles: clerk } },
  { path: '/clerk/appointments', component: () => import('./views/clerk/AppointmentsView.vue'), meta: { roles: clerk } },
  { path: '/clerk/fees', component: () => import('./views/fees/FeesView.vue'), meta: { roles: clerk } },
  { path: '/clerk/fees/reconciliation', component: () => import('./views/fees/ReconcileView.vue'), meta: { roles: clerk } },
  { path: '/clerk/queue', component: () => import('./views/hall/QueueView.vue'), meta: { roles: clerk } },
  { path: '/my/appointments', component: () => import('./views/resident/MyAppointmentsView.vue'), meta: { roles: applicant } },
  { path: '/my/ratings', component: () => import('./views/resident/MyRatingsView.vue'), meta: { roles: applicant } },
  { path: '/hall/:centreId/display', component: () => import('./views/hall/ScreenView.vue') },
  { path: '/clerk/cases', component: () => import('./views/clerk/CasesView.vue'), meta: { roles: clerk } },
  { path: '/cases/:id', component: () => import('./views/clerk/CaseView.vue'), meta: { roles: [...clerk, ...agent] } },
  { path: '/agent/submit', component: () => import('./views/agent/SubmitView.vue'), meta: { roles: agent } },
  { path: '/agent/hand-over', component: () => import('./views/agent/HandOverView.vue'), meta: { roles: agent } },
  { path: '/agent/ledger', component: () => import('./views/agent/LedgerView.vue'), meta: { roles: agent } },
  { path: '/reviewer/tasks', component: () => import('./views/reviewer/InboxView.vue'), meta: { roles: reviewer } },
  { path: '/reviewer/tasks/:id', component: () => import('./views/reviewer/TaskView.vue'), meta: { roles: reviewer } },
  { path: '/supervisor/alerts', component: () => import('./views/supervisor/AlertsView.vue'), meta: { roles: supervisor } },
  { path: '/supervisor/alarms', component: () => import('./views/supervisor/AlarmsView.vue'), meta: { roles: alarmReaders } },
  { path: '/supervisor/stats', component: () => import('./views/supervisor/StatsView.vue'), meta: { roles: supervisor } },
  { path: '/supervisor/orders', component: () => import('./views/supervisor/OrdersView.vue'), meta: { roles: supervisor } },
  { path: '/supervisor/rolled-up', component: () => import('./views/supervisor/RolledUpView.vue'), meta: { roles: supervisor } },
  { path: '/supervisor/assessment', component: () => import('./views/supervisor/AssessmentView.vue'), meta: { roles: supervisor } },
  ...unitRoutes,
  { path: '/office/filings', component: () => import('./views/office/FilingsView.vue'), meta: { roles: [...clerk, ...admin] } },
  { path: '/office/enquiries', component: () => import('./views/office/EnquiriesView.vue'), meta: { roles: desk } },
  { path: '/office/posts', component: () => import('./views/office/PostsView.vue'), meta: { roles: admin } },
  { path: '/office/authorisations', component: () => import('./views/office/AuthorisationsView.vue'), meta: { roles: [...admin, ...supervisor] } },
  { path: '/:rest(.*)*', component: () => import('./views/NotFoundView.vue') },
]

export const router = createRouter({ history: createWebHistory('/console/'), routes })

router.beforeEach((to) => {
  // a kiosk session stays inside the kiosk pages: every other route, staff or public, leads back to them
  if (session.token && hasRole(...kiosk) && !to.path.startsWith('/kiosk')) return { path: '/kiosk', replace: true }
  const roles = to.meta.roles as string[] | undefined
  if (!roles) return true
  if (!session.token) {
    preload(to) // the page asked for loads while the user signs in, so it shows as soon as the token is there
    return { path: '/sign-in', query: { next: to.fullPath } }
  }
  // a page of another role answers like an unknown one: not found or not yours
  return hasRole(...roles) ? true : { path: '/not-found', replace: true }
})

function preload(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    const component = record.components?.default
    if (typeof component === 'function') void (component as () => Promise<unknown>)()
  }
}
