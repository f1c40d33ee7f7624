// Findings (问题发现) and meters (表计与抄表) in the browser: 郑华 reports a problem by hand, sees it listed and then the
// number of the work order ticket-service opened for it; a technician's implausible reading (with its photo) is held
// and 郑华 approves it under 待审核, while a reading 郑华 read himself is refused to him plainly (four eyes); a month
// cannot be closed while a reading of it is held; a property manager registers a device gateway, sees its secret
// once, and maps a device to a meter. Every meter and reading a test needs is created through the API in the test.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, call, COMMUNITY, launch, personPage, PHONE, screenshot, signIn, unique } from './support.mjs'

let browser
const tokens = {}
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** The pages a test opened: when it fails each is saved as findings-failed-<n>.png; all are closed after. */
const opened = []
/** What a test leaves in the shared platform and undoes after, last first: held readings rejected, meters retired. */
const undo = []
async function open(viewport) {
  const page = await personPage(browser, viewport)
  opened.push(page)
  return page
}
function scenario(title, body) {
  test(title, async () => {
    opened.length = 0
    undo.length = 0
    try {
      await body()
    } catch (e) {
      for (const [i, page] of opened.entries()) await screenshot(page, `findings-failed-${i + 1}`).catch(() => undefined)
      throw e
    } finally {
      for (const page of opened) await page.context().close().catch(() => undefined)
      for (const step of undo.reverse()) await step().catch(() => undefined)
    }
  })
}

/** A staff member's token (the app client signs staff in as well; the server checks roles per call). */
async function token(username) {
  tokens[username] ??= await appToken(browser, username)
  return tokens[username]
}

/** The community's common areas, for placing meters and findings. */
async function commonArea(name) {
  const places = await call(await token('zhenghua'), 'GET', `/api/v1/communities/${COMMUNITY}/locations?kind=COMMON_AREA&q=${encodeURIComponent(name)}`)
  assert.ok(places.length > 0, `a common area named ${name}`)
  return places[0]
}

/** A water meter at a common place, added by the property manager: reading 500 at installation, so 100 goes backwards. */
async function waterMeter(installedAt = new Date(Date.now() - 30 * 86_400_000).toISOString()) {
  const place = await commonArea('车库')
  const serial = unique('E2E-WM').toUpperCase()
  const meter = await call(await token('huangjianguo'), 'POST', '/api/v1/meters', {
    communityId: COMMUNITY, kind: 'WATER', serial, location: { kind: 'COMMON_AREA', id: place.id }, locationName: `${place.name} 端到端测试水表`,
    initialValues: { TOTAL: 500 }, installedAt,
  }, { 'Idempotency-Key': `e2e-${serial}` })
  undo.push(async () => {
    const latest = await call(await token('huangjianguo'), 'GET', `/api/v1/meters/${meter.id}`)
    await call(await token('huangjianguo'), 'DELETE', `/api/v1/meters/${meter.id}`, undefined, { 'If-Match': `"${latest.version}"` })
  })
  return meter
}

/** A reading recorded on a round by this person; 100 after 500 goes backwards, so it is held. */
async function heldReading(username, meter, readAt = new Date(Date.now() - 5 * 60_000).toISOString()) {
  const outcome = await call(await token(username), 'POST', '/api/v1/meter-readings', {
    readings: [{ meterId: meter.id, readAt, value: 100, occupied: true }],
  })
  assert.equal(outcome.items[0].result, 'HELD', JSON.stringify(outcome))
  const id = outcome.items[0].readingId
  undo.push(async () => {
    const reading = await call(await token('huangjianguo'), 'GET', `/api/v1/meter-readings/${encodeURIComponent(id)}`)
    if (reading.status === 'HELD') {
      await call(await token('huangjianguo'), 'POST', `/api/v1/meter-readings/${encodeURIComponent(id)}/reject`, { note: '端到端测试结束，清理' })
    }
  })
  return id
}

