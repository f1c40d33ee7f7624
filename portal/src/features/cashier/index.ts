import { Checked, Notebook, Wallet } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import messages from './messages'
import { APPROVAL_READERS, CASHIERS, LEDGER_READERS } from './roles'

/**
 * 收银台、分户账、收费审批: money taken at the desk with its receipt printed and the cashiers' daily batches; a unit's
 * ledger line by line with its balances on a day, and the waivers, refunds and deposits returned asked for from it;
 * the requests that move money only when a second person agrees. The server decides each call.
 */
const feature: Feature = {
  name: 'cashier',
  menu: [
    { path: '/billing/cashier', label: 'cashier.menu.cashier', icon: Wallet, roles: CASHIERS, order: 510 },
    { path: '/billing/ledger', label: 'cashier.menu.ledger', icon: Notebook, roles: LEDGER_READERS, order: 515 },
    { path: '/billing/approvals', label: 'cashier.menu.approvals', icon: Checked, roles: APPROVAL_READERS, order: 520 },
  ],
  routes: [
    { path: '/billing/cashier', component: () => import('./CashierPage.vue'), meta: { roles: CASHIERS, title: 'cashier.title' } },
    { path: '/billing/ledger', component: () => import('./LedgerPage.vue'), meta: { roles: LEDGER_READERS, title: 'cashier.ledger.title' } },
    { path: '/billing/approvals', component: () => import('./ApprovalsPage.vue'), meta: { roles: APPROVAL_READERS, title: 'cashier.approval.title' } },
  ],
  messages,
}
export default feature
