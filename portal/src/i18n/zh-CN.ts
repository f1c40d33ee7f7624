/** The portal's own texts in Chinese (the default); each feature adds its own under its name. */
export default {
  app: { name: 'PropertyOps 物业运营平台', short: '物业运营' },
  nav: { home: '首页', menu: '导航' },
  header: {
    community: '小区', allCommunities: '全部小区', signOut: '退出登录', language: '语言', inbox: '消息',
    roles: '角色', skipToContent: '跳到正文',
  },
  roles: {
    OWNER: '业主', RESIDENT: '住户', CUSTOMER_SERVICE: '客服', TECHNICIAN: '维修工', SUPERVISOR: '主管',
    SECURITY_GUARD: '秩序维护', CLEANER: '保洁', GARDENER: '绿化', FINANCE: '财务', PROPERTY_MANAGER: '物业经理', ADMIN: '管理员',
  },
  signIn: {
    title: '员工登录', intro: '物业员工使用平台账号登录。', button: '登录', signingIn: '正在登录…',
    signedOut: '您已退出登录。', failed: '登录未完成：{reason}',
  },
  noAccess: { title: '此门户仅供物业员工使用', body: '您的账号（{roles}）没有员工角色。业主和住户请使用手机 App。', signOut: '换个账号登录' },
  forbidden: { title: '没有权限', body: '您的角色不能打开此页面。', back: '返回首页' },
  notFound: { title: '页面不存在', body: '没有这个页面。', back: '返回首页' },
  home: { welcome: '您好，{name}', pick: '从左侧导航选择今天的工作。' },
  state: {
    loading: '加载中…', empty: '暂无数据', retry: '重试', forbidden: '您没有权限查看此内容。', notFound: '没有找到此内容，可能已被删除或不属于您。',
  },
  wo: {
    status: {
      SUBMITTED: '待受理', ACCEPTED: '已受理', DISPATCHED: '已派单', TAKEN: '已接单', IN_PROGRESS: '处理中', ON_HOLD: '挂起',
      RESOLVED: '已完工', CONFIRMED: '已确认', REVISITED: '已回访', CLOSED: '已关闭', CANCELLED: '已取消', ARCHIVED: '已归档',
    },
    urgency: { EMERGENCY: '紧急', URGENT: '加急', NORMAL: '一般', LOW: '低' },
    kind: {
      REPAIR: '报修', COMPLAINT: '投诉', SUGGESTION: '建议', INQUIRY: '咨询', INSPECTION_FINDING: '巡检发现',
      PREVENTIVE_MAINTENANCE: '计划维保', SECURITY_INCIDENT: '安全事件',
    },
    channel: {
      APP: 'App', HOTLINE: '电话', WALK_IN: '到访', WECHAT: '微信', PORTAL: '门户', STAFF_FOUND: '员工发现',
      INSPECTION: '巡检', SYSTEM: '系统', API: '接口',
    },
    deadline: { RESPONSE: '受理', ARRIVAL: '到场', RESOLUTION: '完工', REPLY: '回复' },
    countdown: { left: '剩余 {time}', paused: '暂停（剩余 {time}）', overdue: '已超时 {time}', met: '按时完成', metLate: '超时 {time} 完成' },
  },
  common: {
    save: '保存', cancel: '取消', confirm: '确定', refresh: '刷新', search: '搜索', reset: '重置', edit: '编辑', delete: '删除',
    create: '新建', close: '关闭', actions: '操作', status: '状态', yes: '是', no: '否', saved: '已保存', done: '已完成',
    live: '实时', offline: '已断开，正在重连', more: '更多', export: '导出 CSV', from: '开始', to: '结束', all: '全部',
    required: '必填', details: '详情', back: '返回',
  },
}
