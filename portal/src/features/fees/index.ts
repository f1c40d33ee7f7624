import { Coin, DataAnalysis, Document, Files, Timer } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import messages from './shell-messages'
import { FEE_READERS, FINANCE_READERS } from './roles'

/**
 * 收费: fee items and their standards (收费标准) with who they are charged to, bill runs with a dry run first and
 * the bills of a period (出账), late-fee policies (滞纳金规则), the monthly disclosure to owners (收支公示) and the
 * collection reports (收费报表). The cashier desk, ledgers, approvals and arrears are the cashier feature's. Only the
 * menu and titles are in the first load; the pages' texts come with them (texts.ts).
 */
const feature: Feature = {
  name: 'fees',
  menu: [
    { path: '/billing/fee-items', label: 'fees.menu.items', icon: Files, roles: FEE_READERS, order: 503 },
    { path: '/billing/bill-runs', label: 'fees.menu.runs', icon: Document, roles: FEE_READERS, order: 506 },
    { path: '/billing/late-fees', label: 'fees.menu.lateFees', icon: Timer, roles: FINANCE_READERS, order: 530 },
    { path: '/billing/disclosures', label: 'fees.menu.disclosures', icon: Coin, roles: FINANCE_READERS, order: 535 },
    { path: '/billing/reports', label: 'fees.menu.reports', icon: DataAnalysis, roles: FINANCE_READERS, order: 540 },
  ],
  routes: [
    { path: '/billing/fee-items', component: () => import('./FeeItemsPage.vue'), meta: { roles: FEE_READERS, title: 'fees.items.title' } },
    { path: '/billing/bill-runs', component: () => import('./BillRunsPage.vue'), meta: { roles: FEE_READERS, title: 'fees.runs.title' } },
    { path: '/billing/late-fees', component: () => import('./LateFeesPage.vue'), meta: { roles: FINANCE_READERS, title: 'fees.late.title' } },
    { path: '/billing/disclosures', component: () => import('./DisclosuresPage.vue'), meta: { roles: FINANCE_READERS, title: 'fees.disc.title' } },
    { path: '/billing/reports', component: () => import('./ReportsPage.vue'), meta: { roles: FINANCE_READERS, title: 'fees.report.title' } },
  ],
  messages,
}
export default feature
