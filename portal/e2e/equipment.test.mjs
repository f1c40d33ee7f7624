// The equipment ledger (设备台账) in the browser: a property manager registers a pump through the page, finds it in
// the list, edits it (and is told when someone else changed it first), puts it DOWN with a reason and back into
// operation, reads its history, and opens its QR label to print; a supervisor records a certificate with its scan
// and sees it red in the community's expiring list; scrapping needs two people: the supervisor asks, a property
// manager approves, and a property manager cannot approve a request of their own. Every piece a test needs is
// created through the API in the test itself.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { appToken, BASE, call, COMMUNITY, launch, personPage, screenshot, signIn, unique } from './support.mjs'

let browser
const tokens = {}
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** The pages a test opened: when it fails each is saved as equipment-failed-<n>.png to see where; all are closed after. */
const opened = []
async function open(viewport) {
  const page = await personPage(browser, viewport)
  opened.push(page)
  return page
}
function scenario(title, body) {
  test(title, async () => {
    opened.length = 0
    try {
      await body()
    } catch (e) {
      for (const [i, page] of opened.entries()) await screenshot(page, `equipment-failed-${i + 1}`).catch(() => undefined)
      throw e
    } finally {
      for (const page of opened) await page.context().close().catch(() => undefined)
    }
  })
}

/** A staff member's token (the app client signs staff in as well; the server checks roles per call). */
async function token(username) {
  tokens[username] ??= await appToken(browser, username)
  return tokens[username]
}

/** A piece of equipment registered through the API, for the tests that are not about registering. */
async function registered(username, prefix, extra = {}) {
  const code = unique(prefix).toUpperCase()
  return call(await token(username), 'POST', `/api/v1/equipment?communityId=${COMMUNITY}`, {
    code, type: 'pump', name: `${code} 测试水泵`, location: { kind: 'COMMON_AREA', id: 'e2e-pump-room' },
    locationName: '测试水泵房', importance: 'B', purchasePrice: 12000, ...extra,
  }, { 'Idempotency-Key': `e2e-${code}` })
}

/** The date so many days from today in China Standard Time, as the pages' date fields take it. */
function day(offset) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000))
}

async function pick(page, select, option) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

async function date(field, value) {
  const input = field.locator('input').first()
  await input.fill(value)
  await input.press('Enter')
}

async function changeState(page, to, reason) {
  await page.locator('[data-test=eq-change-state]').click()
  const dialog = page.locator('[data-test=state-dialog]')
  await dialog.locator(`[data-test=state-to-${to}]`).click()
  await dialog.locator('textarea[data-test=state-reason]').fill(reason)
  await dialog.locator('[data-test=state-confirm]').click()
  await dialog.waitFor({ state: 'hidden' })
  await page.locator(`[data-test=eq-state][data-state=${to}]`).waitFor()
}

