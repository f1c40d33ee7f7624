// The estate (房产资料) and the move-in handover (入住交接) as property staff use them: a property manager adds a
// building and a unit, edits a unit's area on its version (and is told when someone changed it first), imports a
// unit list from XLSX — a file with a bad row is checked, refused and writes nothing; a good one creates its units —
// and hands a unit over to its owner until it is occupied. Customer service reads the estate without editing it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appToken, BASE, call, COMMUNITY, launch, personPage, screenshot, signIn, unique } from './support.mjs'
import { HEADER, xlsx } from './estate-xlsx.mjs'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let browser
let manager
before(async () => {
  browser = await launch()
  manager = await appToken(browser, 'huangjianguo')
})
after(async () => {
  await browser?.close()
})

const key = () => unique('e2e-estate')

/** A new building of the demo community, made through the API, with the units given. */
async function buildingWith(units) {
  const building = await call(manager, 'POST', `/api/v1/communities/${COMMUNITY}/buildings`,
    { name: unique('E2E楼'), floors: 6 }, { 'Idempotency-Key': key() })
  const made = []
  for (const unit of units) {
    made.push(await call(manager, 'POST', `/api/v1/communities/${COMMUNITY}/units`, {
      buildingId: building.id, floor: 1, type: 'RESIDENTIAL', state: 'HANDED_OVER', buildingAreaSqm: 89.5, interiorAreaSqm: 74.2, ...unit,
    }, { 'Idempotency-Key': key() }))
  }
  return { building, units: made }
}

const unitsOf = (buildingId) => call(manager, 'GET', `/api/v1/communities/${COMMUNITY}/units?buildingId=${buildingId}`)
const buildingNamed = async (name) => (await call(manager, 'GET', `/api/v1/communities/${COMMUNITY}`)).buildings.find((b) => b.name === name)
const unitRow = (page, number) => page.locator('[data-test=units-table] .el-table__body tr', { has: page.locator(`[data-test=unit-number]:text-is("${number}")`) })

async function openBuilding(page, name) {
  await page.locator(`[data-test=building][data-name="${name}"]`).click()
  await page.locator('[data-test=building-title]', { hasText: name }).waitFor()
}

test('a property manager adds a building and a unit through the page and sees them listed', async () => {
  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/estate')
  await page.locator('[data-test=buildings]').waitFor()

  const name = unique('E2E楼')
  await page.locator('[data-test=add-building]').click()
  const buildingDialog = page.locator('[data-test=building-dialog]')
  await buildingDialog.locator('[data-test=building-name]').fill(name)
  await buildingDialog.locator('[data-test=building-floors] input').fill('12')
  await buildingDialog.locator('[data-test=building-save]').click()
  await page.locator(`[data-test=building][data-name="${name}"]`).waitFor()
  await page.locator('[data-test=building-title]', { hasText: name }).waitFor()
  assert.match(await page.locator(`[data-test=building][data-name="${name}"]`).textContent(), /12 层 · 0 户/)

  await page.locator('[data-test=add-unit]').click()
  const dialog = page.locator('[data-test=unit-dialog]')
  await dialog.locator('[data-test=unit-number-input]').fill('8-1-301')
  await dialog.locator('[data-test=unit-floor] input').fill('3')
  await dialog.locator('[data-test=unit-building-area]').fill('89.555')
  await dialog.locator('[data-test=unit-save]').click()
  await dialog.getByText('最多两位小数').waitFor() // checked beside its field before anything is sent
  await dialog.locator('[data-test=unit-building-area]').fill('88.5')
  await dialog.locator('[data-test=unit-interior-area]').fill('70.25')
  await dialog.locator('[data-test=unit-save]').click()

  const row = unitRow(page, '8-1-301')
  await row.waitFor()
  assert.match(await row.textContent(), /住宅.*未售.*88\.50.*70\.25/)
  await page.locator(`[data-test=building][data-name="${name}"]`, { hasText: '12 层 · 1 户' }).waitFor()

  const stored = await buildingNamed(name)
  assert.equal(stored.floors, 12)
  const [unit] = await unitsOf(stored.id)
  assert.equal(unit.number, '8-1-301')
  assert.equal(unit.floor, 3)
  assert.equal(Number(unit.buildingAreaSqm), 88.5)
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-units')
})

