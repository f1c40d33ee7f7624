import { Headset } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import { STAFF_ROLES, type Role } from '../../auth/session'

/**
 * 客服工作台: the service desk — the live queue of new requests with Accept in the row (首问负责制), logging a
 * request that came by phone, at the desk or by WeChat, and the work-order page every member of staff opens.
 */
export const DESK_ROLES: readonly Role[] = ['CUSTOMER_SERVICE', 'SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']

/** The work-order page, for other features' routes (it is routed at /work-orders/:id by this feature). */
export const WorkOrderPage = () => import('./WorkOrderPage.vue')
export const workOrderPath = (id: string) => `/work-orders/${encodeURIComponent(id)}`

const zh = {
  menu: '客服工作台', title: '客服工作台', live: '实时更新中', accept: '受理', commonArea: '公共区域', system: '系统',
  tab: { new: '待受理', mine: '我负责的', all: '全部工单' },
  acceptHint: '新请求实时出现在这里。点“受理”即成为该工单的首问负责人：从受理到回访、关闭都由您跟进负责。',
  mineHint: '您受理的工单（首问负责）：派单、转单后仍由您负责，回访后由您关闭。',
  openByStatus: '未结工单', allOpen: '全部未结',
  filter: { status: '状态', urgency: '紧急程度', kind: '类型', overdue: '只看已超时', text: '标题或描述包含…' },
  col: { workOrder: '工单', kind: '类型', unit: '房号', reporter: '报事人', channel: '渠道', deadlines: '时限' },
  freshTag: '新', deadlinesMet: '时限均已达成', overdue: '已超时',
  emptyNew: '暂无待受理的请求，新请求会自动出现。', emptyMine: '没有您负责的工单。', emptyAll: '没有符合条件的工单。',
  acceptedYou: '已受理 {number}，您是此工单的首问负责人。',
  staleReloaded: '工单刚被其他人修改，已重新加载，请核对后再操作。',
  alreadyTaken: '{number} 已被其他同事受理或状态已变化。',
  closedDone: '工单已关闭。',
  log: {
    open: '登记来电/来访', title: '登记报事', channel: '来源渠道', lookup: '查找业主（手机号或姓名）',
    lookupHint: '输入手机号前几位（至少 4 位）或姓名，如 138 0013', onRecord: '已关联业主账号：{name}',
    lookupMore: '手机号请至少输入前 4 位', lookupNone: '没有找到该业主，可直接填写报事人姓名和电话',
    lookupMany: '共找到 {total} 人，仅列出前 {shown} 人，请继续输入', lookupFailed: '查找业主失败，请稍后重试或直接填写',
    onRecordHint: '业主可在 App 中跟进此工单', reporterName: '报事人姓名', reporterPhone: '联系电话',
    building: '楼栋', unit: '房号', commonArea: '公共区域（不选）', unitPeople: '该户业主：', kind: '类型',
    urgency: '紧急程度', category: '类别', categoryHint: '选择类别', titleField: '标题', titleHint: '一句话说明问题，如：厨房水管漏水',
    description: '详细描述', location: '具体位置', locationHint: '如：3栋1502室厨房水槽下方',
    acceptNow: '登记后立即受理（我为首问负责人）', submit: '提交登记',
    created: '已登记 {number}。', createdAccepted: '已登记并受理 {number}，您是首问负责人。',
    notAccepted: '{number} 已登记，但未能受理，请在工单页重试。',
  },
  err: { required: '必填', format: '格式不正确', length: '长度超出限制', category: '本小区没有这个类别' },
  viaChannel: '来源：{channel}', reopened: '返工 {n} 次', urged: '业主催单 {n} 次（最近 {at}）',
  step: {
    dispatch: '去派单', answer: '答复办结', revisit: '回访', close: '关闭工单', hold: '挂起', resume: '恢复处理',
    urgency: '调整紧急程度', subtask: '新建协同子单', cancel: '取消工单',
  },
  done: {
    hold: '已挂起，时限暂停计时。', cancel: '工单已取消。', urgency: '紧急程度已调整，时限已重新计算。',
    revisit: '回访已记录。', answer: '已答复办结，等待业主确认。', subtask: '子单已创建并受理。',
  },
  closeReserved: '只有首问负责人或主管可以关闭此工单。',
  section: { request: '报事信息', deadlines: '时限', subtasks: '协同子单', timeline: '处理记录', photos: '照片' },
  field: {
    reporter: '报事人', unit: '房号', location: '位置', category: '类别', submittedAt: '提交时间',
    accountable: '首问负责人', assignee: '维修人员', parent: '主工单', description: '描述', result: '处理结果',
    quote: '报价', title: '标题', urgency: '紧急程度', reason: '原因', satisfied: '业主是否满意', note: '回访记录',
    answer: '答复内容',
  },
  notYetAccepted: '尚未受理', youAnswer: '我负责', openParent: '打开主工单',
  quote: { PROPOSED: '待业主确认', APPROVED: '业主已同意', DECLINED: '业主已拒绝' },
  accountableNote: '您是此工单的首问负责人：请跟进到回访并关闭。',
  pausedNote: '（挂起中，时限暂停）', deadlineStopped: '已停止计时',
  noSubtasks: '没有子单', commentHint: '添加备注，所有处理人员可见', comment: '添加备注',
  toPerson: '派给 {name}',
  holdNote: '挂起期间时限暂停计时，恢复后顺延。',
  satisfiedYes: '满意', satisfiedNo: '不满意（工单将重新打开）', noteHint: '记录业主的原话和意见',
  reopenNote: '业主不满意时，工单会重新打开并回到派单。',
  photoAdded: '照片已上传。', addPhoto: '上传照片', noPhotos: '暂无照片', photoAlt: '照片 {n}', photoFailed: '无法显示',
  action: {
    submitted: '提交报事', accepted: '受理', dispatched: '派单', transferred: '转派', taken: '接单', declined: '拒单',
    started: '开始处理', paused: '挂起', resumed: '恢复处理', resolved: '完工', confirmed: '业主确认',
    'auto-confirmed': '超时自动确认', reopened: '重新打开', revisited: '回访', closed: '关闭', cancelled: '取消',
    archived: '归档', urged: '业主催单', 'urgency-changed': '调整紧急程度', commented: '备注', quoted: '报价',
    'quote-approved': '业主同意报价', 'quote-declined': '业主拒绝报价', 'sub-task-opened': '新建子单', other: '{action}',
  },
}

