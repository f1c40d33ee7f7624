// The administrator's pages: announcements (a field error beside its field; one published to a building shows in
// the list), people (technicians with their skills and duty), integrations (message templates; a webhook
// subscription whose signed deliveries reach a receiver started by the test, failing once, then redelivered).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { EventEmitter, on, once } from 'node:events'
import { appToken, call, COMMUNITY, launch, personPage, screenshot, signIn, submitRepair, UNIT_1_1_101, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('an admin is told beside the title that it is missing, then publishes an announcement to 1号楼 and sees it listed', async () => {
  const page = await personPage(browser)
  await signIn(page, 'admin', '/announcements')
  await page.locator('[data-test=compose]').click()
  const dialog = page.locator('[data-test=compose-dialog]')
  await dialog.locator('[data-test=field-body] textarea').fill('明天上午 9 点至 12 点 1 号楼停水检修，请提前储水。')
  await dialog.locator('[data-test=publish]').click()
  await dialog.locator('[data-test=field-title] .el-form-item__error').waitFor()
  assert.match(await dialog.locator('[data-test=field-title] .el-form-item__error').textContent(), /不能为空/)

  const title = unique('1号楼停水通知')
  await dialog.locator('[data-test=field-title] input').fill(title)
  await dialog.locator('[data-test=field-target]').getByText('指定楼栋').click()
  await dialog.locator('[data-test=publish]').click()
  await dialog.locator('[data-test=field-buildings] .el-form-item__error', { hasText: '请至少选择一栋楼' }).waitFor()
  await dialog.locator('[data-test=field-buildings] .el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '1号楼' }).click()
  await dialog.locator('[data-test=field-title] input').click() // closes the picker
  await dialog.locator('[data-test=publish]').click()
  await dialog.waitFor({ state: 'hidden' })

  const row = page.locator('[data-test=announcements-table] .el-table__row', { hasText: title })
  await row.waitFor()
  await row.getByText('1号楼', { exact: true }).waitFor()
  await row.getByText('已送达').waitFor() // the fan-out finished; the list read the reach again by itself
  assert.ok(Number(await row.locator('td').nth(5).textContent()) > 0, 'the residents of 1号楼 were reached')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'announcements')
})

test('an admin finds 周强 with his skills, and a weak initial password is refused beside its field', async () => {
  const page = await personPage(browser)
  await signIn(page, 'admin', '/people')
  const row = page.locator('[data-test=people-table] .el-table__row', { hasText: 'zhouqiang' })
  await row.waitFor()
  await row.getByText('周强').waitFor()
  await row.locator('[data-test=skills]').getByText('给排水').waitFor()
  await row.locator('[data-test=skills]').getByText('电气').waitFor()
  assert.equal(await row.locator('[data-test=duty]').count(), 1, 'an admin may put a technician on or off duty')

  await page.locator('input[data-test=people-search]').fill('吴刚')
  await page.locator('[data-test=people-table] .el-table__row', { hasText: 'zhouqiang' }).waitFor({ state: 'detached' })
  await page.locator('[data-test=people-table] .el-table__row', { hasText: 'wugang' }).waitFor()
  await page.locator('input[data-test=people-search]').fill('')

  await page.locator('[data-test=create-account]').click()
  const dialog = page.locator('[data-test=account-dialog]')
  await dialog.locator('[data-test=field-username] input').fill(unique('e2e-tech'))
  await dialog.locator('[data-test=field-name] input').fill('测试维修工')
  await dialog.locator('[data-test=field-roles]').getByText('维修工').click()
  await dialog.locator('[data-test=field-password] input').fill('short')
  await dialog.locator('[data-test=save]').click()
  await dialog.locator('[data-test=field-password] .el-form-item__error').waitFor()
  assert.match(await dialog.locator('[data-test=field-password] .el-form-item__error').textContent(), /10/)
  await dialog.getByRole('button', { name: '取消' }).click()
  await dialog.waitFor({ state: 'hidden' })

  assert.deepEqual(page.errors, [])
  await screenshot(page, 'people')
})

test('customer service sees a family member\'s binding request with the owner phone checked, and rejects it with a reason', async () => {
  const resident = await appToken(browser, '13800138002')
  const note = unique('e2e-binding')
  await call(resident, 'POST', '/api/v1/me/unit-bindings', {
    communityId: COMMUNITY, unitId: UNIT_1_1_101, relation: 'FAMILY', ownerPhone: '13800138001', note,
  })
  const page = await personPage(browser)
  await signIn(page, 'zhaomin', '/people?tab=bindings')
  const row = page.locator('[data-test=bindings-table] .el-table__row', { hasText: note })
  await row.waitFor()
  await row.getByText('王芳').waitFor()
  assert.equal((await row.locator('[data-test=owner-phone-matches]').textContent()).trim(), '与登记业主一致')
  assert.equal(await page.locator('[data-test=create-account]').count(), 0, 'an agent opens no accounts')
  await screenshot(page, 'unit-bindings')

  await row.locator('[data-test=reject]').click()
  const dialog = page.locator('[data-test=binding-dialog]')
  await dialog.locator('[data-test=decide]').click()
  await dialog.locator('.el-form-item__error').waitFor() // the server wants a reason, shown beside the field
  await dialog.locator('textarea').fill('端到端测试：不予绑定')
  await dialog.locator('[data-test=decide]').click()
  await dialog.waitFor({ state: 'hidden' })
  await row.waitFor({ state: 'detached' })
  assert.deepEqual(page.errors, [])
})

test('an admin reads the message templates and is told beside the text of an unknown placeholder', async () => {
  const page = await personPage(browser)
  await signIn(page, 'admin', '/integrations')
  const cell = page.locator('[data-test="template-WORK_ORDER_ACCEPTED-zh-CN"]')
  await cell.waitFor()
  await cell.locator('[data-test="edit-WORK_ORDER_ACCEPTED-zh-CN"]').click()
  const dialog = page.locator('[data-test=template-dialog]')
  const body = dialog.locator('[data-test=field-template-body] textarea')
  const original = await body.inputValue()
  assert.match(original, /\{number\}/)
  await body.fill(`${original}{noSuchField}`)
  await dialog.locator('[data-test=save-template]').click()
  await dialog.locator('[data-test=field-template-body] .el-form-item__error', { hasText: 'noSuchField' }).waitFor()
  await dialog.getByRole('button', { name: '取消' }).click()
  await dialog.waitFor({ state: 'hidden' })
  assert.equal(await cell.locator('.template-body').textContent(), original, 'nothing was saved')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'message-templates')
})

