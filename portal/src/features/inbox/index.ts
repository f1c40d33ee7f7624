import { Bell } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'

/** My inbox: every staff member's messages, with the unread count in the header. */
const feature: Feature = {
  name: 'inbox',
  menu: [{ path: '/inbox', label: 'inbox.menu', icon: Bell, roles: [], order: 900 }],
  routes: [{ path: '/inbox', component: () => import('./InboxPage.vue'), meta: { title: 'inbox.title' } }],
  messages: {
    'zh-CN': {
      menu: '我的消息', title: '我的消息', unread: '未读', markRead: '标为已读', markAllRead: '全部标为已读',
      empty: '没有消息', open: '打开', onlyUnread: '只看未读', received: '时间',
    },
    en: {
      menu: 'My inbox', title: 'My inbox', unread: 'Unread', markRead: 'Mark read', markAllRead: 'Mark all read',
      empty: 'No messages', open: 'Open', onlyUnread: 'Unread only', received: 'Received',
    },
  },
}
export default feature