scenario('a property manager registers a pump, finds it, edits it, puts it down and back, reads its history and prints its label', async () => {
  const page = await open()
  await signIn(page, 'huangjianguo', '/equipment')
  const code = unique('E2E-PUMP').toUpperCase()

  // register through the page: every ledger field
  await page.locator('[data-test=eq-register]').click()
  const form = page.locator('[data-test=equipment-form]')
  await form.locator('[data-test=f-code]').fill(code.toLowerCase())
  await pick(page, form.locator('[data-test=f-type]'), '水泵')
  await pick(page, form.locator('[data-test=f-importance]'), 'A 类')
  await form.locator('[data-test=f-name]').fill('5号楼 1号生活水泵')
  await form.locator('[data-test=f-brand]').fill('格兰富')
  await form.locator('[data-test=f-model]').fill('CR 32-4')
  await form.locator('[data-test=f-serial]').fill('GF-2024-000123')
  await form.locator('[data-test=f-price] input').fill('48600')
  await pick(page, form.locator('[data-test=f-location-kind]'), '楼栋')
  await pick(page, form.locator('.el-select[data-test=f-location-pick]'), '3号楼')
  assert.equal(await form.locator('[data-test=f-location-name]').inputValue(), '3号楼', 'the place picked names the location')
  await form.locator('[data-test=f-location-name]').fill('3号楼 水泵房')
  await date(form.locator('[data-test=f-in-service]'), '2024-03-01')
  await date(form.locator('[data-test=f-warranty]'), '2027-02-28')
  await form.locator('[data-test=f-life] input').fill('12')
  await pick(page, form.locator('.el-select[data-test=f-responsible]'), '周强') // a picker once the staff are read
  await form.locator('[data-test=f-save]').click()
  await page.waitForURL(/#\/equipment\/[0-9a-f-]{36}$/)
  await page.locator('[data-test=eq-code]', { hasText: code }).waitFor()
  const id = page.url().split('/').pop()
  const stored = await call(await token('huangjianguo'), 'GET', `/api/v1/equipment/${id}`)
  const communities = await call(await token('huangjianguo'), 'GET', '/api/v1/communities')
  const building3 = communities.find((c) => c.id === COMMUNITY).buildings.find((b) => b.name === '3号楼').id
  assert.equal(stored.code, code, 'the code is stored in capitals')
  assert.deepEqual(
    [stored.type, stored.importance, stored.brand, stored.model, stored.serial, stored.location, stored.locationName,
      Number(stored.purchasePrice), stored.inServiceDate, stored.warrantyEnd, stored.usefulLifeYears],
    ['pump', 'A', '格兰富', 'CR 32-4', 'GF-2024-000123', { kind: 'BUILDING', id: building3 }, '3号楼 水泵房',
      48600, '2024-03-01', '2027-02-28', 12])
  assert.ok(stored.responsibleStaffId, 'the responsible person was picked by name')
  await page.locator('[data-test=eq-facts]').getByText('周强').waitFor()

  // find it in the list by its code
  await page.getByRole('button', { name: '返回台账' }).click()
  await page.locator('[data-test=eq-q]').fill(code)
  await page.locator('[data-test=eq-search]').click()
  const row = page.locator('[data-test=eq-table] .el-table__row', { hasText: code })
  await row.waitFor()
  assert.equal(await page.locator('[data-test=eq-table] .el-table__row').count(), 1, 'the search finds it alone')
  await row.getByText('运行').waitFor()
  await row.locator('[data-test=eq-row-link]').click()

  // edit it
  await page.locator('[data-test=eq-edit]').click()
  await form.locator('[data-test=f-name]').fill('5号楼 1号生活水泵（变频）')
  await form.locator('[data-test=f-save]').click()
  await form.waitFor({ state: 'hidden' })
  await page.locator('#eq-title', { hasText: '5号楼 1号生活水泵（变频）' }).waitFor()

  // someone else edits it while the form is open: the save is refused (412), the form shows their version
  await page.locator('[data-test=eq-edit]').click()
  await form.locator('[data-test=f-brand]').fill('威乐')
  const meanwhile = await call(await token('zhenghua'), 'PUT', `/api/v1/equipment/${id}`, {
    ...Object.fromEntries(['code', 'type', 'name', 'brand', 'model', 'serial', 'location', 'locationName', 'importance',
      'purchasePrice', 'inServiceDate', 'warrantyEnd', 'usefulLifeYears', 'responsibleStaffId', 'parentId'].map((k) => [k, stored[k]])),
    name: '5号楼 1号生活水泵（主管改）',
  })
  assert.equal(meanwhile.name, '5号楼 1号生活水泵（主管改）')
  await form.locator('[data-test=f-save]').click()
  await form.locator('[data-test=stale]').waitFor()
  assert.equal(await form.locator('[data-test=f-name]').inputValue(), '5号楼 1号生活水泵（主管改）', 'the form shows the latest version')
  assert.equal(await form.locator('[data-test=f-brand]').inputValue(), '格兰富')
  await form.locator('[data-test=f-brand]').fill('威乐')
  await form.locator('[data-test=f-save]').click()
  await form.waitFor({ state: 'hidden' })
  await page.locator('[data-test=eq-facts]').getByText('威乐').waitFor()

  // down with a reason, and back into operation
  await changeState(page, 'DOWN', '出水压力低，电机异响，已停机')
  await page.locator('[data-test=eq-open-downtime]', { hasText: '出水压力低' }).waitFor()
  await changeState(page, 'OPERATIONAL', '更换机械密封，试运行正常')
  assert.equal(await page.locator('[data-test=eq-open-downtime]').count(), 0)

  // the history: both changes with their reasons, one downtime repaired, who did it
  const history = page.locator('[data-test=eq-history]')
  await history.locator('[data-test=eq-history-entry]', { hasText: '更换机械密封，试运行正常' }).waitFor()
  const changes = history.locator('[data-test=eq-history-entry][data-kind=STATE_CHANGED]')
  assert.equal(await changes.count(), 2)
  assert.match(await changes.nth(0).textContent(), /停机\s*→\s*运行.*黄建国/s)
  assert.match(await changes.nth(1).textContent(), /运行\s*→\s*停机.*黄建国/s)
  assert.equal(await history.locator('[data-test=eq-history-entry][data-kind=EDITED]').count(), 3, 'two edits here, one by the supervisor')
  await history.locator('[data-test=eq-downtimes] .el-table__row', { hasText: '已修复' }).waitFor()
  await screenshot(page, 'equipment-history')

  // its QR label: the SVG of its qrCode value, the code, the name and the place; printing shows the label alone
  await page.locator('[data-test=eq-label]').click()
  await page.waitForURL(/#\/equipment\/labels\?ids=/)
  const label = page.locator('[data-test=eq-label]')
  await label.waitFor()
  assert.equal(await label.count(), 1)
  const qr = label.locator('svg[data-test=qr]')
  assert.equal(await qr.getAttribute('data-value'), stored.qrCode)
  assert.ok((await qr.locator('path').getAttribute('d')).length > 500, 'the QR code has its modules drawn')
  assert.equal(await label.locator('[data-test=eq-label-code]').textContent(), code)
  assert.equal(await label.locator('[data-test=eq-label-name]').textContent(), '5号楼 1号生活水泵（主管改）')
  assert.equal(await label.locator('[data-test=eq-label-place]').textContent(), '3号楼 水泵房')
  await page.emulateMedia({ media: 'print' })
  for (const part of ['.shell-aside', '.shell-header', '[data-test=eq-print]']) {
    assert.equal(await page.locator(part).first().isVisible(), false, `${part} is not printed`)
  }
  assert.ok(await qr.isVisible(), 'the label is printed')
  const box = await qr.boundingBox()
  assert.ok(box.width >= 100 && Math.abs(box.width - box.height) < 1, `the QR code is square and about 30 mm wide (${box.width}px)`)
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'equipment-label-print')
  await page.emulateMedia({ media: 'screen' })
})

scenario('a supervisor records a lift certificate with its scan, and the community list shows it red a few days before expiry', async () => {
  const lift = await registered('zhenghua', 'E2E-LIFT', { type: 'elevator', name: '9号楼 A 梯', locationName: '9号楼 电梯厅' })
  const page = await open()
  await signIn(page, 'zhenghua', `/equipment/${lift.id}`)
  await page.getByRole('tab', { name: '证照' }).click()
  const panel = page.locator('[data-test=eq-certificates]')
  await panel.locator('[data-test=cert-record]').click()
  const dialog = page.locator('[data-test=cert-dialog]')
  const number = unique('TSX')
  await dialog.locator('[data-test=cert-kind]').getByText('电梯年检').waitFor() // a lift's kind is chosen for it
  await dialog.locator('[data-test=cert-number]').fill(number)
  await dialog.locator('[data-test=cert-issuer]').fill('杭州市特种设备检测研究院')
  await date(dialog.locator('[data-test=cert-issued]'), day(-360))
  await date(dialog.locator('[data-test=cert-expires]'), day(5))
  await dialog.locator('[data-test=cert-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  const row = panel.locator('[data-test=cert-table] .el-table__row', { hasText: number })
  await row.waitFor()
  assert.equal(await row.locator('[data-test=cert-expiry]').getAttribute('data-tone'), 'urgent')
  assert.match(await row.locator('[data-test=cert-expiry]').textContent(), /剩 5 天/)

  // a scan: a PDF is stored and comes back as it went
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
  await row.locator(`[data-test=cert-upload-${number}] input[type=file]`).setInputFiles({ name: '电梯年检合格证.pdf', mimeType: 'application/pdf', buffer: pdf })
  const doc = row.locator('[data-test=cert-doc]', { hasText: '电梯年检合格证.pdf' })
  await doc.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), doc.click()])
  assert.equal(download.suggestedFilename(), '电梯年检合格证.pdf')
  assert.deepEqual(await readFile(await download.path()), pdf)
  await screenshot(page, 'equipment-certificate')

  // the community's list of what expires within 30 days: this one, in red
  await page.getByRole('menuitem', { name: '设备证照' }).click()
  const listed = page.locator('[data-test=cert-community-table] .el-table__row', { hasText: number })
  await listed.waitFor()
  assert.match(await listed.getAttribute('class'), /eq-row-urgent/)
  assert.equal(await listed.locator('[data-test=cert-expiry]').getAttribute('data-tone'), 'urgent')
  await listed.getByText(lift.code).waitFor()
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'equipment-certificates-expiring')
})

