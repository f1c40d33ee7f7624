/**
 * Money as the billing pages handle it: the API's decimal strings in yuan ("312.40") are read into whole fen (integers,
 * exact up to 90 trillion yuan) for any sum or comparison, and written back as strings with two places. Never a float
 * for money.
 */
const AMOUNT = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/

/** Whole fen of an amount string ("312.4" → 31240, "-2.16" → -216); throws on anything that is not an amount. */
export function toFen(amount: string | null | undefined): number {
  const text = (amount ?? '').trim()
  const m = AMOUNT.exec(text)
  if (!m) throw new Error(`not an amount: "${amount}"`)
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] && fen !== 0 ? -fen : fen
}

/** Whole fen as the API writes an amount ("312.40"); negative with a leading minus. */
export function fenToAmount(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not whole fen: ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** An amount (string or fen) for people: "¥1,234.50", "-¥2.16"; a missing one is "—". */
export function yuan(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  const fen = typeof amount === 'number' ? amount : toFen(amount)
  const text = fenToAmount(Math.abs(fen))
  const [whole, cents] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fen < 0 ? '-' : ''}¥${grouped}.${cents}`
}

/** The sum of amounts, in fen. */
export function sumFen(amounts: readonly (string | null | undefined)[]): number {
  return amounts.reduce((sum, a) => sum + (a ? toFen(a) : 0), 0)
}

/**
 * What a person typed as an amount of money: a positive number with at most two decimals (a leading ¥ and commas are
 * allowed), in fen; null when it is not one.
 */
export function parseAmountInput(text: string | null | undefined, maxFen = 1_000_000_000): number | null {
  const cleaned = (text ?? '').replace(/[¥￥,，\s]/g, '')
  if (!/^\d{1,8}(\.\d{0,2})?$/.test(cleaned)) return null
  const fen = toFen(cleaned.endsWith('.') ? cleaned.slice(0, -1) : cleaned)
  return fen > 0 && fen <= maxFen ? fen : null
}

/** One open charge as the desk allocates to it. */
export interface Allocatable {
  chargeId: string
  outstanding: string
  dueOn: string
}

export interface AllocationPreview {
  /** fen paid on each charge, in the order they are paid */
  lines: { chargeId: string; fen: number; settles: boolean }[]
  /** fen kept as prepaid balance (预存) */
  prepaidFen: number
}

/**
 * How a desk payment of `amountFen` will be allocated, as billing-service does it: to the charges chosen, in the order
 * chosen, or — none chosen — to every open charge oldest (due day) first; what is left over is kept as prepaid.
 */
export function previewAllocation(amountFen: number, open: readonly Allocatable[], chosen: readonly string[]): AllocationPreview {
  const targets = chosen.length > 0
    ? chosen.map((id) => open.find((c) => c.chargeId === id)).filter((c): c is Allocatable => !!c)
    : [...open].sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  let left = Math.max(0, amountFen)
  const lines: AllocationPreview['lines'] = []
  for (const charge of targets) {
    if (left <= 0) break
    const owed = toFen(charge.outstanding)
    const fen = Math.min(owed, left)
    if (fen <= 0) continue
    lines.push({ chargeId: charge.chargeId, fen, settles: fen === owed })
    left -= fen
  }
  return { lines, prepaidFen: left }
}

/** What the desk proposes to take: what the chosen charges still owe, or everything owed when none is chosen. */
export function suggestedFen(open: readonly Allocatable[], chosen: readonly string[]): number {
  const targets = chosen.length > 0 ? open.filter((c) => chosen.includes(c.chargeId)) : open
  return sumFen(targets.map((c) => c.outstanding))
}
