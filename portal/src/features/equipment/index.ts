import { Cpu, DataLine, Tickets } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import messages from './messages'
import { EQUIPMENT_READERS } from './roles'

/**
 * Equipment (设施设备): the ledger (台账) with states, history and scrapping under four eyes, QR labels to print, the
 * statutory certificates and their expiry, and the equipment's health (MTBF, MTTR, availability, repair cost). Every
 * staff member of the community reads; supervisors, property managers and administrators keep the ledger; property
 * managers decide scrap requests — the server decides each call.
 */
const feature: Feature = {
  name: 'equipment',
  menu: [
    { path: '/equipment', label: 'equipment.menu.ledger', icon: Cpu, roles: EQUIPMENT_READERS, order: 400 },
    { path: '/equipment/certificates', label: 'equipment.menu.certificates', icon: Tickets, roles: EQUIPMENT_READERS, order: 410 },
    { path: '/equipment/health', label: 'equipment.menu.health', icon: DataLine, roles: EQUIPMENT_READERS, order: 420 },
  ],
  routes: [
    { path: '/equipment', component: () => import('./LedgerPage.vue'), meta: { roles: EQUIPMENT_READERS, title: 'equipment.title.ledger' } },
    { path: '/equipment/labels', component: () => import('./LabelsPage.vue'), meta: { roles: EQUIPMENT_READERS, title: 'equipment.title.labels' } },
    { path: '/equipment/:id', component: () => import('./EquipmentPage.vue'), meta: { roles: EQUIPMENT_READERS, title: 'equipment.title.detail' } },
    { path: '/equipment/certificates', component: () => import('./CertificatesPage.vue'), meta: { roles: EQUIPMENT_READERS, title: 'equipment.title.certificates' } },
    { path: '/equipment/health', component: () => import('./HealthPage.vue'), meta: { roles: EQUIPMENT_READERS, title: 'equipment.title.health' } },
  ],
  messages,
}
export default feature