test('a property manager reads the message templates but has no webhooks tab (the webhook API allows administrators only)', async () => {
  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/integrations?tab=webhooks')
  await page.locator('[data-test="template-WORK_ORDER_ACCEPTED-zh-CN"]').waitFor()
  assert.equal(await page.locator('[data-test=integrations-tabs] .el-tabs__item', { hasText: 'Webhook' }).count(), 0)
  assert.equal(await page.locator('[data-test=create-webhook]').count(), 0)
  assert.deepEqual(page.errors, [])
})

/**
 * A webhook receiver on this machine (the local platform accepts plain http on loopback): it records every request
 * and answers 500 to the first delivery of each event, 200 to the next, so a delivery fails once and then succeeds.
 */
async function startReceiver() {
  const requests = []
  const arrived = new EventEmitter()
  const seen = new Set()
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const eventId = req.headers['x-propertyops-event-id']
      const status = seen.has(eventId) ? 200 : 500
      seen.add(eventId)
      const request = { path: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status, at: Date.now() }
      requests.push(request)
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'not now')
      arrived.emit('request', request)
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    /** The first request (already arrived or still to come) that `matches`, within `ms`. */
    async next(matches, ms = 30_000) {
      const found = requests.find(matches)
      if (found) return found
      const signal = AbortSignal.timeout(ms)
      for await (const [request] of on(arrived, 'request', { signal })) if (matches(request)) return request
      throw new Error('unreachable')
    },
    close: () => new Promise((resolve) => {
      server.close(resolve)
      server.closeAllConnections() // the platform keeps its connections open for the next delivery
    }),
  }
}

