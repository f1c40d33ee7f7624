// Preventive maintenance (计划保养) in the browser: a maintenance plan with a checklist is defined through the API, its
// task of today becomes a PREVENTIVE_MAINTENANCE work order dispatched to the technician 周强; he opens it from his
// assignments, records the checklist's results on the work order's page with the bearing failed, saves, and sees the
// finding it reported listed — then the number of the repair work order ticket-service opened for that finding.
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, call, COMMUNITY, idOf, input, launch, PHONE, scenarios, screenshot, signIn, unique } from './support.mjs'

let browser
const tokens = {}
before(async () => {
  browser = await launch()
})
/** Plans a test defined, removed at the end so the shared platform does not go on generating their work. */
const planIds = []
after(async () => {
  try {
    for (const id of planIds) await call(tokens.zhenghua, 'DELETE', `/api/v1/plans/${id}`).catch(() => undefined)
  } finally {
    await browser?.close()
  }
})

const { open, scenario } = scenarios('maintenance', () => browser)

/** A staff member's token (the app client signs staff in as well; the server checks roles per call). */
async function token(username) {
  tokens[username] ??= await appToken(browser, username)
  return tokens[username]
}

/**
 * What `read` answers once `done` holds of it, asking again every half second for at most `ms`: for what the server
 * does on its own (the plan generator's tick, ticket-service opening the work order) before any page shows it.
 */
async function eventually(read, done, ms = 60_000) {
  const until = Date.now() + ms
  for (;;) {
    const value = await read().catch(() => undefined)
    if (value !== undefined && done(value)) return value
    if (Date.now() > until) throw new Error(`not so after ${ms} ms: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** Today in the community's time zone, as an ISO date. */
function todayInShanghai() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

scenario('a technician fails a PM checklist item on the work order and sees the finding it reported, then its repair work order', async () => {
  const [supervisor, technician] = await Promise.all([token('zhenghua'), token('zhouqiang')])
  const name = unique('2号生活水泵日保养')
  const place = unique('e2e-pump-room')
  const today = todayInShanghai()
  // today's window is open all day, so the generator makes today's task at its next tick
  const plan = await call(supervisor, 'POST', '/api/v1/plans', {
    communityId: COMMUNITY, name, kind: 'MAINTENANCE',
    target: { location: { kind: 'COMMON_AREA', id: place }, locationName: '3号楼 水泵房' },
    category: 'plumbing', schedule: { frequency: 'DAILY' }, window: { start: '00:00', duration: 'PT23H59M' },
    leadTime: 'PT0S', assigneeIds: [idOf(technician)], supervisorId: idOf(supervisor), effectiveFrom: today,
    checklist: [
      { id: 'bearing', label: '轴承润滑', type: 'PASS_FAIL', faultType: 'pump.bearing', severity: 'HIGH' },
      { id: 'pressure', label: '出水压力', type: 'NUMBER', min: 0.25, max: 0.6, unit: 'MPa', faultType: 'pump.pressure-low' },
      { id: 'seal', label: '机械密封', type: 'CHOICE', options: ['正常', '轻微渗漏', '漏水'], abnormalOptions: ['漏水'], faultType: 'pump.seal-leak' },
      { id: 'remark', label: '备注', type: 'TEXT' },
    ],
  }, { 'Idempotency-Key': `e2e-${place}` })
  planIds.push(plan.id)

  // the plan's task of today, once ticket-service has opened its work order and said which
  const task = await eventually(() => call(supervisor, 'GET', `/api/v1/plans/${plan.id}/tasks/${today}`), (t) => !!t.workOrderId, 90_000)
  const workOrder = await call(supervisor, 'GET', `/api/v1/tickets/${task.workOrderId}`)
  assert.equal(workOrder.kind, 'PREVENTIVE_MAINTENANCE')
  assert.equal(workOrder.assigneeId, idOf(technician), 'dispatched to the plan\'s assignee')

  // 周强 finds it among his assignments on his phone and opens its page from there
  const page = await open(PHONE)
  await signIn(page, 'zhouqiang', '/tech')
  const card = page.locator(`[data-test=assignment][data-number="${workOrder.number}"]`)
  await card.waitFor()
  await card.locator('[data-test=maintenance-results-link]').click()
  await page.waitForFunction((id) => location.hash === `#/work-orders/${id}`, task.workOrderId)
  const panel = page.locator('[data-test=pm-results]')
  await panel.locator('[data-test=pm-no-findings]').waitFor()
  assert.match(await panel.locator('[data-test=pm-score]').innerText(), /尚未填写/)

  // saving with items unanswered is stopped beside them, before anything is sent
  const item = (id) => panel.locator(`[data-test=pm-item][data-item=${id}]`)
  await item('bearing').locator('[data-test=answer-fail]').click()
  await item('bearing').locator('[data-test=answer-abnormal]').waitFor()
  await panel.locator('[data-test=pm-save]').click()
  await item('pressure').locator('.el-form-item__error', { hasText: '请填写此项' }).waitFor()

  await item('pressure').locator(input('answer-value')).fill('0.42')
  await item('seal').locator('[data-test=answer-choice]', { hasText: '轻微渗漏' }).click()
  await item('bearing').locator('textarea').last().fill('轴承缺油，运行有异响')
  await panel.locator('[data-test=pm-save]').click()

  // the finding of the failed bearing is listed, new, and then the repair work order opened for it
  const finding = panel.locator('[data-test=pm-finding]', { hasText: '轴承润滑' })
  await finding.waitFor()
  assert.match(await finding.innerText(), /新上报/)
  assert.match(await finding.innerText(), /严重/)
  assert.equal(await panel.locator('[data-test=pm-finding]').count(), 1, 'only the failed item is a finding')
  assert.match(await panel.locator('[data-test=pm-score]').innerText(), /66 分/)
  const repair = finding.locator('[data-test=pm-finding-work-order]')
  await repair.filter({ hasText: /WO-/ }).waitFor({ timeout: 45_000 })
  await screenshot(page, 'maintenance-results-phone')

  // the server agrees: one MAINTENANCE finding about the plan's place, in a work order of its own
  const findingId = `maintenance:${task.id}:bearing`
  const recorded = await call(supervisor, 'GET', `/api/v1/findings/${encodeURIComponent(findingId)}`)
  assert.equal(recorded.source, 'MAINTENANCE')
  assert.equal(recorded.location.id, place)
  assert.notEqual(recorded.workOrderId, task.workOrderId)
  assert.match(await repair.innerText(), new RegExp(recorded.workOrderNumber))

  // at desk width the page reads the same, the answers kept after a reload
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.reload()
  await panel.locator('[data-test=pm-finding]', { hasText: '轴承润滑' }).waitFor()
  assert.equal(await item('pressure').locator(input('answer-value')).inputValue(), '0.42')
  await screenshot(page, 'maintenance-results-desk')
  assert.deepEqual(page.errors, [])
})