scenario('scrapping takes two people: the supervisor asks, the property manager approves; nobody approves their own request', async () => {
  const pump = await registered('zhenghua', 'E2E-SCRAP')
  const supervisor = await open()
  await signIn(supervisor, 'zhenghua', `/equipment/${pump.id}`)
  await supervisor.locator('[data-test=eq-request-scrap]').click()
  const ask = supervisor.locator('[data-test=scrap-request]')
  await ask.getByText('双人复核').waitFor()
  await ask.locator('textarea[data-test=scrap-request-text]').fill('超过设计使用年限，维修费用高于残值')
  await ask.locator('[data-test=scrap-request-confirm]').click()
  const pending = supervisor.locator('[data-test=eq-scrap-pending]')
  await pending.waitFor()
  await pending.locator('[data-test=eq-scrap-requester]', { hasText: '郑华' }).waitFor()
  assert.equal(await pending.locator('[data-test=eq-four-eyes]').getAttribute('data-decision'), 'not-manager')
  assert.equal(await pending.locator('[data-test=eq-scrap-approve]').count(), 0, 'a supervisor cannot approve')
  assert.equal(await supervisor.locator('[data-test=eq-request-scrap]').count(), 0, 'one request waits at a time')
  await screenshot(supervisor, 'equipment-scrap-requested')

  const manager = await open()
  await signIn(manager, 'huangjianguo', `/equipment/${pump.id}`)
  const waiting = manager.locator('[data-test=eq-scrap-pending]')
  await waiting.locator('[data-test=eq-scrap-requester]', { hasText: '郑华' }).waitFor()
  assert.equal(await waiting.locator('[data-test=eq-four-eyes]').getAttribute('data-decision'), 'decide')
  await waiting.locator('[data-test=eq-scrap-approve]').click()
  const approve = manager.locator('[data-test=scrap-approve]')
  await approve.getByText('不能撤回').waitFor()
  await approve.locator('textarea[data-test=scrap-approve-text]').fill('同意报废，资产处置走固定资产流程')
  await approve.locator('[data-test=scrap-approve-confirm]').click()
  await manager.locator('[data-test=eq-state][data-state=SCRAPPED]').waitFor()
  assert.equal(await manager.locator('[data-test=eq-scrap-pending]').count(), 0)
  assert.equal(await manager.locator('[data-test=eq-edit]').count(), 0, 'a scrapped piece is not edited')
  const decided = manager.locator('[data-test=eq-scrap-requests] .el-table__row').first()
  await decided.getByText('已同意').waitFor()
  assert.match(await decided.textContent(), /郑华.*已同意.*黄建国/s)
  const scrapped = await call(await token('huangjianguo'), 'GET', `/api/v1/equipment/${pump.id}`)
  assert.equal(scrapped.state, 'SCRAPPED')

  // a property manager's own request: the page says another must decide, and offers no approval
  const other = await registered('huangjianguo', 'E2E-SCRAP')
  await call(await token('huangjianguo'), 'POST', `/api/v1/equipment/${other.id}/scrap-requests`, { reason: '设备老化' })
  await manager.goto(`${BASE}/#/equipment/${other.id}`)
  const own = manager.locator('[data-test=eq-scrap-pending] [data-test=eq-four-eyes]')
  await own.waitFor()
  assert.equal(await own.getAttribute('data-decision'), 'own-request')
  assert.match(await own.textContent(), /另一位物业经理/)
  assert.equal(await manager.locator('[data-test=eq-scrap-approve]').count(), 0)
  assert.deepEqual([...supervisor.errors, ...manager.errors], [])
  await screenshot(manager, 'equipment-scrap-four-eyes')
})

