// Plans and inspection rounds (计划与巡检) in the browser. The live round board: a route of two points and a round on
// it are made through the API — the first point's window closing a minute after, the second due later — and the
// supervisor 郑华 watches the board while a technician checks the second point in at phone width (with an abnormal
// reading); the board then shows that point checked (early or on time) and the first one missed, in red, as soon as the server's
// missed-point watch marks it (the page reads again on the notification or on its 30 s refresh; the test waits on
// the page, never sleeps). The round's points open with who checked, when, the answers and the finding reported.
// Plans: a supervisor defines a weekly plan on the page, finds each of its occurrences on next month's calendar
// under the right weekday, and pauses it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, call, COMMUNITY, launch, personPage, PHONE, screenshot, signIn, unique } from './support.mjs'

let browser
const tokens = {}
before(async () => {
  browser = await launch()
})
/** Plans a test defined, removed at the end so the shared platform does not go on generating their work. */
const planNames = []
after(async () => {
  try {
    if (planNames.length && tokens.zhenghua) {
      const plans = await call(tokens.zhenghua, 'GET', `/api/v1/plans?communityId=${COMMUNITY}`)
      for (const plan of plans.filter((p) => planNames.includes(p.name))) {
        await call(tokens.zhenghua, 'DELETE', `/api/v1/plans/${plan.id}`)
      }
    }
  } finally {
    await browser?.close()
  }
})

/** The pages a test opened: when it fails each is saved as rounds-failed-<n>.png; all are closed after. */
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
      for (const [i, page] of opened.entries()) await screenshot(page, `rounds-failed-${i + 1}`).catch(() => undefined)
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

/** An input by its data-test, whether the component put the attribute on the input (el-input) or on its root. */
function input(name) {
  return `input[data-test=${name}], [data-test=${name}] input`
}

/** The person id a token is for (its subject). */
function idOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).sub
}

