// The service desk: all open work in one listing (status repeated) with its status chips, a row accepted on the
// version the listing gave, a request arriving live and accepted from the queue, a phone request logged with the server's
// validation beside its field, the revisit and close of a finished work order (with a stale page refused), and the
// technician's phone view of the same page putting work on hold.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, BASE, call, DESKTOP, launch, personPage, PHONE, screenshot, signIn, submitRepair, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** A 1×1 PNG: the platform checks an upload's first bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** Takes a repair, by the API, to work in progress with 周强: accepted by 赵敏, dispatched to him, taken and started. */
async function repairInProgress(title) {
  const [owner, agent, technician] = await Promise.all([
    appToken(browser, '13800138001'), appToken(browser, 'zhaomin'), appToken(browser, 'zhouqiang')])
  const me = await call(technician, 'GET', '/api/v1/me/account')
  let wo = await submitRepair(owner, title)
  wo = await call(agent, 'POST', `/api/v1/tickets/${wo.id}/accept`)
  if (wo.assigneeId !== me.id) wo = await call(agent, 'POST', `/api/v1/tickets/${wo.id}/dispatch`, { technicianId: me.id })
  await call(technician, 'POST', `/api/v1/tickets/${wo.id}/take`)
  wo = await call(technician, 'POST', `/api/v1/tickets/${wo.id}/start`)
  return { wo, owner, agent, technician }
}

const status = (page) => page.locator('[data-test=wo-status]')

/** Waits until no dialog's overlay is left fading out (before a screenshot). */
async function noOverlay(page) {
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-overlay')].some((e) => getComputedStyle(e).display !== 'none'))
}

/** A person's page for one test; when the test fails, the page is kept as <name>-failed.png to look at. */
async function story(name, viewport, body) {
  const page = await personPage(browser, viewport)
  try {
    await body(page)
  } catch (e) {
    await screenshot(page, `${name}-failed`).catch(() => undefined)
    throw e
  } finally {
    await page.context().close()
  }
}

test('"all work orders" opens on all open work, read in one call; a chip narrows it; a row is accepted on its listed version', async () => {
  await story('desk-all-open', DESKTOP, async (page) => {
    const [owner, agent] = await Promise.all([appToken(browser, '13800138001'), appToken(browser, 'zhaomin')])
    const waiting = await submitRepair(owner, unique('全部未结'))
    const cancelled = await submitRepair(owner, unique('已取消'))
    await call(owner, 'POST', `/api/v1/tickets/${cancelled.id}/cancel`, {})
    const listings = []
    page.on('request', (r) => {
      if (/\/api\/v1\/tickets\?/.test(r.url())) listings.push(new URL(r.url()))
    })
    await signIn(page, 'zhaomin', '/desk')
    await page.locator('[data-test=tab-all]').click()
    await page.locator('[data-test=chip-OPEN].is-checked').waitFor()
    const row = (wo) => page.locator('[data-test=desk-table] .el-table__row', { hasText: wo.number })
    await row(waiting).waitFor()
    assert.equal(await row(cancelled).count(), 0, 'a cancelled request is not open work')
    const open = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'TAKEN', 'IN_PROGRESS', 'ON_HOLD']
    assert.ok(listings.some((u) => u.searchParams.getAll('status').join() === open.join() && u.searchParams.get('size') === '20'),
      'one listing with every open status')

    await page.locator('[data-test=chip-SUBMITTED]').click()
    await page.locator('[data-test=chip-SUBMITTED].is-checked').waitFor()
    await row(waiting).waitFor()
    await page.locator('[data-test=chip-SUBMITTED]').click()
    await page.locator('[data-test=chip-OPEN].is-checked').waitFor()

    // the row's version came with the listing: the accept sends it as If-Match, no read of the work order before
    const [accept] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith(`/api/v1/tickets/${waiting.id}/accept`)),
      row(waiting).locator('[data-test=accept]').click(),
    ])
    assert.equal(accept.headers()['if-match'], `"${waiting.version}"`)
    await page.getByText(`已受理 ${waiting.number}，您是此工单的首问负责人。`).waitFor()
    await call(agent, 'POST', `/api/v1/tickets/${waiting.id}/cancel`, { reason: '端到端测试结束' })
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'desk-all-open')
  })
})

