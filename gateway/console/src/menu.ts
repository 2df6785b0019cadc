import { t } from './texts'
import { unitMenu } from './views/unit/unitRoutes'
import { o } from './views/office/officeTexts'
import { h } from './views/hall/hallTexts'
import { f } from './views/fees/feeTexts'
import { r } from './views/resident/residentTexts'
import { q } from './views/office/enquiryTexts'
import { rolled } from './views/supervisor/rolledUpTexts'
import { alarm } from './views/supervisor/alarmTexts'

// The menu: the public pages for everyone, then each role's pages.
export interface MenuItem {
  path: string
  label: string
  roles?: string[]
}

export const menu: MenuItem[] = [
  { path: '/guide', label: t.nav.guide },
  { path: '/bundles', label: t.nav.bundles },
  { path: '/verify', label: t.nav.verify },
  { path: '/figures', label: t.nav.published },
  { path: '/clerk/start', label: t.nav.clerkStart, roles: ['window-clerk'] },
  { path: '/clerk/bundle', label: t.nav.clerkBundle, roles: ['window-clerk'] },
  { path: '/clerk/cases', label: t.nav.clerkCases, roles: ['window-clerk'] },
  { path: '/clerk/appointments', label: t.nav.clerkAppointments, roles: ['window-clerk'] },
  { path: '/clerk/fees', label: f.nav, roles: ['window-clerk'] },
  { path: '/clerk/fees/reconciliation', label: f.reconcileNav, roles: ['window-clerk'] },
  { path: '/clerk/queue', label: h.nav.queue, roles: ['window-clerk'] },
  { path: '/my/appointments', label: r.nav.appointments, roles: ['applicant'] },
  { path: '/my/ratings', label: r.nav.ratings, roles: ['applicant'] },
  { path: '/agent/submit', label: t.nav.agentSubmit, roles: ['village-agent'] },
  { path: '/agent/ledger', label: t.nav.agentLedger, roles: ['village-agent'] },
  { path: '/agent/hand-over', label: t.nav.agentHandOver, roles: ['village-agent'] },
  { path: '/reviewer/tasks', label: t.nav.reviewerInbox, roles: ['department-reviewer', 'chief-representative'] },
  { path: '/supervisor/alerts', label: t.nav.supervisorAlerts, roles: ['supervisor'] },
  { path: '/supervisor/alarms', label: alarm.nav, roles: ['supervisor', 'centre-admin', 'tier-admin', 'window-clerk'] },
  { path: '/supervisor/stats', label: t.nav.supervisorStats, roles: ['supervisor'] },
  { path: '/supervisor/orders', label: t.nav.supervisorOrders, roles: ['supervisor'] },
  { path: '/supervisor/rolled-up', label: rolled.nav, roles: ['supervisor'] },
  { path: '/supervisor/assessment', label: t.nav.supervisorAssessment, roles: ['supervisor'] },
  ...unitMenu,
  { path: '/office/filings', label: o.nav.filings, roles: ['window-clerk', 'centre-admin'] },
  { path: '/office/enquiries', label: q.nav, roles: ['window-clerk', 'centre-admin', 'department-reviewer', 'chief-representative'] },
  { path: '/office/posts', label: o.nav.posts, roles: ['centre-admin'] },
  { path: '/office/authorisations', label: o.nav.authorisations, roles: ['centre-admin', 'supervisor'] },
]
