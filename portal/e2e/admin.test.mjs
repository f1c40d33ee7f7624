// The administrator's pages: announcements (a field error beside its field; one published to a building shows in
// the list), people (technicians with their skills and duty), integrations (message templates; webhooks).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, BASE, call, COMMUNITY, launch, personPage, screenshot, signIn, UNIT_1_1_101, unique } from './support.mjs'

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

test('an admin reads the message templates, is told beside the text of an unknown placeholder, and is told webhooks are the integrating system\'s', async () => {
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
  await screenshot(page, 'message-templates')

  // POST /api/v1/webhooks allows integration clients only (scope webhooks.manage), no staff role: the page says so
  const admin = await appToken(browser, 'admin')
  const refused = await fetch(`${BASE}/api/v1/webhooks`, {
    method: 'POST', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: 'http://127.0.0.1:9/hook', eventTypes: ['propertyops.ticket.created.v1'] }),
  })
  assert.equal(refused.status, 403, 'staff may not subscribe webhooks; when they may, this test should create one in the page')
  await page.locator('[data-test=integrations-tabs]').getByText('Webhook 订阅').click()
  await page.locator('[data-test=webhooks-refused]').getByText('webhooks.manage', { exact: false }).waitFor()
  assert.equal(await page.locator('[data-test=create-webhook]').count(), 0, 'no create button the server would refuse')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'integrations')
})
