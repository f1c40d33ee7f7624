/** The arrears worklist's texts (欠费催缴): zh-CN as property staff say it, en complete with the same keys. */
const zhCN = {
  menu: '欠费催缴',
  title: '欠费催缴',
  noCommunity: '还没有可查看的小区',
  asOf: '统计日期',
  download: '下载欠费清单（Excel）',
  none: '截至 {day} 没有欠费',
  noneFiltered: '没有符合筛选条件的欠费',
  neverContacted: '尚未催缴',
  toLedger: '查看分户账',
  days: '{n} 天',
  filter: {
    building: '全部楼栋', q: '房号', olderThan: '账龄不限', atLeast: '有 {bucket} 及更久的欠费', uncontactedSince: '此日起未催缴',
  },
  stat: { payers: '欠费户数', overdue: '欠费合计' },
  bucket: { DAYS_1_30: '1–30 天', DAYS_31_90: '31–90 天', DAYS_91_180: '91–180 天', OVER_180: '180 天以上' },
  col: { unit: '房屋', overdue: '逾期金额', oldest: '最早应缴日', daysLate: '逾期天数', lastContact: '最近催缴' },
  action: { contact: '记录催缴', history: '催缴记录', pay: '收款' },
  way: { CALL: '电话', SMS: '短信', VISIT: '上门', LETTER: '催缴函' },
  outcome: {
    REACHED: '已联系上', NO_ANSWER: '无人接听', PROMISED: '承诺缴费', REFUSED: '拒绝缴费', DISPUTED: '对费用有异议', LETTER_DELIVERED: '函件已送达',
  },
  contact: {
    title: '记录催缴 · {unit}', owes: '逾期 {amount}，最久已逾期 {days} 天。', way: '催缴方式', outcome: '结果',
    promisedOn: '承诺缴费日期', promisedOnHint: '业主说哪天缴', promiseRequired: '承诺缴费须写明日期',
    note: '备注', noteHint: '如：业主说月底发工资后缴清', send: '保存', recorded: '已记录催缴：{outcome}',
  },
  history: { title: '催缴记录 · {unit}', none: '还没有催缴记录', promised: '承诺 {day} 缴费' },
}

const en: typeof zhCN = {
  menu: 'Arrears & dunning',
  title: 'Arrears & dunning',
  noCommunity: 'No community to look at yet',
  asOf: 'As of',
  download: 'Download due list (Excel)',
  none: 'Nobody is in arrears on {day}',
  noneFiltered: 'Nobody matches the filters',
  neverContacted: 'Not contacted yet',
  toLedger: 'Open the ledger',
  days: '{n} days',
  filter: {
    building: 'All buildings', q: 'Unit number', olderThan: 'Any age', atLeast: 'Owing {bucket} or longer', uncontactedSince: 'Not contacted since',
  },
  stat: { payers: 'Payers in arrears', overdue: 'Overdue in all' },
  bucket: { DAYS_1_30: '1–30 days', DAYS_31_90: '31–90 days', DAYS_91_180: '91–180 days', OVER_180: 'Over 180 days' },
  col: { unit: 'Unit', overdue: 'Overdue', oldest: 'Oldest due', daysLate: 'Days late', lastContact: 'Last contact' },
  action: { contact: 'Record contact', history: 'Contacts', pay: 'Take payment' },
  way: { CALL: 'Call', SMS: 'SMS', VISIT: 'Visit', LETTER: 'Letter' },
  outcome: {
    REACHED: 'Reached', NO_ANSWER: 'No answer', PROMISED: 'Promised to pay', REFUSED: 'Refused', DISPUTED: 'Disputes the fee', LETTER_DELIVERED: 'Letter delivered',
  },
  contact: {
    title: 'Record a contact · {unit}', owes: '{amount} overdue, the oldest {days} days late.', way: 'How', outcome: 'Outcome',
    promisedOn: 'Promised to pay on', promisedOnHint: 'The day they said', promiseRequired: 'A promise to pay names the day',
    note: 'Note', noteHint: 'e.g. will pay after payday at the month end', send: 'Save', recorded: 'Contact recorded: {outcome}',
  },
  history: { title: 'Contacts · {unit}', none: 'No contacts yet', promised: 'promised for {day}' },
}

export default { 'zh-CN': zhCN, en }
