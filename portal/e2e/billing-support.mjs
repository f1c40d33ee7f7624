// What the cashier and arrears browser tests set up through the API: a unit of their own (a new building of the demo
// community, so no other test's money is on its ledger), charges on it by a bill run of fee items made for the test
// (STATED amounts, due a chosen number of days after issue), money taken at the desk, the cashier's open batches closed
// so that a test's payments make a batch of their own.
import { setTimeout as sleep } from 'node:timers/promises'
import { BASE, COMMUNITY, unique } from './support.mjs'

/** A call that answers {status, body} whatever the status (setup that waits for billing to learn of a new unit). */
export async function attempt(token, method, path, body, headers = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = text
  }
  return { status: response.status, body: parsed }
}

/** Repeats a setup call while billing-service does not know the new unit yet (it learns of it from facility's event). */
export async function whenKnown(call, what) {
  const deadline = Date.now() + 30_000
  for (;;) {
    const answer = await call()
    const unknown = answer.status === 404 || (answer.status === 422 && /unknown-unit/.test(JSON.stringify(answer.body)))
    if (!unknown) {
      if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
      return answer.body
    }
    if (Date.now() > deadline) throw new Error(`${what}: billing-service never learnt of the unit (${answer.status})`)
    await sleep(250)
  }
}

const key = () => unique('e2e-billing')

/** A new building of the demo community, made by the property manager. */
export async function newBuilding(manager) {
  return call200(manager, 'POST', `/api/v1/communities/${COMMUNITY}/buildings`, { name: unique('E2E收费楼'), floors: 6 },
    { 'Idempotency-Key': key() })
}

let units = 0
/** A new occupied unit of that building, 89.50 m². */
export async function newUnit(manager, building) {
  units += 1
  return call200(manager, 'POST', `/api/v1/communities/${COMMUNITY}/units`, {
    buildingId: building.id, number: `1-${100 + units}`, floor: 1, type: 'RESIDENTIAL', state: 'OCCUPIED', buildingAreaSqm: 89.5,
  }, { 'Idempotency-Key': key() })
}

async function call200(token, method, path, body, headers) {
  const answer = await attempt(token, method, path, body, headers)
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return answer.body
}

/** Money taken at the desk through the API (setup), once per key. */
export async function deskPay(cashier, unitId, amount, method = 'CASH', idempotencyKey = key()) {
  return whenKnown(() => attempt(cashier, 'POST', '/api/v1/desk-payments', {
    communityId: COMMUNITY, unitId, method, amount, chargeIds: [], payerName: '端到端测试',
  }, { 'Idempotency-Key': idempotencyKey }), 'desk payment')
}

export const ledgerOf = (token, unitId, asOf) =>
  call200(token, 'GET', `/api/v1/ledgers/UNIT:${unitId}${asOf ? `?asOf=${asOf}` : ''}`)

/** Whether the running platform bills (fee items and bill runs, issue16-billruns); without them no charge can be made. */
export async function billsCharges(token) {
  return (await attempt(token, 'GET', `/api/v1/fee-items?communityId=${COMMUNITY}`)).status === 200
}

/** Today in China, and a day some days from it. */
export function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}
export function addDays(day, days) {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().substring(0, 10)
}

/**
 * Charges on a unit, by a bill run of this month for fee items made for the test: one line per entry, its stated
 * amount due `dueInDays` after issue. Answers the unit's ledger once the run is done.
 */
export async function billUnit(finance, unitId, entries) {
  const period = chinaToday().substring(0, 7)
  const items = []
  for (const entry of entries) {
    const item = await call200(finance, 'POST', '/api/v1/fee-items', {
      communityId: COMMUNITY, kind: 'OTHER', name: `${entry.name}-${unique('t').slice(-6)}`,
      standard: {
        effectiveFrom: `${period}-01`, formula: 'STATED', cycle: 'MONTHLY', mode: 'PREPAID',
        dueRule: { kind: 'DAYS_AFTER_ISSUE', days: entry.dueInDays ?? 0 },
      },
    }, { 'Idempotency-Key': key() })
    const attachKey = key()
    await whenKnown(() => attempt(finance, 'POST', `/api/v1/fee-items/${item.id}/attachments`, {
      target: { kind: 'UNIT', id: unitId }, amount: entry.amount, startsOn: `${period}-01`,
    }, { 'Idempotency-Key': attachKey }), 'attaching a fee item')
    items.push(item)
  }
  let run = await call200(finance, 'POST', '/api/v1/bill-runs', {
    communityId: COMMUNITY, period, feeItemIds: items.map((i) => i.id), dryRun: false,
  })
  const deadline = Date.now() + 60_000
  while (run.status !== 'DONE') {
    if (run.status === 'FAILED' || Date.now() > deadline) throw new Error(`bill run ${run.id}: ${run.status} ${run.error ?? ''}`)
    await sleep(300)
    run = await call200(finance, 'GET', `/api/v1/bill-runs/${run.id}`)
  }
  return ledgerOf(finance, unitId)
}

/** Closes the cashier's open batches of today (日结), so that the test's payments make a batch of their own. */
export async function closeOpenBatches(cashier, cashierId) {
  const batches = await call200(cashier, 'GET', `/api/v1/cashier-batches?communityId=${COMMUNITY}&day=${chinaToday()}`)
  for (const batch of batches.filter((b) => b.cashierId === cashierId && b.state === 'OPEN')) {
    await call200(cashier, 'POST', `/api/v1/cashier-batches/${batch.id}/close`, undefined, { 'If-Match': `"${batch.version}"` })
  }
}

/** Whole fen as the pages show money: ¥1,234.50. */
export const money = (fen) => `¥${String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(fen % 100).padStart(2, '0')}`
