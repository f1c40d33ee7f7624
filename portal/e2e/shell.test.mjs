// Signing in and out, role-aware navigation, the inbox, and who may not enter.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, BASE, call, launch, personPage, screenshot, signIn, submitRepair, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('a customer-service agent signs in with PKCE, sees only their areas, and the inbox counts a new request live', async () => {
  const page = await personPage(browser)
  await signIn(page, 'zhaomin')
  const nav = page.locator('[data-test=nav]')
  await nav.getByText('我的消息').waitFor()
  assert.equal(await nav.getByText('我的工单').count(), 0, 'an agent has no technician view entry')
  await page.getByText('您好，赵敏').waitFor()

  const owner = await appToken(browser, '13800138001')
  const agent = await appToken(browser, 'zhaomin')
  // the header shows the inbox's unread count once the live stream is up …
  await page.locator('.live-dot.up').waitFor()
  const before = (await call(agent, 'GET', '/api/v1/me/notifications?size=1')).unread
  const unread = () => page.locator('[data-test=inbox-badge]').getAttribute('data-unread').then(Number)
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=inbox-badge]')?.dataset.unread) === n, before)
  // … and counts a new request as it arrives, without a reload
  await submitRepair(owner, unique('收件箱'))
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=inbox-badge]')?.dataset.unread) > n, before)
  assert.ok((await unread()) > before)

  await page.goto(`${BASE}/#/inbox`)
  await page.locator('[data-test=inbox-table]').getByText('新报修待受理').first().waitFor()
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'inbox')
})

test('an owner signed in at the portal is told it is for staff, and a staff page stays closed', async () => {
  const page = await personPage(browser)
  await signIn(page, '13800138001')
  await page.locator('[data-test=no-access]').waitFor()
  await page.goto(`${BASE}/#/inbox`)
  await page.locator('[data-test=no-access]').waitFor()
  await screenshot(page, 'owner-no-access')

  // hiding is not protection: the server refuses an owner's token on the staff pages' calls
  const owner = await appToken(browser, '13800138001')
  for (const path of ['/api/v1/tickets?size=1', '/api/v1/roster', '/api/v1/ticket-reports/kpis', '/api/v1/accounts']) {
    const response = await fetch(`${BASE}${path}`, { headers: { Authorization: `Bearer ${owner}` } })
    assert.ok([403, 404].includes(response.status), `${path} answered an owner ${response.status}`)
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/)
  }
})

test('signing out revokes the session: the next visit asks for the password again', async () => {
  const page = await personPage(browser)
  await signIn(page, 'zhenghua')
  await page.locator('[data-test=user-menu]').click()
  await page.locator('[data-test=sign-out]').click()
  await page.getByText('您已退出登录。').waitFor()
  await page.locator('[data-test=sign-in]').click()
  await page.waitForURL(/\/login/)
  assert.equal(await page.locator('input[name=password]').count(), 1)
  await screenshot(page, 'signed-out')
})