scenario('equipment health shows a failed pump in the table and the chart, with the formulas explained', async () => {
  const pump = await registered('zhenghua', 'E2E-HEALTH')
  const sup = await token('zhenghua')
  for (const [state, reason] of [['DOWN', '电机过热'], ['OPERATIONAL', '更换风扇']]) {
    await call(sup, 'POST', `/api/v1/equipment/${pump.id}/state`, { state, reason })
  }
  const page = await open()
  await signIn(page, 'zhouqiang', '/equipment/health') // a technician reads, as every staff member
  const row = page.locator('[data-test=eq-health-table] .el-table__body .el-table__row', { hasText: pump.code })
  await row.waitFor()
  assert.equal(await row.locator('[data-test=eq-health-failures]').textContent(), '1')
  await page.waitForFunction(() => {
    const chart = document.querySelector('[data-test=eq-health-chart]')
    return chart?.dataset.ready === 'true' && Number(chart.dataset.bars) > 0 && chart.querySelector('canvas') !== null
  })
  await page.locator('[data-test=eq-health-group]').getByText('按类型').click()
  await page.locator('[data-test=eq-health-table] .el-table__row', { hasText: '水泵' }).first().waitFor()
  await page.locator('[data-test=eq-health-help]').click()
  await page.locator('[data-test=eq-health-formulas]').getByText(/MTBF（平均故障间隔）= 运行时长 ÷ 故障次数/).waitFor()
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-test=eq-health-formulas]').closest('.el-popper')).opacity === '1')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'equipment-health')
})

