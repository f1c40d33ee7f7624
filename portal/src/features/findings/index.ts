import { Warning } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'
import messages from './messages'

/**
 * 问题发现: every problem the estate found — on inspection rounds, in maintenance, by devices and meters, by security,
 * from owners, and reported by staff by hand — with its evidence and the work order it went to. Staff of the
 * community (not finance) read and report; the server decides each call.
 */
export const FINDING_STAFF: readonly Role[] = [
  'CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'SECURITY_GUARD', 'CLEANER', 'GARDENER', 'PROPERTY_MANAGER', 'ADMIN',
]

const feature: Feature = {
  name: 'findings',
  menu: [{ path: '/findings', label: 'findings.menu', icon: Warning, roles: FINDING_STAFF, order: 430 }],
  routes: [
    { path: '/findings', component: () => import('./FindingsPage.vue'), meta: { roles: FINDING_STAFF, title: 'findings.title' } },
  ],
  messages,
}
export default feature