test('an admin subscribes a webhook (a refused URL told beside its field), keeps the secret shown once, and sees a signed delivery fail, then succeed when redelivered', async () => {
  const receiver = await startReceiver()
  let deletedInPage = false
  try {
    const page = await personPage(browser)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await signIn(page, 'admin', '/integrations?tab=webhooks')
    await page.locator('[data-test=create-webhook]:not([disabled])').waitFor()
    await page.locator('[data-test=create-webhook]').click()
    const dialog = page.locator('[data-test=webhook-dialog]')
    await dialog.locator('[data-test=field-url] input').fill('ftp://x')
    await dialog.locator('[data-test=field-event-types] .el-select').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'propertyops.ticket.created.v1' }).click()
    await dialog.locator('[data-test=field-url] input').click() // closes the picker
    await dialog.locator('[data-test=save-webhook]').click()
    await dialog.locator('[data-test=field-url] .el-form-item__error', { hasText: 'https://' }).waitFor()
    assert.equal(await dialog.locator('[data-test=field-event-types] .el-form-item__error').count(), 0)

    await dialog.locator('[data-test=field-url] input').fill(receiver.url)
    await dialog.locator('[data-test=save-webhook]').click()
    await dialog.waitFor({ state: 'hidden' })
    const secretDialog = page.locator('[data-test=webhook-secret]')
    const secret = (await secretDialog.locator('[data-test=secret-value]').textContent()).trim()
    assert.match(secret, /^whsec_[0-9a-f]{64}$/)
    await secretDialog.locator('[data-test=copy-secret]').click()
    await secretDialog.locator('[data-test=copy-secret]', { hasText: '已复制' }).waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret, 'the copy button copied the secret')
    await secretDialog.locator('[data-test=secret-saved]').click()
    await secretDialog.waitFor({ state: 'hidden' })
    assert.equal(await page.getByText(secret).count(), 0, 'the secret is shown only once')

    const row = page.locator('[data-test=webhooks-table] .el-table__row', { hasText: receiver.url })
    await row.waitFor()
    await row.getByText('propertyops.ticket.created.v1').waitFor()
    await row.getByText('翠湖花园').waitFor()

    // an owner's repair request reaches the receiver, signed with the secret the page showed
    const title = unique('webhook-repair')
    const owner = await appToken(browser, '13800138001')
    await submitRepair(owner, title)
    const first = await receiver.next((r) => JSON.parse(r.body).data?.title === title)
    const event = JSON.parse(first.body)
    assert.equal(first.path, '/hook')
    assert.equal(event.type, 'propertyops.ticket.created.v1')
    assert.equal(event.data.communityId, COMMUNITY)
    assert.match(first.headers['content-type'], /^application\/cloudevents\+json/)
    assert.equal(first.headers['x-propertyops-event-id'], event.id)
    const timestamp = first.headers['x-propertyops-timestamp']
    assert.ok(Math.abs(Number(timestamp) - Date.now() / 1000) < 300, 'the timestamp is now')
    const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${first.body}`).digest('hex')}`)
    const signature = Buffer.from(first.headers['x-propertyops-signature'])
    assert.ok(signature.length === expected.length && timingSafeEqual(signature, expected), 'HMAC-SHA256 of "timestamp.body" with the secret')
    assert.equal(first.status, 500)

    // the delivery log shows the failed attempt; redelivered from the page, it is delivered
    await row.locator('[data-test=open-deliveries]').click()
    const drawer = page.locator('[data-test=deliveries]')
    const delivery = drawer.locator('[data-test=deliveries-table] .el-table__row', { has: page.locator(`[data-event-id="${event.id}"]`) })
    await delivery.locator('[data-test=attempt][data-succeeded=false]', { hasText: 'HTTP 500' }).waitFor()
    assert.equal((await delivery.locator('[data-test=delivery-status]').textContent()).trim(), '等待投递')
    await delivery.locator('[data-test=redeliver]').click()
    const second = await receiver.next((r) => r.headers['x-propertyops-event-id'] === event.id && r.status === 200)
    assert.ok(second.at - first.at < 30_000, 'sent again by the redelivery, before the first automatic retry')
    assert.equal(second.body, first.body)
    await delivery.locator('[data-test=delivery-status]', { hasText: '已送达' }).waitFor() // the open log reads itself again
    assert.equal(await delivery.locator('[data-test=attempt]').count(), 2)
    await delivery.locator('[data-test=attempt]').nth(1).locator('text=HTTP 200').waitFor()
    assert.equal(await delivery.locator('[data-test=attempt][data-succeeded=true]').count(), 1)
    assert.deepEqual(page.errors, [])
    await page.locator('.el-message').first().waitFor({ state: 'detached' }) // the "redelivery scheduled" toast is gone
    await screenshot(page, 'integrations')

    // deleted (after confirming), nothing more is sent to it
    await drawer.locator('.el-drawer__close-btn').click()
    await drawer.waitFor({ state: 'hidden' })
    await row.locator('[data-test=delete-webhook]').click()
    const confirm = page.locator('.el-message-box')
    await confirm.getByText(receiver.url).waitFor()
    await confirm.getByRole('button', { name: '删除' }).click()
    await row.waitFor({ state: 'detached' })
    deletedInPage = true
    assert.deepEqual(page.errors, [])
  } finally {
    if (!deletedInPage) { // a failed run leaves no subscription that would fail every later delivery
      const admin = await appToken(browser, 'admin')
      for (const s of await call(admin, 'GET', '/api/v1/webhooks')) {
        if (s.url === receiver.url) await call(admin, 'DELETE', `/api/v1/webhooks/${s.id}`)
      }
    }
    await receiver.close()
  }
})