const en: typeof zh = {
  menu: 'Service desk', title: 'Service desk', live: 'Live', accept: 'Accept', commonArea: 'Common area', system: 'System',
  tab: { new: 'To accept', mine: 'Mine', all: 'All work orders' },
  acceptHint: 'New requests appear here as they arrive. Accepting one makes you its accountable agent: you follow it from acceptance to the revisit and close it.',
  mineHint: 'Work orders you accepted: you stay accountable through dispatch and transfers, and close them after the revisit.',
  openByStatus: 'Open work', allOpen: 'All open',
  filter: { status: 'Status', urgency: 'Urgency', kind: 'Kind', overdue: 'Overdue only', text: 'Title or description contains…' },
  col: { workOrder: 'Work order', kind: 'Kind', unit: 'Unit', reporter: 'Reporter', channel: 'Channel', deadlines: 'Deadlines' },
  freshTag: 'New', deadlinesMet: 'All deadlines met', overdue: 'Overdue',
  emptyNew: 'No requests waiting; new ones appear by themselves.', emptyMine: 'You are accountable for no work orders.',
  emptyAll: 'No work orders match.',
  acceptedYou: 'Accepted {number}: you are its accountable agent.',
  staleReloaded: 'Someone else changed this work order just now: it was reloaded, please check it and try again.',
  alreadyTaken: '{number} was accepted by a colleague or has moved on.',
  closedDone: 'The work order is closed.',
  log: {
    open: 'Log a call or visit', title: 'Log a request', channel: 'Came by', lookup: 'Find the owner (phone or name)',
    lookupHint: 'The first digits of the phone (at least 4) or the name, e.g. 138 0013', onRecord: 'Linked to the owner account of {name}',
    lookupMore: 'Type at least the first 4 digits of the phone', lookupNone: 'No owner found; fill in the reporter\'s name and phone',
    lookupMany: '{total} found, the first {shown} listed; keep typing', lookupFailed: 'The owner lookup failed; try again or fill in by hand',
    onRecordHint: 'The owner can follow it in the app', reporterName: 'Reporter name', reporterPhone: 'Phone',
    building: 'Building', unit: 'Unit', commonArea: 'Common area (none)', unitPeople: 'Owners of this unit:', kind: 'Kind',
    urgency: 'Urgency', category: 'Category', categoryHint: 'Choose a category', titleField: 'Title',
    titleHint: 'The problem in one line, e.g. kitchen pipe leaking', description: 'Description', location: 'Location',
    locationHint: 'e.g. kitchen of 3-1502, under the sink', acceptNow: 'Accept it at once (I am accountable)',
    submit: 'Log it', created: 'Logged {number}.', createdAccepted: 'Logged and accepted {number}: you are accountable.',
    notAccepted: '{number} was logged but not accepted; try again on its page.',
  },
  err: { required: 'Required', format: 'Not a valid format', length: 'Too long', category: 'This community has no such category' },
  viaChannel: 'Via {channel}', reopened: 'Reopened {n}×', urged: 'Urged {n}× by the owner (last {at})',
  step: {
    dispatch: 'Dispatch', answer: 'Answer and resolve', revisit: 'Revisit', close: 'Close', hold: 'Put on hold',
    resume: 'Resume', urgency: 'Change urgency', subtask: 'New sub-task', cancel: 'Cancel work order',
  },
  done: {
    hold: 'On hold: the deadlines are paused.', cancel: 'The work order is cancelled.',
    urgency: 'Urgency changed; the deadlines were recomputed.', revisit: 'Revisit recorded.',
    answer: 'Answered; waiting for the owner to confirm.', subtask: 'Sub-task opened and accepted.',
  },
  closeReserved: 'Only the accountable agent or a supervisor closes this work order.',
  section: { request: 'Request', deadlines: 'Deadlines', subtasks: 'Sub-tasks', timeline: 'Timeline', photos: 'Photos' },
  field: {
    reporter: 'Reporter', unit: 'Unit', location: 'Location', category: 'Category', submittedAt: 'Submitted',
    accountable: 'Accountable agent', assignee: 'Technician', parent: 'Lead work order', description: 'Description',
    result: 'Result', quote: 'Quote', title: 'Title', urgency: 'Urgency', reason: 'Reason',
    satisfied: 'Was the owner satisfied?', note: 'What the owner said', answer: 'Answer',
  },
  notYetAccepted: 'Not accepted yet', youAnswer: 'You', openParent: 'Open the lead work order',
  quote: { PROPOSED: 'Awaiting the owner', APPROVED: 'Approved by the owner', DECLINED: 'Declined by the owner' },
  accountableNote: 'You are the accountable agent: follow it up to the revisit and close it.',
  pausedNote: '(on hold: deadlines paused)', deadlineStopped: 'no longer counting',
  noSubtasks: 'No sub-tasks', commentHint: 'Add a note everyone working on it can see', comment: 'Add note',
  toPerson: 'to {name}',
  holdNote: 'While on hold the deadlines stand still; they move on when work resumes.',
  satisfiedYes: 'Satisfied', satisfiedNo: 'Not satisfied (the work order reopens)', noteHint: 'What the owner said',
  reopenNote: 'When the owner is not satisfied the work order reopens and goes back to dispatch.',
  photoAdded: 'Photo uploaded.', addPhoto: 'Add photo', noPhotos: 'No photos', photoAlt: 'Photo {n}', photoFailed: 'Cannot show',
  action: {
    submitted: 'Submitted', accepted: 'Accepted', dispatched: 'Dispatched', transferred: 'Transferred', taken: 'Taken',
    declined: 'Declined', started: 'Started', paused: 'Put on hold', resumed: 'Resumed', resolved: 'Resolved',
    confirmed: 'Confirmed by the owner', 'auto-confirmed': 'Confirmed automatically', reopened: 'Reopened',
    revisited: 'Revisited', closed: 'Closed', cancelled: 'Cancelled', archived: 'Archived', urged: 'Urged by the owner',
    'urgency-changed': 'Urgency changed', commented: 'Note', quoted: 'Quoted', 'quote-approved': 'Quote approved',
    'quote-declined': 'Quote declined', 'sub-task-opened': 'Sub-task opened', other: '{action}',
  },
}

const feature: Feature = {
  name: 'desk',
  menu: [{ path: '/desk', label: 'desk.menu', icon: Headset, roles: DESK_ROLES, order: 100 }],
  routes: [
    { path: '/desk', component: () => import('./DeskPage.vue'), meta: { roles: DESK_ROLES, title: 'desk.title' } },
    { path: '/work-orders/:id', component: WorkOrderPage, meta: { roles: STAFF_ROLES, title: 'desk.title' } },
  ],
  messages: { 'zh-CN': zh, en },
}
export default feature