/** A small PNG (a grey square), as a phone would send the photo of the meter. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFElEQVR4nGM4QSJgGNUwqmH4agAA+NpYH65gHiQAAAAASUVORK5CYII=', 'base64')

async function pick(page, select, option) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

scenario('郑华 reports a problem by hand, sees it listed, then its work order’s number and that it is the second occurrence', async () => {
  // a fault type of this run only: ticket-service opens one work order per place and fault type while it is open,
  // and adds later findings to it — the first occurrence is reported through the API, the second in the page
  const fault = unique('e2e-lamp').toLowerCase()
  const garden = await commonArea('中心花园')
  const first = await call(await token('zhenghua'), 'POST', '/api/v1/findings', {
    communityId: COMMUNITY, location: { kind: 'COMMON_AREA', id: garden.id }, locationName: garden.name, faultType: fault,
    category: 'electrical', severity: 'MEDIUM', title: `${fault} 第一次`, evidence: [],
  }, { 'Idempotency-Key': `e2e-${fault}` })

  const page = await open()
  await signIn(page, 'zhenghua', '/findings')
  await page.locator('[data-test=findings-table], .page-state[data-state=empty]').first().waitFor()
  const title = `路灯不亮 ${fault}`

  await page.locator('[data-test=finding-report]').click()
  const form = page.locator('[data-test=finding-form]')
  await form.locator('[data-test=f-submit]').click()
  // nothing filled in: the server's field errors show beside their fields, in words
  await form.locator('.el-form-item.is-error:has(input[data-test=f-title])').getByText('必填').waitFor()

  await form.locator('input[data-test=f-title]').fill(title)
  await form.locator('[data-test=f-fault]').click()
  await page.keyboard.type(fault)
  await page.keyboard.press('Enter')
  await pick(page, form.locator('[data-test=f-category]'), '电气')
  await pick(page, form.locator('[data-test=f-severity]'), '严重')
  await form.locator('[data-test=f-location-pick]').click()
  await page.keyboard.type('中心花园')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '中心花园' }).first().click()
  await form.locator('textarea[data-test=f-detail]').fill('东侧第三盏路灯晚上不亮，附近较暗')
  await form.locator('[data-test=f-evidence-add]').click()
  await form.locator('[data-test=f-evidence-row]').first().locator('input').nth(2).fill('路灯编号 L-17')
  await form.locator('[data-test=f-submit]').click()
  await form.waitFor({ state: 'hidden' })

  const row = page.locator('[data-test=findings-table] .el-table__row', { hasText: title })
  await row.waitFor()
  assert.match(await row.innerText(), /人工上报/)
  assert.match(await row.innerText(), /严重/)
  // ticket-service adds it to the work order of the first occurrence; the page looks again until it knows the number
  const number = row.locator('[data-test=finding-work-order-link]')
  await number.filter({ hasText: /^WO-/ }).waitFor({ timeout: 30_000 })
  await row.locator('[data-test=finding-status][data-status=LINKED]').waitFor()
  const linkedFirst = await call(await token('zhenghua'), 'GET', `/api/v1/findings/${encodeURIComponent(first.id)}`)
  assert.equal(await number.innerText(), linkedFirst.workOrderNumber)
  await row.locator('[data-test=finding-occurrence]', { hasText: '第 2 次发生（共 2 次）' }).waitFor()
  const firstRow = page.locator('[data-test=findings-table] .el-table__row', { hasText: `${fault} 第一次` })
  await firstRow.locator('[data-test=finding-occurrence]', { hasText: '第 1 次发生（共 2 次）' }).waitFor()

  // its evidence, on expanding the row
  await row.locator('.el-table__expand-icon').click()
  const detail = page.locator('[data-test=finding-detail]', { hasText: '路灯编号 L-17' })
  await detail.waitFor()
  assert.match(await detail.innerText(), /东侧第三盏路灯晚上不亮/)

  // filtered to hand-reported, linked findings it is still there; the filters are in the address
  await pick(page, page.locator('[data-test=filter-source]'), '人工上报')
  await pick(page, page.locator('[data-test=filter-status]'), '已转工单')
  await page.waitForFunction(() => location.hash.includes('source=MANUAL') && location.hash.includes('status=linked'))
  await row.locator('[data-test=finding-occurrence]').waitFor()
  await screenshot(page, 'findings-reported-and-linked')

  // the number opens the work order
  await number.click()
  await page.waitForFunction(() => location.hash.startsWith('#/work-orders/'))
  await page.getByText(linkedFirst.workOrderNumber).first().waitFor()
  await page.getByText('东侧第三盏路灯晚上不亮').first().waitFor()
  assert.deepEqual(page.errors, [])
})

scenario('a technician records an implausible reading on his phone and adds its photo; 郑华 sees it under 待审核 with the photo and the rule it broke, and approves it', async () => {
  const meter = await waterMeter()

  const phone = await open(PHONE)
  await signIn(phone, 'zhouqiang', '/meters?tab=readings')
  await phone.locator('[data-test=reading-record]').click()
  const form = phone.locator('[data-test=reading-form]')
  await form.locator('[data-test=r-meter]').click()
  await phone.keyboard.type(meter.serial)
  await phone.locator('.el-select-dropdown__item:visible', { hasText: meter.serial }).first().click()
  await form.locator('[data-test=r-value-TOTAL] input, input[data-test=r-value-TOTAL]').first().fill('100')
  await form.locator('[data-test=r-occupied]').getByText('有人居住').click()
  await form.locator('[data-test=r-submit]').click()
  const outcome = form.locator('[data-test=reading-outcome][data-result=HELD]')
  await outcome.waitFor()
  await form.locator('input[data-test=reading-outcome-photo-input]').setInputFiles({ name: 'meter.png', mimeType: 'image/png', buffer: PNG })
  await form.locator('[data-test=reading-outcome-photo-done]').waitFor()
  await screenshot(phone, 'meters-technician-held-phone')
  await form.getByRole('button', { name: '关闭' }).last().click()
  await form.waitFor({ state: 'hidden' })
  const [readingId] = (await call(await token('zhouqiang'), 'GET', `/api/v1/meter-readings?communityId=${COMMUNITY}&meterId=${meter.id}`))
    .map((r) => r.id)
  assert.ok(readingId)
  undo.push(async () => {
    const reading = await call(await token('huangjianguo'), 'GET', `/api/v1/meter-readings/${encodeURIComponent(readingId)}`)
    if (reading.status === 'HELD') {
      await call(await token('huangjianguo'), 'POST', `/api/v1/meter-readings/${encodeURIComponent(readingId)}/reject`, { note: '端到端测试结束，清理' })
    }
  })
  // the technician reads meters but does not decide: no approval for him
  await phone.locator('[data-test=meters-tabs] .el-tabs__item', { hasText: '待审核' }).click()
  const mine = phone.locator(`[data-test=held-reading][data-reading="${readingId}"]`)
  await mine.waitFor()
  assert.equal(await mine.locator('[data-test=held-approve]').count(), 0)

  const page = await open()
  await signIn(page, 'zhenghua', '/meters?tab=held')
  const card = page.locator(`[data-test=held-reading][data-reading="${readingId}"]`)
  await card.waitFor()
  assert.match(await card.locator('[data-test=held-serial]').innerText(), new RegExp(meter.serial))
  assert.match(await card.locator('[data-test=held-rules]').innerText(), /读数倒退/)
  // the photo is read with the token and shown
  await card.locator('[data-test=held-photo] img').waitFor()
  await page.waitForFunction((id) => {
    const img = document.querySelector(`[data-reading="${id}"] [data-test=held-photo] img`)
    return img && img.complete && img.naturalWidth === 16
  }, readingId)
  await screenshot(page, 'meters-held-reading')

  await card.locator('[data-test=held-approve]').click()
  const dialog = page.locator('[data-test=decide-approve]')
  await dialog.locator('textarea[data-test=decide-note]').fill('照片核实，表盘读数 100，属换表后读数')
  await dialog.locator('[data-test=decide-confirm]').click()
  await dialog.waitFor({ state: 'hidden' })
  await card.waitFor({ state: 'detached' })
  const reading = await call(await token('zhenghua'), 'GET', `/api/v1/meter-readings/${encodeURIComponent(readingId)}`)
  assert.equal(reading.status, 'APPROVED')

  // the month's readings show it approved
  await page.locator('[data-test=meters-tabs] .el-tabs__item', { hasText: '抄表记录' }).click()
  await pick(page, page.locator('[data-test=readings-meter]'), meter.serial)
  await page.locator('[data-test=readings-table] [data-test=reading-status][data-status=APPROVED]').waitFor()
  await screenshot(page, 'meters-reading-approved')
  assert.deepEqual(page.errors, [])
})

scenario('郑华 may not decide a reading he read himself: the server’s refusal is shown plainly', async () => {
  const meter = await waterMeter()
  const readingId = await heldReading('zhenghua', meter)

  const page = await open()
  await signIn(page, 'zhenghua', '/meters?tab=held')
  const card = page.locator(`[data-test=held-reading][data-reading="${readingId}"]`)
  await card.locator('[data-test=held-own]').waitFor()
  await card.locator('[data-test=held-approve]').click()
  const dialog = page.locator('[data-test=decide-approve]')
  await dialog.locator('[data-test=decide-confirm]').click()
  const problem = dialog.locator('[data-test=decide-problem]')
  await problem.waitFor()
  assert.match(await problem.innerText(), /不能审核自己抄的读数/)
  await screenshot(page, 'meters-own-reading-refused')
  await dialog.getByRole('button', { name: '取消' }).click()

  // still held (the property manager rejects it after the test)
  const reading = await call(await token('zhenghua'), 'GET', `/api/v1/meter-readings/${encodeURIComponent(readingId)}`)
  assert.equal(reading.status, 'HELD')
  assert.deepEqual(page.errors, [])
})

scenario('a month is not closed while a reading of it is held: the server’s problem is shown, with the way to the held readings', async () => {
  // a month long past, so that a close that went through by mistake would close no month anyone uses
  const meter = await waterMeter('2003-01-01T00:00:00Z')
  await heldReading('zhouqiang', meter, '2003-03-15T02:00:00Z')

  const page = await open()
  await signIn(page, 'huangjianguo', '/meters?tab=period')
  // the owners' reporting window: a last day before the first is refused beside the days (nothing is changed)
  await page.locator('[data-test=window-edit]').click()
  await page.locator('[data-test=window-from] input, input[data-test=window-from]').first().fill('25')
  await page.locator('[data-test=window-to] input, input[data-test=window-to]').first().fill('20')
  await page.locator('[data-test=window-save]').click()
  await page.locator('[data-test=window-card] [data-test=problem]', { hasText: '结束日不能早于开始日' }).waitFor()
  await page.locator('[data-test=window-card]').getByRole('button', { name: '取消' }).click()
  const month = page.locator('[data-test=period-month] input')
  await month.click()
  await month.fill('2003-03')
  await month.press('Enter')
  const state = page.locator('[data-test=period-state][data-status=OPEN]')
  await state.waitFor()
  await page.locator('[data-test=period-held]').filter({ hasText: /^[1-9]/ }).waitFor()

  await page.locator('[data-test=period-close]').click()
  await page.locator('.el-message-box').getByRole('button', { name: '结账' }).click()
  const problem = page.locator('[data-test=period-problem]')
  await problem.waitFor()
  assert.match(await problem.innerText(), /还有待审核的读数，不能结账/)
  assert.match(await problem.innerText(), /该月还有 \d+ 条读数待审核/)
  await screenshot(page, 'meters-close-refused')

  await problem.locator('[data-test=period-show-held]').click()
  await page.waitForFunction(() => location.hash.includes('tab=held'))
  await page.locator('[data-test=held-list], .page-state').first().waitFor()
  const period = await call(await token('huangjianguo'), 'GET', `/api/v1/meters/periods/${COMMUNITY}/2003-03`)
  assert.equal(period.status, 'OPEN')
  assert.deepEqual(page.errors, [])
})

scenario('黄建国 registers a device gateway, sees its secret once, and maps a device to a meter', async () => {
  const meter = await waterMeter()
  const page = await open()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await signIn(page, 'huangjianguo', '/device-gateways')
  const name = `${unique('网关')} 端到端`

  await page.locator('[data-test=gateway-register]').click()
  const form = page.locator('[data-test=gateway-form]')
  await form.locator('input[data-test=gateway-name]').fill(name)
  await form.locator('[data-test=gateway-submit]').click()
  await form.locator('[data-test=gateway-once]').waitFor()
  const secret = await form.locator('input[data-test=gateway-secret]').inputValue()
  assert.ok(secret.length >= 32, `a secret, not "${secret}"`)
  await form.locator('[data-test=gateway-copy]').click()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret)
  await screenshot(page, 'gateway-secret-once')
  await form.locator('[data-test=gateway-done]').click()
  await form.waitFor({ state: 'hidden' })

  const row = page.locator('[data-test=gateways-table] .el-table__row', { hasText: name })
  await row.waitFor()
  // never again: the list does not carry it
  const listed = await call(await token('huangjianguo'), 'GET', `/api/v1/device-gateways?communityId=${COMMUNITY}`)
  assert.equal(listed.find((g) => g.name === name)?.secret ?? null, null)
  assert.ok(!(await page.content()).includes(secret))

  await row.locator('.el-table__expand-icon').click()
  await page.locator('[data-test=gateway-devices]').getByText('还没有设备').waitFor()
  await page.locator('[data-test=device-add]').click()
  const device = page.locator('[data-test=device-form]')
  await device.locator('input[data-test=d-id]').fill('water-meter-1')
  await device.locator('input[data-test=d-name]').fill('车库总水表远传')
  await pick(page, device.locator('[data-test=d-category]'), '给排水')
  await pick(page, device.locator('[data-test=d-meter]'), meter.serial)
  await device.locator('[data-test=d-location-pick]').click()
  await page.keyboard.type('车库')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '车库' }).first().click()
  await device.locator('[data-test=d-save]').click()
  await device.waitFor({ state: 'hidden' })
  const mapped = page.locator('[data-test=gateway-devices] .el-table__row', { hasText: 'water-meter-1' })
  await mapped.waitFor()
  assert.match(await mapped.innerText(), new RegExp(meter.serial))
  await screenshot(page, 'gateway-device-mapped')
  assert.deepEqual(page.errors, [])
})

scenario('黄建国 adds a shared meter to the register, then imports its readings from a CSV file — a file with a bad line is refused whole', async () => {
  const page = await open()
  await signIn(page, 'huangjianguo', '/meters')
  await page.locator('[data-test=meters-table], .page-state[data-state=empty]').first().waitFor()
  const serial = unique('E2E-SH').toUpperCase()

  await page.locator('[data-test=meter-add]').click()
  const form = page.locator('[data-test=meter-form]')
  await pick(page, form.locator('[data-test=m-kind]'), '水表')
  await form.locator('input[data-test=m-serial]').fill(serial)
  await pick(page, form.locator('[data-test=m-location-kind]'), '公共区域')
  await form.locator('[data-test=m-location-pick]').click()
  await page.keyboard.type('车库')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '车库' }).first().click()
  const installed = form.locator('[data-test=m-installed] input')
  await installed.fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 10 * 86_400_000)))
  await installed.press('Enter')
  await form.locator('[data-test=m-shared]').click()
  await form.locator('[data-test=m-rule]').getByText('按户均摊').click()
  for (const unit of ['101', '102']) {
    await form.locator('[data-test=m-share-unit]').click()
    await page.keyboard.type(unit)
    await page.locator('.el-select-dropdown__item:visible', { hasText: unit }).first().click()
  }
  await form.locator('[data-test=m-shares] .el-table__row').nth(1).waitFor()
  await form.locator('[data-test=m-save]').click()
  await form.waitFor({ state: 'hidden' })
  const row = page.locator('[data-test=meters-table] .el-table__row', { hasText: serial })
  await row.waitFor()
  assert.match(await row.innerText(), /按户均摊 · 2 户/)
  const meter = (await call(await token('huangjianguo'), 'GET', `/api/v1/meters?communityId=${COMMUNITY}`)).find((m) => m.serial === serial)
  assert.equal(meter.apportioning.rule, 'BY_HOUSEHOLD')
  undo.push(async () => {
    const latest = await call(await token('huangjianguo'), 'GET', `/api/v1/meters/${meter.id}`)
    await call(await token('huangjianguo'), 'DELETE', `/api/v1/meters/${meter.id}`, undefined, { 'If-Match': `"${latest.version}"` })
  })
  // edited: the multiplier (the edit sends the version it was opened on)
  await row.locator('[data-test=meter-edit]').click()
  await form.locator('[data-test=m-multiplier] input, input[data-test=m-multiplier]').first().fill('2')
  await form.locator('[data-test=m-save]').click()
  await form.waitFor({ state: 'hidden' })
  await row.filter({ hasText: '×2' }).waitFor()
  await screenshot(page, 'meters-register-shared')

  // a file with an unknown serial: nothing is imported, the line is named
  await page.locator('[data-test=meters-tabs] .el-tabs__item', { hasText: '导入读数' }).click()
  const at = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(Date.now() - 3_600_000))
  const file = (text) => ({ name: 'readings.csv', mimeType: 'text/csv', buffer: Buffer.from(text) })
  await page.locator('input[data-test=import-file-input]').setInputFiles(file(`serial,readAt,value\n${serial},${at},12.5\nNO-SUCH-METER,${at},3\n`))
  await page.locator('[data-test=import-run]').click()
  const problem = page.locator('[data-test=import-problem]')
  await problem.waitFor()
  assert.match(await problem.innerText(), /整份未导入/)
  assert.match(await problem.locator('[data-test=import-lines]').innerText(), /3\s+本小区没有表号为 NO-SUCH-METER 的表/)
  await screenshot(page, 'meters-import-refused')

  await page.locator('input[data-test=import-file-input]').setInputFiles(file(`serial,readAt,value\n${serial},${at},12.5\n`))
  await page.locator('[data-test=import-run]').click()
  const result = page.locator('[data-test=import-result]')
  await result.waitFor()
  assert.match(await result.innerText(), /已计入\s*1/)
  const readings = await call(await token('huangjianguo'), 'GET', `/api/v1/meter-readings?communityId=${COMMUNITY}&meterId=${meter.id}`)
  assert.equal(readings.length, 1)
  assert.equal(readings[0].source, 'IMPORT')
  assert.deepEqual(page.errors, [])
})
