import { Connection, Odometer } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import messages from './messages'
import { GATEWAY_READERS, METER_STAFF } from './roles'

/**
 * 表计与抄表: the meter register (kinds, tariffs, shared meters and their apportioning, verification), readings and
 * those held as implausible for a four-eyes approval with the meter's photo, the owners' reporting window, closing a
 * month for billing, CSV imports; and 设备网关, the device gateways that send alarms and remote readings. The server
 * decides each call.
 */
const feature: Feature = {
  name: 'meters',
  menu: [
    { path: '/meters', label: 'meters.menu.meters', icon: Odometer, roles: METER_STAFF, order: 440 },
    { path: '/device-gateways', label: 'meters.menu.gateways', icon: Connection, roles: GATEWAY_READERS, order: 450 },
  ],
  routes: [
    { path: '/meters', component: () => import('./MetersPage.vue'), meta: { roles: METER_STAFF, title: 'meters.title' } },
    { path: '/device-gateways', component: () => import('./GatewaysPage.vue'), meta: { roles: GATEWAY_READERS, title: 'meters.gateway.title' } },
  ],
  messages,
}
export default feature
