// The fee pages: finance makes a fee item with a FIXED monthly standard through the page, charges it to the demo unit
// 1-1-101, tries the month (dry run: the total shown before anything is billed), runs it and follows it to DONE, and
// finds the bill of the month; the report page draws the collection chart and shows the month's figures, a new item's
// receivable in the review, and downloads the period's workbook. Each test makes its own fee item (a unique name), and
// ends its attachment at the month's end so that later months do not bill it.
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appToken, call, COMMUNITY, input, launch, scenarios, screenshot, SCREENSHOTS, signIn, UNIT_1_1_101, unique } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})
const { open, scenario } = scenarios('billing', () => browser)

const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const thisMonth = () => chinaToday().substring(0, 7)
const lastDayOfMonth = () => {
  const [y, m] = thisMonth().split('-').map(Number)
  return `${thisMonth()}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}
const key = () => unique('e2e-fees')

/** Picks an option of an Element Plus select (its popper is outside the select). */
async function pick(page, select, option) {
  await page.locator(`[data-test=${select}]`).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

/** Ends the test's attachments on the month's last day, so that next month's runs do not bill the demo unit for it. */
async function endAttachments(finance, itemId) {
  if (!finance || !itemId) return
  for (const a of await call(finance, 'GET', `/api/v1/fee-items/${itemId}/attachments`)) {
    if (!a.endsOn) await call(finance, 'PUT', `/api/v1/fee-items/${itemId}/attachments/${a.id}`, { endsOn: lastDayOfMonth() }, { 'If-Match': `"${a.version}"` })
  }
}

scenario('finance makes a FIXED monthly fee for 1-1-101, dry-runs the month, runs it to DONE and finds the bill', async () => {
  const finance = await appToken(browser, 'maxiaoyan')
  const name = unique('E2E物业费')
  let itemId
  try {
    const page = await open()
    await signIn(page, 'maxiaoyan', '/billing/fee-items')
    await page.locator('[data-test=fee-items-table], [data-state=empty]').first().waitFor()

    // a fee item with its first standard: FIXED, ¥123.45 a payer a month, monthly, prepaid, from this month's first day
    await page.locator('[data-test=fee-item-add]').click()
    const form = page.locator('[data-test=fee-item-form]')
    await form.locator(input('fee-name')).fill(name)
    await pick(page, 'std-formula', '固定金额')
    await form.locator(input('std-price')).fill('123.45')
    await form.locator('.el-input-group__append', { hasText: '元/户·月' }).waitFor()
    assert.equal(await form.locator('[data-test=std-effective] input').inputValue(), `${thisMonth()}-01`)
    await form.locator('[data-test=fee-item-save]').click()

    // the item opens on who it is charged to: nobody yet; charge it to 1-1-101 of 1号楼
    const detail = page.locator('[data-test=fee-item-detail]')
    await detail.locator('[data-test=fee-item-title]', { hasText: name }).waitFor()
    itemId = await detail.getAttribute('data-item')
    await detail.locator('[data-state=empty]').waitFor()
    await detail.locator('[data-test=attach-add]').click()
    const attach = page.locator('[data-test=attach-form]')
    await attach.locator('[data-test=attach-unit]').click()
    await page.keyboard.type('1-1-101')
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: /^1号楼 1-1-101$/ }).click()
    await attach.locator('[data-test=attach-save]').click()
    await detail.locator('[data-test=attachment-target]', { hasText: '1号楼 1-1-101' }).waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-fee-item.png') })
    const server = await call(finance, 'GET', `/api/v1/fee-items/${itemId}/attachments`)
    assert.deepEqual(server.map((a) => [a.target.kind, a.target.id, a.startsOn]), [['UNIT', UNIT_1_1_101, `${thisMonth()}-01`]])

    // the standard as kept
    await detail.getByRole('tab', { name: '标准历史' }).click()
    await detail.locator('[data-test=standards-table] [data-test=standard-price]', { hasText: '¥123.45' }).waitFor()

    // 出账: pick the month and the item; the run button waits for a dry run
    await detail.locator('[data-test=fee-item-close]').click()
    await page.locator('[data-test=fee-item-drawer]').waitFor({ state: 'hidden' })
    await page.locator('[data-test=nav]').getByText('出账', { exact: true }).click()
    await page.locator('[data-test=new-run]').waitFor()
    assert.equal(await page.locator('[data-test=run-period]').getAttribute('data-period'), thisMonth())
    await page.locator(input('run-item-search')).fill(name)
    const row = page.locator('[data-test=run-items] tr', { hasText: name })
    await row.getByText('可出账').waitFor()
    await row.locator('[data-test=run-item-check]').click()
    await page.locator('[data-test=run-picked]', { hasText: '已选 1 项' }).waitFor()
    assert.equal(await page.locator('[data-test=run-start]').isDisabled(), true, 'no run before a dry run')

    await page.locator('[data-test=run-dry]').click()
    const dry = page.locator('[data-test=dry-run-summary]')
    await dry.waitFor()
    assert.equal(await dry.locator('[data-test=run-total]').textContent(), '¥123.45')
    assert.equal(await dry.locator('[data-test=run-bills]').textContent(), '1')
    await dry.locator('[data-test=run-by-item] tr', { hasText: name }).getByText('¥123.45').waitFor()
    await dry.locator('[data-test=run-by-building] tr', { hasText: '1号楼' }).getByText('¥123.45').waitFor()
    const billed = await call(finance, 'GET', `/api/v1/bills?communityId=${COMMUNITY}&period=${thisMonth()}&unitId=${UNIT_1_1_101}`)
    assert.ok(!billed.bills.some((b) => b.lines.some((l) => l.feeItemId === itemId)), 'the dry run billed nothing')
    await screenshot(page, 'billing-dry-run')

    // the run: confirmed, then followed to DONE
    await page.locator('[data-test=run-start]').click()
    await page.locator('.el-message-box', { hasText: '¥123.45' }).locator('button', { hasText: '确认出账' }).click()
    await page.locator('[data-test=run-progress][data-status=DONE]').waitFor({ timeout: 60_000 })
    assert.match(await page.locator('[data-test=run-count]').textContent(), /已出 1 \/ 1 户/)
    assert.match(await page.locator('[data-test=run-done]').textContent(), /出账完成：1 份账单，合计 ¥123\.45/)

    // the bill of the month, with the item's line, as the server has it
    await page.locator('[data-test=run-show-bills]').click()
    await page.locator('[data-test=bills-period]').waitFor()
    assert.equal(await page.locator('[data-test=bills-period]').getAttribute('data-period'), thisMonth())
    await page.locator('[data-test=bills-unit]').click()
    await page.keyboard.type('1-1-101')
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: /^1号楼 1-1-101$/ }).click()
    const bill = page.locator('[data-test=bills-table] tr', { hasText: name })
    await bill.waitFor()
    assert.match(await bill.locator('[data-test=bill-unit]').textContent(), /1号楼 1-1-101/)
    const [serverBill] = (await call(finance, 'GET', `/api/v1/bills?communityId=${COMMUNITY}&period=${thisMonth()}&unitId=${UNIT_1_1_101}`)).bills
    assert.deepEqual(serverBill.lines.filter((l) => l.feeItemId === itemId).map((l) => [l.feeName, l.amount]), [[name, '123.45']])
    assert.equal(await bill.locator('[data-test=bill-total]').textContent(), `¥${Number(serverBill.total).toLocaleString('en-US', { minimumFractionDigits: 2 })}`)
    await bill.locator('.el-table__expand-icon').click()
    await page.locator('[data-test=bill-lines] tr', { hasText: name }).getByText('¥123.45').first().waitFor()

    assert.deepEqual(page.errors, [])
    await screenshot(page, 'billing-run')
  } finally {
    await endAttachments(finance, itemId)
  }
})

scenario('the report draws the month’s collection, reviews a new item’s receivable and downloads the workbook', async () => {
  const finance = await appToken(browser, 'maxiaoyan')
  const name = unique('E2E报表费')
  const item = await call(finance, 'POST', '/api/v1/fee-items', {
    communityId: COMMUNITY, kind: 'OTHER', name,
    standard: { effectiveFrom: `${thisMonth()}-01`, formula: 'FIXED', price: '67.89', cycle: 'MONTHLY', mode: 'PREPAID',
      dueRule: { kind: 'DAY_OF_MONTH', days: 28 } },
  }, { 'Idempotency-Key': key() })
  try {
    await call(finance, 'POST', `/api/v1/fee-items/${item.id}/attachments`, { target: { kind: 'UNIT', id: UNIT_1_1_101 }, startsOn: `${thisMonth()}-01` },
      { 'Idempotency-Key': key() })
    let run = await call(finance, 'POST', '/api/v1/bill-runs', { communityId: COMMUNITY, period: thisMonth(), feeItemIds: [item.id], dryRun: false })
    for (const deadline = Date.now() + 60_000; run.status !== 'DONE';) {
      assert.ok(run.status !== 'FAILED' && Date.now() < deadline, `bill run ${run.status} ${run.error ?? ''}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
      run = await call(finance, 'GET', `/api/v1/bill-runs/${run.id}`)
    }

    const page = await open()
    await signIn(page, 'maxiaoyan', '/billing/reports')
    // the chart: bars of receivable and collected with data, and this month's row with at least the new charge
    await page.waitForFunction(() => {
      const chart = document.querySelector('[data-test="chart-collection"]')
      return chart?.dataset.ready === 'true' && Number(chart.dataset.sum) > 0 && chart.querySelector('canvas') !== null
    })
    const month = page.locator('[data-test=collection-table] tr', { has: page.locator(`[data-test=collection-month-${thisMonth()}]`) })
    const [receivable, collected] = await Promise.all([
      month.locator('[data-test=collection-receivable]').textContent(), month.locator('[data-test=collection-collected]').textContent(),
    ])
    const yuan = (text) => Number(text.replace(/[¥,]/g, ''))
    assert.ok(yuan(receivable) >= 67.89, `this month's receivable ${receivable} holds the new charge`)
    const [server] = await call(finance, 'GET', `/api/v1/billing-reports/collection?communityId=${COMMUNITY}&from=${thisMonth()}&to=${thisMonth()}`)
    assert.ok(yuan(collected) <= yuan(server.collected) && yuan(receivable) <= yuan(server.receivable), 'the figures are the server’s (or older)')

    // the review of the month: the new item, receivable ¥67.89, nothing collected
    await page.getByRole('tab', { name: '应收审查' }).click()
    const line = page.locator('[data-test=review-by-item] tr', { hasText: name })
    await line.waitFor()
    assert.equal(await line.locator('[data-test=review-receivable]').textContent(), '¥67.89')
    assert.match(await line.textContent(), /0\.00%/)

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export-collection]').click()])
    assert.equal(download.suggestedFilename(), `收缴情况-${thisMonth()}.xlsx`)
    const bytes = await readFile(await download.path())
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) workbook')

    await page.getByRole('tab', { name: '收缴趋势' }).click()
    await page.locator('[data-test=chart-collection][data-ready=true]').waitFor()
    assert.deepEqual(page.errors, [])
    await screenshot(page, 'billing-report')
  } finally {
    await endAttachments(finance, item.id)
  }
})
