import { PhoneFilled } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'
import messages from './messages'

/**
 * 欠费催缴: the community's payers in arrears on a day, aged, with the contacts made with each (call, SMS, visit,
 * letter) and the due list to download. Finance, the service desk, managers and administrators; the server decides.
 */
export const ARREARS_STAFF: readonly Role[] = ['FINANCE', 'CUSTOMER_SERVICE', 'PROPERTY_MANAGER', 'ADMIN']

const feature: Feature = {
  name: 'arrears',
  menu: [{ path: '/billing/arrears', label: 'arrears.menu', icon: PhoneFilled, roles: ARREARS_STAFF, order: 525 }],
  routes: [
    { path: '/billing/arrears', component: () => import('./ArrearsPage.vue'), meta: { roles: ARREARS_STAFF, title: 'arrears.title' } },
  ],
  messages,
}
export default feature