test('an owner\'s request appears on the open desk without a reload; the agent accepts it in the row and becomes accountable', async () => {
  await story('desk-accepted', DESKTOP, async (page) => {
    await signIn(page, 'zhaomin', '/desk')
    await page.locator('[data-test=desk-table], .page-state[data-state=empty]').first().waitFor()
    await page.evaluate(() => { window.deskNotReloaded = true })

    const owner = await appToken(browser, '13800138001')
    const title = unique('楼上噪音')
    const wo = await submitRepair(owner, title, { kind: 'COMPLAINT', category: 'noise', location: '主卧' })
    const row = page.locator('[data-test=desk-table] .el-table__row', { hasText: wo.number })
    await row.waitFor()
    assert.equal(await page.evaluate(() => window.deskNotReloaded), true, 'the queue refreshed without a page reload')
    await row.getByText(title).waitFor()
    await row.getByText('1-1-101').waitFor()
    await row.getByText('张伟').waitFor()
    assert.ok(await row.locator('.deadline[data-state=open]').count() > 0, 'the row counts its deadlines down')
    await screenshot(page, 'desk-queue')

    await row.locator('[data-test=accept]').click()
    await page.getByText(`已受理 ${wo.number}，您是此工单的首问负责人。`).waitFor()
    await row.waitFor({ state: 'detached' })

    await page.locator('[data-test=tab-mine]').click()
    const mine = page.locator('[data-test=desk-table] .el-table__row', { hasText: wo.number })
    await mine.locator('[data-test=wo-link]').click()
    await page.waitForURL(new RegExp(`/work-orders/${wo.id}$`))
    await status(page).filter({ hasText: '已受理' }).waitFor()
    assert.equal((await page.locator('[data-test=wo-accountable]').textContent()).trim(), '赵敏')
    await page.getByText('您是此工单的首问负责人：请跟进到回访并关闭。').waitFor()
    assert.ok(await page.locator('[data-test=wo-deadlines] .deadline[data-state=open]').count() > 0, 'open deadlines count down')
    assert.equal(await page.locator('[data-test=wo-deadlines] .deadline[data-deadline=RESPONSE][data-state=met]').count(), 1,
      'accepting met the response deadline')
    await page.locator('[data-test=wo-timeline] [data-action=accepted]').waitFor()
    assert.equal(await page.locator('[data-test=step-accept]').count(), 0)
    assert.equal(await page.locator('[data-test=step-answer]').count(), 1, 'the accountable agent answers a complaint')
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'desk-accepted')
  })
})

test('a phone request logged with an empty title shows the server\'s problem under the title; fixed, it is created', async () => {
  await story('desk-validation', DESKTOP, async (page) => {
    await signIn(page, 'zhaomin', '/desk')
    await page.locator('[data-test=log-request]').click()
    const dialog = page.getByRole('dialog', { name: '登记报事' })
    await dialog.waitFor()

    await dialog.locator('[data-test=log-lookup]').fill('13800138001')
    await page.locator('.el-autocomplete-suggestion li', { hasText: '张伟' }).click()
    await dialog.locator('[data-test=log-chosen]').getByText('已关联业主账号：张伟').waitFor()
    assert.equal(await dialog.locator('[data-test=log-reporter-name]').inputValue(), '张伟')
    assert.equal(await dialog.locator('[data-test=log-reporter-phone]').inputValue(), '13800138001')
    await dialog.locator('[data-test=log-unit]').getByText('1-1-101').waitFor()

    await dialog.locator('[data-test=log-category]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '给排水 / 漏水' }).click()
    await dialog.locator('[data-test=log-description]').fill('业主来电：卫生间地漏反水')
    await dialog.locator('[data-test=log-submit]').click()
    const titleError = dialog.locator('[data-test=log-title-item] .el-form-item__error')
    await titleError.waitFor()
    assert.equal((await titleError.textContent()).trim(), '不能为空', 'the server\'s own message')
    assert.equal(await dialog.locator('.el-form-item__error').count(), 1, 'only the title is wrong')
    await screenshot(page, 'desk-validation')

    const title = unique('卫生间反水')
    await dialog.locator('[data-test=log-title]').fill(title)
    await dialog.locator('[data-test=log-submit]').click()
    await page.waitForURL(/\/work-orders\/[0-9a-f-]+$/)
    await page.locator('#wo-title', { hasText: title }).waitFor()
    await page.locator('[data-test=wo-head]').getByText('来源：电话').waitFor()
    assert.equal((await page.locator('[data-test=wo-reporter]').textContent()).trim(), '张伟')
    assert.equal((await page.locator('[data-test=wo-unit]').textContent()).trim(), '1-1-101')
    assert.equal((await page.locator('[data-test=wo-accountable]').textContent()).trim(), '赵敏', 'logged and accepted at once')
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'desk-logged')
  })
})