test("editing a unit's area saves it on its version; someone else's change first is shown and reloaded", async () => {
  const { building, units: [unit] } = await buildingWith([{ number: '7-1-101' }])
  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/estate')
  await openBuilding(page, building.name)

  const row = unitRow(page, '7-1-101')
  await row.locator('[data-test=edit-unit]').click()
  const dialog = page.locator('[data-test=unit-dialog]')
  await dialog.locator('[data-test=unit-building-area]').fill('95.25')
  await dialog.locator('[data-test=unit-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  await row.locator('[data-test=unit-building-area-cell]', { hasText: '95.25' }).waitFor()
  const saved = await call(manager, 'GET', `/api/v1/units/${unit.id}`)
  assert.equal(Number(saved.buildingAreaSqm), 95.25)
  assert.equal(saved.version, unit.version + 1)

  // the dialog reads version 2; someone else changes the floor meanwhile; saving is refused (412) and reloads
  await row.locator('[data-test=edit-unit]').click()
  await dialog.locator('[data-test=unit-building-area]').fill('96')
  await call(manager, 'PUT', `/api/v1/units/${unit.id}`, { ...bodyOf(saved), floor: 2 }, { 'If-Match': `"${saved.version}"` })
  await dialog.locator('[data-test=unit-save]').click()
  await dialog.locator('[data-test=unit-stale]').waitFor()
  assert.equal(await dialog.locator('[data-test=unit-floor] input').inputValue(), '2', 'the form shows the unit as it is now')
  assert.equal(await dialog.locator('[data-test=unit-building-area]').inputValue(), '95.25')
  assert.equal(Number((await call(manager, 'GET', `/api/v1/units/${unit.id}`)).buildingAreaSqm), 95.25, 'the stale save wrote nothing')
  await screenshot(page, 'estate-unit-stale')

  await dialog.locator('[data-test=unit-building-area]').fill('96')
  await dialog.locator('[data-test=unit-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  await row.locator('[data-test=unit-building-area-cell]', { hasText: '96.00' }).waitFor()
  const after = await call(manager, 'GET', `/api/v1/units/${unit.id}`)
  assert.equal(Number(after.buildingAreaSqm), 96)
  assert.equal(after.floor, 2, "the other person's change is kept")
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-unit-edit')
})

function bodyOf(unit) {
  const { buildingId, number, floor, type, state, buildingAreaSqm, interiorAreaSqm } = unit
  return { buildingId, number, floor, type, state, buildingAreaSqm, interiorAreaSqm }
}

test('an XLSX with a bad row is checked, refused and writes nothing; a good file creates its units', async () => {
  const name = unique('E2E导入楼')
  const rows = (area) => [HEADER,
    [name, '', 1, '9-1-101', '住宅', '未售', 89.5, 74.2],
    [name, '', 1, '9-1-102', '商铺', '已交付', area, null],
    [name, '', 2, '9-1-201', '住宅', '未售', 120, 100]]
  const bad = { name: 'bad-units.xlsx', mimeType: XLSX, buffer: xlsx(rows('八十九')) }
  const good = { name: 'units.xlsx', mimeType: XLSX, buffer: xlsx(rows(66.6)) }

  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/estate?tab=import')
  const run = page.locator('[data-test=import-run]')
  await page.locator('[data-test=import-file]').setInputFiles(bad)
  assert.equal(await run.isDisabled(), true, 'nothing to import before a check')
  await page.locator('[data-test=import-check]').click()
  const problems = page.locator('[data-test=import-result] [data-test=import-problems] .el-table__body tr')
  await problems.first().waitFor()
  assert.equal(await problems.count(), 1)
  assert.match(await problems.first().textContent(), /^\s*3\s*建筑面积\s*不是数字/)
  assert.equal(await page.locator('[data-test=total-problems]').textContent(), '1')
  assert.equal(await page.locator('[data-test=total-rows]').textContent(), '3')
  assert.equal(await run.isDisabled(), true, 'a file with problems cannot be imported')
  assert.equal(await buildingNamed(name), undefined, 'the dry run wrote nothing')
  await screenshot(page, 'estate-import-dry-run')

  // were the check fooled into passing the file, the service still refuses it and the page lists its rows
  await page.route(/estate-imports\?dryRun=true/, async (route) => {
    const response = await route.fetch()
    const json = await response.json()
    await route.fulfill({ response, json: { ...json, problemCount: 0, problems: [], unitsToCreate: 3 } })
  })
  await page.locator('[data-test=import-check]').click()
  await page.locator('[data-test=import-hint]', { hasText: '检查通过，可以导入' }).waitFor()
  await run.click()
  const refused = page.locator('[data-test=import-refused]')
  await refused.getByText('导入被拒绝：文件有 1 个问题').waitFor()
  assert.match(await refused.locator('.el-table__body tr').first().textContent(), /3\s*建筑面积/)
  await page.unroute(/estate-imports\?dryRun=true/)
  assert.equal(await buildingNamed(name), undefined, 'the refused import wrote nothing')

  await page.locator('[data-test=import-file]').setInputFiles(good)
  await page.locator('[data-test=import-check]').click()
  await page.locator('[data-test=import-hint]', { hasText: '检查通过，可以导入' }).waitFor()
  assert.equal(await page.locator('[data-test=total-units]').textContent(), '3')
  assert.equal(await page.locator('[data-test=total-problems]').textContent(), '0')
  await run.click()
  await page.locator('[data-test=import-done]', { hasText: '新建 3 套房屋、1 栋楼' }).waitFor()
  assert.equal(await run.isDisabled(), true, 'an imported file is not imported twice')
  await screenshot(page, 'estate-import-done')

  await page.getByRole('tab', { name: '楼栋与房屋' }).click()
  await openBuilding(page, name)
  for (const number of ['9-1-101', '9-1-102', '9-1-201']) await unitRow(page, number).waitFor()
  assert.match(await unitRow(page, '9-1-102').textContent(), /商铺.*已交付.*66\.60/)
  assert.equal((await unitsOf((await buildingNamed(name)).id)).length, 3)
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-import-units')
})

test('a handover lists what is missing until it is complete; completing it moves the unit in', async () => {
  const { building, units: [unit] } = await buildingWith([{ number: '6-1-1201', floor: 12 }])
  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/handover')
  await page.locator('[data-test=handover-search]').fill('6-1-1201')
  const listed = page.locator('[data-test=handover-units] .el-table__body tr', { hasText: building.name })
  await listed.waitFor()
  await listed.locator('[data-test=open-handover]').click()
  await page.waitForURL(new RegExp(`/handover/${unit.id}$`))
  await page.locator('[data-test=handover-unit-state]', { hasText: '已交付' }).waitFor()

  await page.locator('[data-test=handover-complete]').click()
  const missing = page.locator('[data-test=handover-missing]')
  await missing.waitFor()
  const text = await missing.textContent()
  for (const part of ['“墙面”还没有查验结果', '还没有交付钥匙', '水表还没有抄表', '业主尚未确认已阅《业主手册》', '还没有指定业主']) {
    assert.ok(text.includes(part), `missing lists ${part}: ${text}`)
  }

  const items = page.locator('[data-test=handover-item]')
  const count = await items.count()
  assert.ok(count >= 5, 'the usual items are listed')
  for (let i = 0; i < count; i++) await items.nth(i).locator('[data-test=item-pass]').click()
  const walls = page.locator('[data-test=handover-item][data-name=墙面]')
  await walls.locator('[data-test=item-defect]').click()
  await walls.locator('[data-test=item-note]').fill('次卧墙面有一处 5 cm 裂缝')
  await page.locator('[data-test=key-count] input').first().fill('3')
  await page.locator('[data-test=reading-WATER]').fill('12.5')
  await page.locator('[data-test=reading-ELECTRICITY]').fill('345.6')
  const documents = page.locator('[data-test=document-received]')
  for (let i = 0; i < await documents.count(); i++) await documents.nth(i).click()
  await page.locator('[data-test=handover-handbook]').click()
  await page.locator('[data-test=handover-owner] input').fill('13800138001')
  await page.locator('.el-select-dropdown__item', { hasText: '张伟' }).click()

  await page.locator('[data-test=handover-save]').click()
  await page.locator('[data-test=handover-status]', { hasText: '各项已齐全，可以完成交接' }).waitFor()
  const recorded = await call(manager, 'GET', `/api/v1/units/${unit.id}/handover`)
  assert.equal(recorded.completed, false)
  assert.deepEqual(recorded.missing, [])
  assert.equal(recorded.items.find((i) => i.name === '墙面').note, '次卧墙面有一处 5 cm 裂缝')

  await page.locator('[data-test=handover-complete]').click()
  await page.locator('[data-test=handover-completed]').waitFor()
  await page.locator('[data-test=handover-unit-state]', { hasText: '已入住' }).waitFor()
  assert.equal(await page.locator('[data-test=handover-complete]').count(), 0, 'a completed handover cannot change')
  assert.equal((await call(manager, 'GET', `/api/v1/units/${unit.id}`)).state, 'OCCUPIED')
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-handover')

  await page.goto(`${BASE}/#/estate`)
  await openBuilding(page, building.name)
  await unitRow(page, '6-1-1201').locator('[data-test=unit-state-tag]', { hasText: '已入住' }).waitFor()
})

test('a parking area gets a space sold with a unit; a common area is added with its kind', async () => {
  const { building, units: [unit] } = await buildingWith([{ number: '4-1-101' }])
  const page = await personPage(browser)
  await signIn(page, 'huangjianguo', '/estate?tab=parking')
  const areaName = unique('地下车库')
  await page.locator('[data-test=add-parking-area]').click()
  await page.locator('[data-test=parking-area-name]').fill(areaName)
  await page.locator('[data-test=parking-area-dialog]').getByRole('button', { name: '保存' }).click()
  await page.locator('[data-test=parking-area].active', { hasText: areaName }).waitFor()

  await page.locator('[data-test=add-space]').click()
  const dialog = page.locator('[data-test=space-dialog]')
  await dialog.locator('[data-test=space-number]').fill('B-012')
  await dialog.getByText('已售', { exact: true }).click()
  await dialog.locator('[data-test=space-unit]').click()
  await page.keyboard.type('4-1-101')
  await page.locator('.el-select-dropdown__item', { hasText: `${building.name} 4-1-101` }).click()
  await dialog.locator('[data-test=space-save]').click()
  const row = page.locator('[data-test=spaces-table] .el-table__body tr', { hasText: 'B-012' })
  await row.waitFor()
  assert.match(await row.textContent(), new RegExp(`B-012\\s*已售\\s*${building.name} 4-1-101`))
  const community = await call(manager, 'GET', `/api/v1/communities/${COMMUNITY}`)
  const area = community.parkingAreas.find((a) => a.name === areaName)
  const [space] = await call(manager, 'GET', `/api/v1/communities/${COMMUNITY}/parking-areas/${area.id}/spaces`)
  assert.deepEqual([space.number, space.state, space.unitId], ['B-012', 'SOLD', unit.id])
  await screenshot(page, 'estate-parking')

  await page.getByRole('tab', { name: '公共区域' }).click()
  const commonName = unique('水泵房')
  await page.locator('[data-test=add-area]').click()
  const areaDialog = page.locator('[data-test=area-dialog]')
  await areaDialog.locator('[data-test=area-name]').fill(commonName)
  await areaDialog.locator('[data-test=area-kind]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '水泵房' }).click()
  await areaDialog.locator('[data-test=area-building]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: building.name }).click()
  await areaDialog.locator('[data-test=area-save]').click()
  const areaRow = page.locator('[data-test=areas-table] .el-table__body tr', { hasText: commonName })
  await areaRow.waitFor()
  assert.match(await areaRow.textContent(), new RegExp(`水泵房\\s*${building.name}`))
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-common-areas')
})

test('customer service reads the estate and hands units over, but does not edit or import', async () => {
  const { building } = await buildingWith([{ number: '5-1-101' }])
  const page = await personPage(browser)
  await signIn(page, 'zhaomin', '/estate')
  await openBuilding(page, building.name)
  await unitRow(page, '5-1-101').waitFor()
  assert.equal(await page.locator('[data-test=add-building], [data-test=add-unit], [data-test=edit-unit]').count(), 0)
  assert.equal(await page.getByRole('tab', { name: '批量导入' }).count(), 0)
  assert.equal(await unitRow(page, '5-1-101').locator('[data-test=unit-handover]').count(), 1)
  assert.deepEqual(page.errors, [])
  await screenshot(page, 'estate-reader')
})
