// The KPI dashboard: a request created and accepted through the API shows in today's figures and charts, grouped
// by technician too, and the CSV export downloads a file Excel reads (BOM, header row, a row per group).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { appToken, call, launch, personPage, screenshot, signIn, submitRepair, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

/**
 * Waits until the chart has been drawn with its data; for counts and rates, data that add up to more than zero (the
 * average times of a fresh estate may all be under a second, which the dashboard rightly shows as 0).
 */
async function drawn(page, name, nonZero = true) {
  await page.waitForFunction(([n, positive]) => {
    const chart = document.querySelector(`[data-test="chart-${n}"]`)
    return chart?.dataset.ready === 'true' && (!positive || Number(chart.dataset.sum) > 0) && chart.querySelector('canvas') !== null
  }, [name, nonZero])
}

test('a supervisor picks today, sees the new request in the figures and charts, and exports them as CSV', async () => {
  const owner = await appToken(browser, '13800138001')
  let agent
  try {
    agent = await appToken(browser, 'zhaomin')
  } catch (e) {
    assert.fail(`the app client refused a customer-service agent, so the request cannot be accepted by API: ${e.message}`)
  }
  const request = await submitRepair(owner, unique('指标'))
  const accepted = await call(agent, 'POST', `/api/v1/tickets/${request.id}/accept`)
  assert.notEqual(accepted.status, 'SUBMITTED')

  const page = await personPage(browser)
  await signIn(page, 'zhenghua', '/kpi')
  await page.locator('[data-test=kpi-cards]').waitFor().catch(async (e) => { await screenshot(page, 'kpi-fail'); throw e })

  await page.locator('[data-test=kpi-period] input').first().click()
  await page.locator('.el-picker-panel__shortcut', { hasText: '今天' }).click()
  await page.locator('[data-test=kpi-caption]', { hasText: `· ${today()} ·` }).waitFor()
  await drawn(page, 'times', false)
  for (const chart of ['on-time', 'group-counts']) await drawn(page, chart)
  assert.ok(Number(await page.locator('[data-test=kpi-card-submitted] .kpi-card-value').textContent()) >= 1,
    'today counts the request just submitted')

  await page.locator('[data-test=kpi-group-by]').getByText('按维修工').click()
  await page.locator('[data-test=kpi-table] th', { hasText: '维修工' }).first().waitFor()
  await drawn(page, 'group-counts')
  await drawn(page, 'group-times', false)

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=kpi-export]').click()])
  assert.match(download.suggestedFilename(), /\.csv$/)
  const bytes = await readFile(await download.path())
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM for Excel')
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
  assert.match(lines[0], /^维修工,新增,完工,关闭,取消,未结,/)
  assert.ok(lines.length >= 3, 'a row per technician and the total')
  assert.match(lines.at(-1), /^合计,[1-9]/)

  assert.deepEqual(page.errors, [])
  await screenshot(page, 'kpi-dashboard')
})
