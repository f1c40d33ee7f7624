/**
 * Money as the billing pages handle it: the API's decimal strings of yuan ("312.40") are read into whole fen
 * (integers) before anything is added up, and shown with ¥, thousands separators and two places. No amount is ever
 * a float. Shares and rates move their decimal point as text (shiftDecimal), so what is sent is exactly what was typed.
 */
const AMOUNT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/

/** Whole fen of a yuan amount ("312.40" → 31240, "-0.5" → -50); null for anything that is not money to the fen. */
export function toFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null
  const match = AMOUNT.exec(String(text).trim())
  if (!match) return null
  const [, minus, yuan, decimals = ''] = match
  if (yuan.length > 13) return null
  const fen = Number(yuan) * 100 + Number(decimals.padEnd(2, '0'))
  return minus && fen !== 0 ? -fen : fen
}

/** Fen as the API's yuan string: 31240 → "312.40". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Fen as people read money: ¥1,234.50 (−¥3.00 when negative). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`
}

/** A yuan string as people read it; "—" when there is none or it is not money. */
export function formatMoney(text: string | null | undefined): string {
  const fen = toFen(text)
  return fen === null ? '—' : formatFen(fen)
}

/** The sum of yuan strings, in fen; what is not money counts as nothing. */
export function sumFen(amounts: readonly (string | null | undefined)[]): number {
  return amounts.reduce<number>((sum, a) => sum + (toFen(a) ?? 0), 0)
}

/** Whether a typed amount is money the API takes: above zero when asked, at most `digits` whole digits, to the fen. */
export function isAmount(text: string | null | undefined, { digits = 9, positive = true } = {}): boolean {
  const value = (text ?? '').trim()
  if (!new RegExp(`^\\d{1,${digits}}(\\.\\d{1,2})?$`).test(value)) return false
  return !positive || (toFen(value) ?? 0) > 0
}

/** A typed amount as the API's string with two places ("12.5" → "12.50"); null when it is not money. */
export function normalizeAmount(text: string | null | undefined): string | null {
  const fen = toFen((text ?? '').trim())
  return fen === null ? null : fenToYuan(fen)
}

/** A price (up to 4 decimals, per m² or per unit) as people read it: "2.5" → "¥2.50", "1.2345" → "¥1.2345". */
export function formatPrice(text: string | null | undefined): string {
  if (!text) return '—'
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text.trim())
  if (!match) return text
  const decimals = (match[2] ?? '').replace(/0+$/, '').padEnd(2, '0')
  return `¥${match[1].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`
}

/**
 * Moves a decimal number's point as text: ("5", -4) → "0.0005", ("0.3", 2) → "30". Null for anything that is not a
 * plain non-negative decimal.
 */
export function shiftDecimal(text: string | null | undefined, places: number): string | null {
  const match = /^(\d*)(?:\.(\d*))?$/.exec((text ?? '').trim())
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return null
  const whole = match[1] ?? ''
  const fraction = match[2] ?? ''
  let digits = whole + fraction
  let point = whole.length + places
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits = digits.padEnd(point, '0')
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const fracPart = digits.slice(point).replace(/0+$/, '')
  return fracPart ? `${intPart}.${fracPart}` : intPart
}

/** A share (0–1, "0.9350") as a percentage: "93.50%"; "—" when there is none. */
export function formatShare(share: string | null | undefined, places = 2): string {
  const percent = shiftDecimal(share, 2)
  if (percent === null) return '—'
  return `${Number(percent).toFixed(places)}%`
}
