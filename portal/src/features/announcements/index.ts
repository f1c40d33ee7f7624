import { Promotion } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'

/** Who may list and publish announcements (notification-service's AnnouncementsController). */
export const ANNOUNCEMENT_ROLES: readonly Role[] = ['CUSTOMER_SERVICE', 'PROPERTY_MANAGER', 'ADMIN']

/** Announcements (公告) to a community's residents: the list with reach and reads, and composing a new one. */
const feature: Feature = {
  name: 'announcements',
  menu: [{ path: '/announcements', label: 'announcements.menu', icon: Promotion, roles: ANNOUNCEMENT_ROLES, order: 600 }],
  routes: [{
    path: '/announcements', component: () => import('./AnnouncementsPage.vue'),
    meta: { roles: ANNOUNCEMENT_ROLES, title: 'announcements.title' },
  }],
  messages: {
    'zh-CN': {
      menu: '社区公告', title: '社区公告', compose: '发布公告', empty: '还没有发布过公告',
      col: { publishedAt: '发布时间', title: '标题', audience: '发送范围', state: '状态', reached: '送达', read: '已读', publishedBy: '发布人' },
      state: { PUBLISHING: '发送中', PUBLISHED: '已送达' },
      urgentTag: '紧急',
      audience: { all: '所有小区', community: '全小区', more: '{list} 等 {n} 处' },
      form: {
        title: '标题', body: '正文', target: '发送范围', buildings: '楼栋', units: '房屋', urgent: '紧急公告',
        titlePlaceholder: '例如：12 月 10 日 1 号楼停水通知', bodyPlaceholder: '写清时间、范围和需要住户配合的事项',
        urgentHelp: '紧急公告会立即以短信发给每位住户，免打扰时段也照发。', pickBuildingsPlaceholder: '选择楼栋',
        pickUnitsPlaceholder: '输入房号搜索，如 1-1-101',
      },
      target: { community: '全小区', buildings: '指定楼栋', units: '指定房屋', all: '所有小区' },
      pickBuildings: '请至少选择一栋楼', pickUnits: '请至少选择一户',
      publish: '发布', published: '公告已提交，正在送达住户', readOf: '{read} / {reached}（{share}）',
      confirmUrgent: '紧急公告会立即短信通知{who}的每位住户，免打扰时段也会发送。确定发布吗？', confirmTitle: '发布紧急公告',
      inCommunity: '发往：{name}', noCommunity: '您还没有负责的小区',
    },
    en: {
      menu: 'Announcements', title: 'Announcements', compose: 'New announcement', empty: 'No announcements yet',
      col: { publishedAt: 'Published', title: 'Title', audience: 'Audience', state: 'State', reached: 'Reached', read: 'Read', publishedBy: 'By' },
      state: { PUBLISHING: 'Sending', PUBLISHED: 'Delivered' },
      urgentTag: 'Urgent',
      audience: { all: 'All communities', community: 'Whole community', more: '{list} and {n} in all' },
      form: {
        title: 'Title', body: 'Text', target: 'Audience', buildings: 'Buildings', units: 'Units', urgent: 'Urgent',
        titlePlaceholder: 'e.g. Water off in building 1 on 10 December', bodyPlaceholder: 'When, where, and what residents should do',
        urgentHelp: 'An urgent announcement goes to every resident by SMS at once, even in their quiet hours.',
        pickBuildingsPlaceholder: 'Choose buildings', pickUnitsPlaceholder: 'Type a unit number, e.g. 1-1-101',
      },
      target: { community: 'Whole community', buildings: 'Some buildings', units: 'Some units', all: 'All communities' },
      pickBuildings: 'Choose at least one building', pickUnits: 'Choose at least one unit',
      publish: 'Publish', published: 'Announcement accepted; it is reaching residents now', readOf: '{read} / {reached} ({share})',
      confirmUrgent: 'An urgent announcement texts every resident of {who} at once, even in quiet hours. Publish it?',
      confirmTitle: 'Publish an urgent announcement', inCommunity: 'To: {name}', noCommunity: 'You are not assigned to a community yet',
    },
  },
}
export default feature
