import { Connection } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'

/**
 * Who may open Integrations: GET /api/v1/message-templates allows these (editing is ADMIN only). The webhook
 * endpoints allow no staff role at all, only integration clients with the webhooks.manage scope: the page shows
 * their answer as it is.
 */
export const INTEGRATION_ROLES: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']

/** Integrations: message templates, and the webhook subscriptions with their delivery log. */
const feature: Feature = {
  name: 'integrations',
  menu: [{ path: '/integrations', label: 'integrations.menu', icon: Connection, roles: INTEGRATION_ROLES, order: 800 }],
  routes: [{
    path: '/integrations', component: () => import('./IntegrationsPage.vue'),
    meta: { roles: INTEGRATION_ROLES, title: 'integrations.title' },
  }],
  messages: {
    'zh-CN': {
      menu: '集成与消息', title: '集成与消息', tabTemplates: '消息模板', tabWebhooks: 'Webhook 订阅',
      templates: {
        search: '按类型或内容搜索', kind: '消息类型', zh: '中文', en: '英文', edit: '编辑', empty: '没有消息模板',
        editTitle: '编辑消息模板：{kind}（{language}）', title: '标题', body: '正文', placeholders: '可用占位符',
        placeholdersHelp: "占位符必须是该类消息事件中的字段，否则无法保存；“{'|'}”后为缺省值。点击插入到正文。",
        saved: '模板已保存', readOnly: '只有管理员可以修改模板',
      },
      webhooks: {
        create: '新建订阅', url: '接收地址', eventTypes: '事件类型', communities: '小区', createdAt: '创建时间',
        deliveries: '投递记录', delete: '删除', empty: '还没有 Webhook 订阅',
        urlPlaceholder: 'https://example.com/propertyops/hook', eventTypesPlaceholder: '选择或输入事件类型',
        createTitle: '新建 Webhook 订阅', created: '订阅已创建',
        secretTitle: '签名密钥（只显示这一次）',
        secretHelp: '每次投递都用此密钥做 HMAC-SHA256 签名。请立即保存到对接系统；关闭后无法再次查看。',
        copy: '复制', copied: '已复制', saved: '我已保存',
        confirmDelete: '删除订阅 {url}？删除后不再向它投递。', deleted: '订阅已删除',
        refusedTitle: 'Webhook 订阅由对接系统自己管理',
        refusedBody: '平台只允许持有 webhooks.manage 权限的集成客户端查看和管理订阅，员工账号（包括管理员）无权在门户中操作。请由对接系统用其客户端令牌调用 /api/v1/webhooks。',
        deliveriesTitle: '投递记录：{url}', noDeliveries: '还没有投递记录', event: '事件', status: '状态',
        attempts: '尝试次数', lastAttempt: '最近一次', nextAttempt: '下次重试', retryUntil: '重试截止', redeliver: '重新投递',
        redelivered: '已安排重新投递', noAnswer: '无响应', ms: '{n} 毫秒',
        state: { PENDING: '等待投递', DELIVERED: '已送达', FAILED: '失败' },
      },
    },
    en: {
      menu: 'Integrations', title: 'Integrations and messages', tabTemplates: 'Message templates', tabWebhooks: 'Webhook subscriptions',
      templates: {
        search: 'Search kind or text', kind: 'Kind', zh: 'Chinese', en: 'English', edit: 'Edit', empty: 'No message templates',
        editTitle: 'Edit template: {kind} ({language})', title: 'Title', body: 'Text', placeholders: 'Placeholders',
        placeholdersHelp: "Placeholders must be fields of the events this kind is sent on, or it cannot be saved; after “{'|'}” is a fallback. Click to insert into the text.",
        saved: 'Template saved', readOnly: 'Only administrators may change templates',
      },
      webhooks: {
        create: 'New subscription', url: 'Endpoint URL', eventTypes: 'Event types', communities: 'Communities', createdAt: 'Created',
        deliveries: 'Deliveries', delete: 'Delete', empty: 'No webhook subscriptions yet',
        urlPlaceholder: 'https://example.com/propertyops/hook', eventTypesPlaceholder: 'Choose or type event types',
        createTitle: 'New webhook subscription', created: 'Subscription created',
        secretTitle: 'Signing secret (shown only once)',
        secretHelp: 'Every delivery is signed with this secret (HMAC-SHA256). Store it in the receiving system now; it cannot be shown again.',
        copy: 'Copy', copied: 'Copied', saved: 'I have stored it',
        confirmDelete: 'Delete the subscription to {url}? Nothing more is sent to it.', deleted: 'Subscription deleted',
        refusedTitle: 'Webhook subscriptions are managed by the integrating system',
        refusedBody: 'The platform lets only integration clients with the webhooks.manage scope see and manage subscriptions; staff accounts, administrators included, may not. The integrating system calls /api/v1/webhooks with its client token.',
        deliveriesTitle: 'Deliveries to {url}', noDeliveries: 'No deliveries yet', event: 'Event', status: 'Status',
        attempts: 'Attempts', lastAttempt: 'Last attempt', nextAttempt: 'Next attempt', retryUntil: 'Retries until', redeliver: 'Redeliver',
        redelivered: 'Redelivery scheduled', noAnswer: 'no answer', ms: '{n} ms',
        state: { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' },
      },
    },
  },
}
export default feature