scenario('a technician reads the ledger but is offered no register, edit or state change, and prints the labels of two pieces ticked in the list', async () => {
  const pump = await registered('zhenghua', 'E2E-READ')
  const other = await registered('zhenghua', 'E2E-READ', { type: 'lighting', name: '地库照明配电箱', locationName: '地下车库 B1' })
  const page = await open()
  await signIn(page, 'zhouqiang', `/equipment/${pump.id}`)
  await page.locator('[data-test=eq-code]', { hasText: pump.code }).waitFor()
  for (const action of ['eq-edit', 'eq-change-state', 'eq-request-scrap']) {
    assert.equal(await page.locator(`[data-test=${action}]`).count(), 0, `${action} is hidden`)
  }
  await page.getByRole('button', { name: '返回台账' }).click()
  await page.locator('[data-test=eq-table]').waitFor()
  assert.equal(await page.locator('[data-test=eq-register]').count(), 0)

  // tick one piece, search for another and tick it too: the choice is kept across searches
  for (const piece of [pump, other]) {
    await page.locator('[data-test=eq-q]').fill(piece.code)
    await page.locator('[data-test=eq-search]').click()
    const row = page.locator('[data-test=eq-table] .el-table__row', { hasText: piece.code })
    await row.waitFor()
    await row.locator('.el-checkbox').click()
  }
  await page.locator('[data-test=eq-chosen]', { hasText: '已选 2 台' }).waitFor()
  await page.locator('[data-test=eq-print-labels]').click()
  await page.locator('[data-test=eq-label-count]', { hasText: '2 张标签' }).waitFor()
  const labels = page.locator('[data-test=eq-label]')
  assert.deepEqual(await labels.locator('[data-test=eq-label-code]').allTextContents(), [pump.code, other.code])
  assert.deepEqual(await labels.locator('svg[data-test=qr]').evaluateAll((svgs) => svgs.map((svg) => svg.dataset.value)),
    [pump.qrCode, other.qrCode])
  assert.equal(await labels.nth(1).locator('[data-test=eq-label-place]').textContent(), '地下车库 B1')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'equipment-labels-technician')
})
