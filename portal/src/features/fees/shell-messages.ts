/**
 * The fee pages' texts the frame needs before any of them is opened: the menu and the pages' titles. The rest
 * (messages.ts) comes with the pages and is merged in when the first of them loads (texts.ts), so the portal's first
 * load does not carry it.
 */
export default {
  'zh-CN': {
    menu: { items: '收费标准', runs: '出账', lateFees: '滞纳金规则', disclosures: '收支公示', reports: '收费报表' },
    items: { title: '收费标准' }, runs: { title: '出账' }, late: { title: '滞纳金规则' }, disc: { title: '收支公示' },
    report: { title: '收费报表' },
  },
  en: {
    menu: { items: 'Fee standards', runs: 'Bill runs', lateFees: 'Late fees', disclosures: 'Disclosures', reports: 'Fee reports' },
    items: { title: 'Fee standards' }, runs: { title: 'Bill runs' }, late: { title: 'Late fees' }, disc: { title: 'Disclosures' },
    report: { title: 'Fee reports' },
  },
}
