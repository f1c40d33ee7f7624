import { Calendar, Cellphone, Guide, List, Monitor } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import messages from './messages'
import { BOARD_READERS, FIELD_STAFF, INSPECTORS } from './roles'

/**
 * Plans and inspection rounds (计划与巡检): the live round board (巡检看板) for every staff member of the community,
 * the plans with their calendar and the inspection routes (read by all, defined by supervisors, property managers
 * and administrators), and the inspector's phone view (我的巡检) to check points in. The server decides every call.
 */
const feature: Feature = {
  name: 'rounds',
  menu: [
    { path: '/rounds/mine', label: 'rounds.menu.mine', icon: Cellphone, roles: FIELD_STAFF, order: 110 },
    { path: '/rounds', label: 'rounds.menu.board', icon: Monitor, roles: BOARD_READERS, order: 430 },
    { path: '/plans', label: 'rounds.menu.plans', icon: List, roles: BOARD_READERS, order: 440 },
    { path: '/plans/calendar', label: 'rounds.menu.calendar', icon: Calendar, roles: BOARD_READERS, order: 445 },
    { path: '/rounds/routes', label: 'rounds.menu.routes', icon: Guide, roles: BOARD_READERS, order: 450 },
  ],
  routes: [
    { path: '/rounds', component: () => import('./BoardPage.vue'), meta: { roles: BOARD_READERS, title: 'rounds.title.board' } },
    { path: '/rounds/mine', component: () => import('./MyRoundsPage.vue'), meta: { roles: INSPECTORS, title: 'rounds.title.mine' } },
    { path: '/rounds/routes', component: () => import('./RoutesPage.vue'), meta: { roles: BOARD_READERS, title: 'rounds.title.routes' } },
    { path: '/plans', component: () => import('./PlansPage.vue'), meta: { roles: BOARD_READERS, title: 'rounds.title.plans' } },
    { path: '/plans/calendar', component: () => import('./CalendarPage.vue'), meta: { roles: BOARD_READERS, title: 'rounds.title.calendar' } },
  ],
  messages,
}
export default feature
