import { Connection } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'

/** Who may open Integrations: GET /api/v1/message-templates allows these (editing is ADMIN only). */
export const INTEGRATION_ROLES: readonly Role[] = ['PROPERTY_MANAGER', 'ADMIN']

/**
 * Who sees the webhooks tab: /api/v1/webhooks allows role ADMIN (besides integration clients with the
 * webhooks.manage scope); an administrator manages the subscriptions they made, for the communities in their token.
 */
export const WEBHOOK_ROLES: readonly Role[] = ['ADMIN']

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
        deliveries: '投递记录', delete: '删除', empty: '您还没有创建 Webhook 订阅',
        scope: '这里只列出您本人创建的订阅；推送的是您负责小区（{communities}）的事件。',
        urlPlaceholder: 'https://example.com/propertyops/hook', eventTypesPlaceholder: '从列表选择，或输入事件类型后回车',
        urlHelp: '平台以 POST 方式发送 CloudEvents 格式的 JSON；须为 https 地址，且不能指向内网。',
        createTitle: '新建 Webhook 订阅', created: '订阅已创建',
        group: { ticket: '工单事件', facility: '房产资料事件' },
        events: {
          created: '新建工单', accepted: '客服受理', dispatched: '派单', declined: '维修工拒单', taken: '维修工接单',
          started: '开始处理', paused: '暂停（挂起）', resumed: '恢复处理', quoted: '户内维修报价', 'quote-decided': '业主确认/拒绝报价',
          resolved: '处理完成', confirmed: '业主确认完成', reopened: '重新打开', revisited: '回访', closed: '结单',
          cancelled: '取消', archived: '归档', urged: '业主催单', 'urgency-changed': '紧急程度变更', 'due-soon': '即将超时',
          overdue: '已超时', escalated: '超时升级', 'community-structure-changed': '小区楼栋/房屋变更',
        },
        problem: {
          urlNotHttps: '接收地址必须是 https:// 开头的网址',
          urlInvalid: '接收地址不是有效的网址（需包含主机名，且不能带用户名密码）',
          urlInternal: '接收地址指向内网地址，平台不会向内网投递',
          urlUnresolvable: '接收地址的域名无法解析',
          eventTypesUnknown: '以下不是可订阅的事件类型：{types}',
          noCommunity: '您的账号没有负责的小区，无法订阅事件。',
        },
        deleteTitle: '删除订阅',
        secretTitle: '签名密钥（只显示这一次）',
        secretHelp: '每次投递都用此密钥做 HMAC-SHA256 签名。请立即保存到对接系统；关闭后无法再次查看。',
        signatureHelp: '对接系统收到请求后，用密钥对“时间戳 + 英文句点 + 请求正文”计算 HMAC-SHA256，与签名头比对；时间戳过旧的请求应拒收。',
        copy: '复制', copied: '已复制', copyByHand: '浏览器不允许自动复制，请选中密钥手动复制', saved: '我已保存',
        confirmDelete: '删除订阅 {url}？删除后不再向它投递，尚未送达的投递也会放弃。', deleted: '订阅已删除',
        deliveriesTitle: '投递记录：{url}', deliveriesHelp: '失败的投递会自动重试（30 秒、1 分钟、2 分钟……最长 25 小时）；也可以立即重新投递。',
        noDeliveries: '还没有投递记录', eventId: '事件 ID（与请求头 X-PropertyOps-Event-Id 相同）', noAttempts: '尚未尝试', event: '事件', status: '状态',
        attempts: '每次尝试', nextAttempt: '下次重试', retryUntil: '截止', redeliver: '重新投递',
        redelivered: '已安排重新投递', noAnswer: '无响应', ms: '{n} 毫秒', succeeded: '成功', failed: '失败',
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
        deliveries: 'Deliveries', delete: 'Delete', empty: 'You have no webhook subscriptions yet',
        scope: 'Only the subscriptions you made are listed; they hear of the events of your communities ({communities}).',
        urlPlaceholder: 'https://example.com/propertyops/hook', eventTypesPlaceholder: 'Choose from the list, or type an event type and press Enter',
        urlHelp: 'The platform POSTs each event as CloudEvents JSON; the URL must be https and must not point inside our network.',
        createTitle: 'New webhook subscription', created: 'Subscription created',
        group: { ticket: 'Work order events', facility: 'Estate data events' },
        events: {
          created: 'Work order created', accepted: 'Accepted by customer service', dispatched: 'Dispatched', declined: 'Declined by technician',
          taken: 'Taken by technician', started: 'Work started', paused: 'Put on hold', resumed: 'Resumed', quoted: 'In-unit repair quoted',
          'quote-decided': 'Quote approved or refused', resolved: 'Resolved', confirmed: 'Confirmed by the owner', reopened: 'Reopened',
          revisited: 'Follow-up visit', closed: 'Closed', cancelled: 'Cancelled', archived: 'Archived', urged: 'Urged by the owner',
          'urgency-changed': 'Urgency changed', 'due-soon': 'Due soon', overdue: 'Overdue', escalated: 'Escalated',
          'community-structure-changed': 'Buildings or units changed',
        },
        problem: {
          urlNotHttps: 'The endpoint URL must start with https://',
          urlInvalid: 'The endpoint URL is not a valid URL (it needs a host, and no user name or password)',
          urlInternal: 'The endpoint URL points to an internal address; the platform delivers nothing inside its network',
          urlUnresolvable: 'The host of the endpoint URL does not resolve',
          eventTypesUnknown: 'These are not event types a webhook can subscribe to: {types}',
          noCommunity: 'Your account is responsible for no community, so there are no events to subscribe to.',
        },
        deleteTitle: 'Delete subscription',
        secretTitle: 'Signing secret (shown only once)',
        secretHelp: 'Every delivery is signed with this secret (HMAC-SHA256). Store it in the receiving system now; it cannot be shown again.',
        signatureHelp: 'The receiving system computes HMAC-SHA256 with the secret over the timestamp, a full stop and the request body, and compares it with the signature header; it should refuse requests with an old timestamp.',
        copy: 'Copy', copied: 'Copied', copyByHand: 'The browser does not allow copying; select the secret and copy it by hand', saved: 'I have stored it',
        confirmDelete: 'Delete the subscription to {url}? Nothing more is sent to it, and deliveries still on their way are given up.', deleted: 'Subscription deleted',
        deliveriesTitle: 'Deliveries to {url}', deliveriesHelp: 'A failed delivery is retried by itself (after 30 s, 1 min, 2 min … for up to 25 hours); you may also send it again now.',
        noDeliveries: 'No deliveries yet', eventId: 'Event id (the same as the X-PropertyOps-Event-Id header)', noAttempts: 'Not tried yet', event: 'Event', status: 'Status',
        attempts: 'Attempts', nextAttempt: 'Next attempt', retryUntil: 'until', redeliver: 'Redeliver',
        redelivered: 'Redelivery scheduled', noAnswer: 'no answer', ms: '{n} ms', succeeded: 'Succeeded', failed: 'Failed',
        state: { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' },
      },
    },
  },
}
export default feature