scenario('the live round board shows a point checked at phone width and a missed one in red when the watch marks it', async () => {
  const [supervisor, technician] = await Promise.all([token('zhenghua'), token('zhouqiang')])
  const tag = unique('QR-E2E')
  const name = unique('设备房巡检')
  // the round opened a minute ago: the first point's window [−60 s, +75 s) closes soon, the second opens after it
  const route = await call(supervisor, 'POST', '/api/v1/inspection-routes', {
    communityId: COMMUNITY, name, category: 'plumbing', window: 'PT10M',
    points: [
      { id: 'gate', name: '消防通道门', location: { kind: 'COMMON_AREA', id: 'e2e-fire-door' }, locationName: '地库 B1 消防通道',
        tag: `${tag}-GATE`, offset: 'PT0S',
        checklist: [{ id: 'closed', label: '门已关闭', type: 'PASS_FAIL', faultType: 'door.open', severity: 'HIGH' }] },
      { id: 'pump', name: '2号生活水泵', location: { kind: 'COMMON_AREA', id: 'e2e-pump-room' }, locationName: '3号楼 水泵房',
        tag: `${tag}-PUMP`, offset: 'PT135S',
        checklist: [
          { id: 'pressure', label: '出水压力', type: 'NUMBER', min: 0.25, max: 0.6, unit: 'MPa', faultType: 'pump.pressure-low', severity: 'HIGH' },
          { id: 'noise', label: '运行声音', type: 'CHOICE', options: ['正常', '异响', '停机'], abnormalOptions: ['异响', '停机'], faultType: 'pump.noise' },
        ] },
    ],
  }, { 'Idempotency-Key': `e2e-${tag}` })
  const round = await call(supervisor, 'POST', '/api/v1/rounds', {
    routeId: route.id, windowStart: new Date(Date.now() - 60_000).toISOString(),
    assigneeIds: [idOf(technician)], supervisorId: idOf(supervisor),
  }, { 'Idempotency-Key': `e2e-round-${tag}` })
  assert.deepEqual(round.pointStates.map((p) => p.state), ['DUE', 'UPCOMING'])

  // 郑华 opens the board: the round with its first point due
  const board = await open()
  await signIn(board, 'zhenghua', '/rounds')
  const card = board.locator(`[data-test=board-round][data-round="${round.id}"]`)
  await card.waitFor()
  const gate = card.locator('[data-test=board-point][data-point=gate]')
  const pump = card.locator('[data-test=board-point][data-point=pump]')
  assert.equal(await gate.getAttribute('data-state'), 'DUE')
  assert.equal(await pump.getAttribute('data-state'), 'UPCOMING')

  // 周强 checks the pump in on his phone: the tag typed (the app scans it), a low pressure, the noise normal
  const phone = await open(PHONE)
  await signIn(phone, 'zhouqiang', '/rounds/mine')
  const mine = phone.locator(`[data-test=my-round][data-round="${round.id}"]`)
  await mine.locator('[data-test=my-point][data-point=pump] [data-test=my-point-check]').click()
  const form = phone.locator('[data-test=checkin]')
  await form.locator(input('checkin-tag')).fill(`${tag}-WRONG`)
  await form.locator('[data-test=checkin-item][data-item=pressure]').locator(input('answer-value')).fill('0.18')
  await form.locator('[data-test=checkin-item][data-item=noise] [data-test=answer-choice]', { hasText: '正常' }).click()
  await form.locator('[data-test=checkin-item][data-item=pressure] [data-test=answer-abnormal]').waitFor()
  await form.locator('[data-test=checkin-position]').click() // no position: the browser has none to give
  await form.locator('[data-test=checkin-send]').click()
  // a wrong tag is refused beside the tag, in words
  await form.locator('.el-form-item__error', { hasText: '标签与此点位不符' }).waitFor()
  await form.locator(input('checkin-tag')).fill(`${tag}-PUMP`)
  await form.locator('[data-test=checkin-send]').click()
  await form.waitFor({ state: 'hidden' })
  // checked early (before its window opens) or on time, as fast as the pages went
  const checked = ':is([data-state=EARLY], [data-state=ON_TIME])'
  await mine.locator(`[data-test=my-point][data-point=pump]${checked}`).waitFor()
  await screenshot(phone, 'rounds-mine-phone')
  assert.deepEqual(phone.errors, [])

  // the board follows: the pump checked, the gate missed in red once the watch has marked it (within a tick
  // of its window's end; the page reads again on the notification or its refresh)
  await card.locator(`[data-test=board-point][data-point=pump]${checked}`).waitFor({ timeout: 90_000 })
  await card.locator('[data-test=board-point][data-point=gate][data-state=MISSED]').waitFor({ timeout: 90_000 })
  const red = await gate.evaluate((el) => getComputedStyle(el).backgroundColor)
  assert.equal(red, 'rgb(245, 108, 108)', 'a missed point stands out in red')
  await card.locator('[data-test=round-count-MISSED]', { hasText: '1' }).waitFor()
  assert.match(await board.locator('[data-test=board-missed-alert]').innerText(), /漏检/)

  // the round's points: who checked the pump, when, the low pressure in red with the finding it reported
  await card.click()
  const drawer = board.locator('[data-test=round-drawer]')
  const checkedPump = drawer.locator('[data-test=drawer-point][data-point=pump]')
  await checkedPump.locator('[data-test=drawer-checked]', { hasText: '周强' }).waitFor()
  await checkedPump.locator('[data-test=drawer-answer][data-abnormal=true]', { hasText: '0.18 MPa' }).waitFor()
  await checkedPump.locator('[data-test=drawer-finding]').waitFor()
  await drawer.locator('[data-test=drawer-point][data-point=gate][data-state=MISSED]', { hasText: '漏检' }).waitFor()
  await screenshot(board, 'rounds-board')
  assert.deepEqual(board.errors, [])
})

