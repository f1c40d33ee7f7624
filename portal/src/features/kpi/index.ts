import { DataAnalysis } from '@element-plus/icons-vue'
import type { Feature } from '../../app/feature'
import type { Role } from '../../auth/session'

/** Who GET /api/v1/ticket-reports/kpis allows (ticket-service's TicketReportsController). */
export const KPI_ROLES: readonly Role[] = ['SUPERVISOR', 'PROPERTY_MANAGER', 'ADMIN']

/** The work-order KPI dashboard: figures, charts and a CSV export over a period, by community, technician, category or agent. */
const feature: Feature = {
  name: 'kpi',
  menu: [{ path: '/kpi', label: 'kpi.menu', icon: DataAnalysis, roles: KPI_ROLES, order: 500 }],
  routes: [{ path: '/kpi', component: () => import('./KpiPage.vue'), meta: { roles: KPI_ROLES, title: 'kpi.title' } }],
  messages: {
    'zh-CN': {
      menu: '运营指标', title: '工单运营指标', period: '统计时段', from: '开始日期', to: '结束日期',
      shortcut: { today: '今天', last7: '最近 7 天', last30: '最近 30 天', thisMonth: '本月' },
      groupByLabel: '分组方式',
      groupBy: { community: '按小区', technician: '按维修工', category: '按类别', agent: '按客服' },
      groupName: { community: '小区', technician: '维修工', category: '类别', agent: '客服' },
      minRequests: '重复报修门槛', export: '导出 CSV', fileName: '工单指标',
      tooLong: '统计时段最长 366 天，请缩短后再查询。', empty: '该时段没有工单', noCommunity: '您还没有负责的小区',
      noTechnician: '未派单', noAgent: '未受理',
      unit: { second: '秒', minute: '分钟', hour: '小时', day: '天' },
      time: { response: '受理', arrival: '到场', resolution: '完工' },
      average: '平均', onTime: '按时率', firstTimeFix: '一次修复率', reopenRate: '返修率', total: '合计', requests: '报修次数',
      backlogTitle: '积压',
      backlog: { underOneDay: '不足 1 天', oneToThreeDays: '1–3 天', threeToSevenDays: '3–7 天', sevenDaysOrMore: '7 天及以上' },
      count: { submitted: '新增', resolved: '完工', closed: '关闭', cancelled: '取消', open: '未结' },
      card: {
        submitted: '新增工单', resolved: '已完工', closed: '已关闭', open: '期末未结', response: '平均受理时长',
        arrival: '平均到场时长', resolution: '平均完工时长', firstTimeFix: '一次修复率', reopens: '返修率',
      },
      p90: '九成在 {time} 内', measured: '共 {n} 单', rateOf: '{count} / {of} 单', reopenOf: '{count} 次返修 / {of} 次完工',
      chart: {
        times: '受理、到场与完工时长', onTime: '各时限按时率', backlog: '期末积压工单（按已等待时长）',
        groupCounts: '工单量 · {group}', groupTimes: '平均时长 · {group}', recurringUnits: '重复报修的房屋',
        recurringCategories: '重复报修的类别', noData: '该时段没有可画的数据',
      },
      noRecurring: '没有报修达到 {n} 次的{what}', what: { units: '房屋', categories: '类别' },
      asOf: '数据截至 {time}', table: '分组明细',
      dur: { d: '{d} 天 {h} 小时', h: '{h} 小时 {m} 分', m: '{m} 分 {s} 秒', s: '{s} 秒' },
    },
    en: {
      menu: 'KPIs', title: 'Work-order KPIs', period: 'Period', from: 'Start date', to: 'End date',
      shortcut: { today: 'Today', last7: 'Last 7 days', last30: 'Last 30 days', thisMonth: 'This month' },
      groupByLabel: 'Group by',
      groupBy: { community: 'Community', technician: 'Technician', category: 'Category', agent: 'Agent' },
      groupName: { community: 'Community', technician: 'Technician', category: 'Category', agent: 'Agent' },
      minRequests: 'Recurring from', export: 'Export CSV', fileName: 'work-order-kpis',
      tooLong: 'A period may be at most 366 days; pick a shorter one.', empty: 'No work orders in this period',
      noCommunity: 'You are not assigned to a community yet',
      noTechnician: 'Not dispatched', noAgent: 'Not accepted',
      unit: { second: 's', minute: 'min', hour: 'h', day: 'days' },
      time: { response: 'Response', arrival: 'Arrival', resolution: 'Resolution' },
      average: 'Average', onTime: 'On time', firstTimeFix: 'First-time fix', reopenRate: 'Reopen rate', total: 'Total',
      requests: 'Requests', backlogTitle: 'Backlog',
      backlog: { underOneDay: 'Under 1 day', oneToThreeDays: '1–3 days', threeToSevenDays: '3–7 days', sevenDaysOrMore: '7 days or more' },
      count: { submitted: 'Submitted', resolved: 'Resolved', closed: 'Closed', cancelled: 'Cancelled', open: 'Open' },
      card: {
        submitted: 'Submitted', resolved: 'Resolved', closed: 'Closed', open: 'Open at period end', response: 'Average response',
        arrival: 'Average arrival', resolution: 'Average resolution', firstTimeFix: 'First-time fix', reopens: 'Reopen rate',
      },
      p90: '90% within {time}', measured: '{n} measured', rateOf: '{count} of {of}', reopenOf: '{count} reopens / {of} resolutions',
      chart: {
        times: 'Response, arrival and resolution times', onTime: 'On-time rate by deadline', backlog: 'Backlog at period end, by age',
        groupCounts: 'Work orders · {group}', groupTimes: 'Average times · {group}', recurringUnits: 'Units with recurring requests',
        recurringCategories: 'Categories with recurring requests', noData: 'Nothing to chart in this period',
      },
      noRecurring: 'No {what} with {n} or more requests', what: { units: 'units', categories: 'categories' },
      asOf: 'As of {time}', table: 'By group',
      dur: { d: '{d} d {h} h', h: '{h} h {m} min', m: '{m} min {s} s', s: '{s} s' },
    },
  },
}
export default feature
