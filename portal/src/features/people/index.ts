import { User } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'

/**
 * Who may open People: GET /api/v1/accounts allows these four (security-service), and unit-binding requests are
 * customer service's and supervisors' work too. What each may change is narrower (see people.ts).
 */
export const PEOPLE_ROLES: readonly Role[] = ['ADMIN', 'PROPERTY_MANAGER', 'SUPERVISOR', 'CUSTOMER_SERVICE']

/** People: accounts, staff roles, technicians' skills and duty, deactivation, and residents' unit-binding requests. */
const feature: Feature = {
  name: 'people',
  menu: [{ path: '/people', label: 'people.menu', icon: User, roles: PEOPLE_ROLES, order: 700 }],
  routes: [{ path: '/people', component: () => import('./PeoplePage.vue'), meta: { roles: PEOPLE_ROLES, title: 'people.title' } }],
  messages: {
    'zh-CN': {
      menu: '人员与账号', title: '人员与账号', tabAccounts: '账号', tabBindings: '房屋绑定申请',
      search: '搜索姓名、用户名或手机号（前 4 位起）', roleFilter: '按角色筛选', allRoles: '全部角色', create: '新建员工账号',
      empty: '没有符合条件的人员', noCommunity: '您还没有负责的小区',
      col: { name: '姓名', username: '用户名', phone: '手机号', roles: '角色', skills: '技能', duty: '值班', status: '状态' },
      enabled: '正常', disabled: '已停用', onDuty: '在岗', offDuty: '休息', resident: '住户',
      action: { roles: '角色', skills: '技能', deactivate: '停用' },
      form: {
        username: '用户名', name: '姓名', phone: '手机号', email: '邮箱', roles: '角色', communities: '所属小区',
        skills: '技能（可派单的类别）', password: '初始密码', passwordHelp: '至少 10 位，不要用常见密码；请当面告知本人并提醒首次登录后修改。',
        usernameHelp: "字母、数字或 . _ {'@'} + -", reason: '停用原因', skillsPlaceholder: '选择或输入类别代码',
      },
      createTitle: '新建员工账号', rolesTitle: '设置角色：{name}', skillsTitle: '设置技能：{name}', deactivateTitle: '停用账号：{name}',
      deactivateHelp: '停用后此人不能再登录，已登录的会话最迟 15 分钟内失效。此操作在门户中无法撤销。',
      rolesHelp: '新角色在此人下次获取令牌时生效（最迟 15 分钟）。',
      created: '账号已创建', saved: '已保存', deactivated: '账号已停用', dutyOn: '{name} 已上岗', dutyOff: '{name} 已下岗',
      dutyLabel: '{name} 的值班状态',
      binding: {
        empty: '没有待审核的绑定申请', person: '申请人', unit: '房屋', relation: '关系', ownerPhone: '业主手机号',
        requestedAt: '申请时间', note: '备注', approve: '通过', reject: '驳回',
        match: '与登记业主一致', mismatch: '与登记业主不一致', noOwnerPhone: '未填写（需核验证件）',
        approveTitle: '通过绑定申请：{name} · {unit}', rejectTitle: '驳回绑定申请：{name} · {unit}',
        verification: '核验方式', reference: '核验的证件', referencePlaceholder: '如：房产证 浙(2019)杭州市不动产权第 0012345 号',
        reason: '驳回原因', approved: '已通过，此人下次登录即可看到该房屋', rejected: '已驳回',
        phoneOnlyForFamily: '业主本人须核验证件；家属和租户可用业主手机号核验',
      },
      relation: { OWNER: '业主', FAMILY: '家属', TENANT: '租户' },
      verification: { OWNER_PHONE: '业主手机号一致', DOCUMENTS: '核验证件', SEEDED: '初始数据' },
    },
    en: {
      menu: 'People', title: 'People and accounts', tabAccounts: 'Accounts', tabBindings: 'Unit binding requests',
      search: 'Search name, username or phone (first 4+ digits)', roleFilter: 'Filter by role', allRoles: 'All roles', create: 'New staff account',
      empty: 'Nobody matches', noCommunity: 'You are not assigned to a community yet',
      col: { name: 'Name', username: 'Username', phone: 'Phone', roles: 'Roles', skills: 'Skills', duty: 'Duty', status: 'Status' },
      enabled: 'Active', disabled: 'Deactivated', onDuty: 'On duty', offDuty: 'Off duty', resident: 'Resident',
      action: { roles: 'Roles', skills: 'Skills', deactivate: 'Deactivate' },
      form: {
        username: 'Username', name: 'Name', phone: 'Phone', email: 'Email', roles: 'Roles', communities: 'Communities',
        skills: 'Skills (categories dispatched to them)', password: 'Initial password',
        passwordHelp: 'At least 10 characters, not a common password; hand it over in person and ask them to change it.',
        usernameHelp: "Letters, digits or . _ {'@'} + -", reason: 'Reason', skillsPlaceholder: 'Choose or type category codes',
      },
      createTitle: 'New staff account', rolesTitle: 'Roles of {name}', skillsTitle: 'Skills of {name}', deactivateTitle: 'Deactivate {name}',
      deactivateHelp: 'They can no longer sign in; sessions already open end within 15 minutes. The portal cannot undo this.',
      rolesHelp: 'New roles take effect in their next token (within 15 minutes).',
      created: 'Account created', saved: 'Saved', deactivated: 'Account deactivated', dutyOn: '{name} is on duty', dutyOff: '{name} is off duty',
      dutyLabel: 'Duty of {name}',
      binding: {
        empty: 'No binding requests waiting', person: 'Requested by', unit: 'Unit', relation: 'Relation', ownerPhone: "Owner's phone",
        requestedAt: 'Requested', note: 'Note', approve: 'Approve', reject: 'Reject',
        match: "Matches the registered owner", mismatch: 'Does not match the registered owner', noOwnerPhone: 'None given (check documents)',
        approveTitle: 'Approve: {name} · {unit}', rejectTitle: 'Reject: {name} · {unit}',
        verification: 'Verified by', reference: 'Documents checked', referencePlaceholder: 'e.g. property certificate no. 0012345',
        reason: 'Reason', approved: 'Approved; the unit is theirs from their next sign-in', rejected: 'Rejected',
        phoneOnlyForFamily: "Owners are verified by documents; family and tenants by the owner's phone",
      },
      relation: { OWNER: 'Owner', FAMILY: 'Family', TENANT: 'Tenant' },
      verification: { OWNER_PHONE: "Owner's phone matches", DOCUMENTS: 'Documents checked', SEEDED: 'Initial data' },
    },
  },
}
export default feature