/** The Mondays and Thursdays of a month YYYY-MM, as YYYY-MM-DD. */
function mondaysAndThursdays(month) {
  const [y, m] = month.split('-').map(Number)
  const days = []
  for (let d = new Date(Date.UTC(y, m - 1, 1)); d.getUTCMonth() === m - 1; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 1 || d.getUTCDay() === 4) days.push(d.toISOString().substring(0, 10))
  }
  return days
}

scenario('a supervisor defines a weekly plan on the page and sees each occurrence on the calendar', async () => {
  const page = await open()
  await signIn(page, 'zhenghua', '/plans')
  const name = unique('消防栓周检')
  planNames.push(name)
  await token('zhenghua')
  await page.locator('[data-test=plans-new]').click()
  const form = page.locator('[data-test=plan-form]')
  await form.locator(input('pf-name')).fill(name)
  // saved without its place: told beside the field, nothing sent
  await form.locator('[data-test=pf-save]').click()
  await form.locator('.el-form-item__error').first().waitFor()
  await form.locator(input('pf-location-id')).fill('e2e-hydrant-b1')
  await form.locator(input('pf-location-name')).fill('地库 B1 消防栓')
  await form.locator(input('pf-category')).fill('plumbing')
  await form.locator('[data-test=pf-frequency-WEEKLY]').click()
  await form.locator('[data-test=pf-days] label', { hasText: '周四' }).click()
  assert.equal(await form.locator('[data-test=pf-words]').innerText(), '每周一、周四')
  await form.locator(input('pf-window-hours')).fill('3')
  await form.locator('[data-test=cl-add]').click()
  await form.locator(input('cl-label')).fill('水压正常、无渗漏')
  await form.locator('[data-test=pf-save]').click()
  await form.waitFor({ state: 'hidden' })
  const row = page.locator('[data-test=plans-table] tr', { hasText: name })
  await row.locator('[data-test=plan-schedule]', { hasText: '每周一、周四' }).waitFor()
  await row.locator('[data-test=plan-status][data-active=true]').waitFor()

  // next month on the calendar: one occurrence on each Monday and Thursday, planned (not generated yet)
  await page.locator('[data-test=plans-calendar]').click()
  await page.locator('[data-test=calendar]').waitFor()
  await page.locator('[data-test=cal-next]').click()
  const month = await page.locator('[data-test=cal-month]').innerText()
  const expected = mondaysAndThursdays(month.trim())
  const entries = page.locator('[data-test=cal-entry]', { hasText: name })
  await entries.first().waitFor()
  const cells = await entries.evaluateAll((els) => els.map((el) => {
    const cell = el.closest('[data-test=cal-day]')
    return { date: cell.getAttribute('data-date'), column: cell.cellIndex }
  }))
  assert.deepEqual(cells.map((c) => c.date).filter((d) => d.startsWith(month.trim())), expected)
  // under the Monday and Thursday headings
  assert.deepEqual([...new Set(cells.map((c) => c.column))].sort(), [0, 3])
  assert.deepEqual(await page.locator('[data-test=calendar] thead th').evaluateAll((ths) => [ths[0].innerText, ths[3].innerText]), ['周一', '周四'])
  assert.ok((await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-generated')))).every((g) => g === 'false'))
  await page.locator(`[data-test=cal-day][data-date="${expected[0]}"]`).click()
  await page.locator('[data-test=cal-day-detail] tr', { hasText: name }).locator('[data-test=cal-detail-standing]', { hasText: '待生成' }).waitFor()
  await screenshot(page, 'rounds-plan-calendar')

  // paused on the list (sent with the version read): nothing more is generated for it
  await page.locator('[data-test=cal-plans]').click()
  const listed = page.locator('[data-test=plans-table] tr', { hasText: name })
  await listed.locator('[data-test=plan-toggle]').click()
  await listed.locator('[data-test=plan-status][data-active=false]').waitFor()
  await listed.locator('[data-test=plan-next]', { hasText: '已暂停' }).waitFor()
  await screenshot(page, 'rounds-plans')
  assert.deepEqual(page.errors, [])
})