test('the agent revisits and closes a confirmed repair; a step on a stale page is refused and the page reloads', async () => {
  const { wo, owner, agent, technician } = await repairInProgress(unique('厨房漏水'))
  await call(technician, 'POST', `/api/v1/tickets/${wo.id}/resolve`, { result: '更换厨房角阀，试水无渗漏' })
  await call(owner, 'POST', `/api/v1/tickets/${wo.id}/confirm`)

  await story('work-order-closed', DESKTOP, async (page) => {
    await signIn(page, 'zhaomin', `/work-orders/${wo.id}`)
    await status(page).filter({ hasText: '已确认' }).waitFor()
    await page.locator('[data-test=wo-result]').getByText('更换厨房角阀，试水无渗漏').waitFor()

    // someone else writes on the work order meanwhile: the page's version is now stale
    await call(agent, 'POST', `/api/v1/tickets/${wo.id}/comments`, { text: '业主下午在家' })
    await page.locator('[data-test=step-revisit]').click()
    const dialog = page.locator('.el-dialog', { hasText: '业主是否满意' })
    await dialog.locator('[data-test=dialog-note]').fill('业主表示维修及时，已无漏水')
    await dialog.locator('[data-test=dialog-confirm]').click()
    await page.locator('[data-test=stale]').getByText('工单刚被其他人修改，已重新加载').waitFor()
    await page.locator('[data-test=wo-timeline]').getByText('业主下午在家').waitFor()
    await status(page).filter({ hasText: '已确认' }).waitFor()

    await page.locator('[data-test=step-revisit]').click()
    await dialog.locator('[data-test=dialog-confirm]').click()
    await dialog.locator('.el-form-item__error').getByText('不能为空').waitFor()
    await dialog.locator('[data-test=satisfied-yes]').click()
    await dialog.locator('[data-test=dialog-note]').fill('业主表示维修及时，已无漏水')
    await dialog.locator('[data-test=dialog-confirm]').click()
    await status(page).filter({ hasText: '已回访' }).waitFor()

    await page.locator('[data-test=photo-input]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: PNG })
    await page.locator('[data-test=wo-photos] [data-test=photo] img[src^="blob:"]').waitFor()

    await page.locator('[data-test=step-close]').click()
    await status(page).filter({ hasText: '已关闭' }).waitFor()
    await page.locator('[data-test=wo-timeline] [data-action=closed]').waitFor()
    assert.equal(await page.locator('[data-test=step-close]').count(), 0)
    const closed = await call(agent, 'GET', `/api/v1/tickets/${wo.id}`)
    assert.equal(closed.status, 'CLOSED')
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'work-order-closed')
  })
})

test('a technician opens the same page on a phone, without desk steps, and puts the work on hold: the clocks pause', async () => {
  const { wo } = await repairInProgress(unique('阳台水管'))
  await story('work-order-technician', PHONE, async (page) => {
    await signIn(page, 'zhouqiang', '/desk')
    await page.getByText('没有权限').waitFor()
    await page.goto(`${BASE}/#/work-orders/${wo.id}`)
    await status(page).filter({ hasText: '处理中' }).waitFor()
    assert.equal(await page.locator('[data-test=step-accept], [data-test=step-cancel], [data-test=step-urgency]').count(), 0)
    assert.equal(await page.locator('[data-test=wo-subtasks]').count(), 0, 'technicians may not list sub-tasks')

    await page.locator('[data-test=step-hold]').click()
    const dialog = page.locator('.el-dialog', { hasText: '挂起期间时限暂停计时' })
    await dialog.locator('[data-test=dialog-reason]').fill('等待业主购买同款龙头')
    await dialog.locator('[data-test=dialog-confirm]').click()
    await dialog.waitFor({ state: 'hidden' })
    await noOverlay(page)
    await status(page).filter({ hasText: '挂起' }).waitFor()
    await page.locator('[data-test=wo-deadlines] .deadline[data-state=paused]').first().waitFor()
    await page.locator('[data-test=step-resume]').waitFor()
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'work-order-technician')
  })
})
