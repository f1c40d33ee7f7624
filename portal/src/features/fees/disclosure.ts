import { normalizeAmount, sumFen, toFen } from './money'
import type { Disclosure, DisclosureLine } from './types'

/**
 * The monthly disclosure (收支公示) as finance enters it: lines of expenses and common-area income (每行: 类别、金额、
 * 备注), their totals in fen, the months with their versions (a correction is a new version), and whether the
 * person may publish a draft (not the one who entered its figures).
 */
export interface LineForm {
  key: number
  category: string
  amount: string
  note: string
}

let keys = 0

export function lineForm(line?: DisclosureLine): LineForm {
  keys += 1
  return { key: keys, category: line?.category ?? '', amount: line?.amount ?? '', note: line?.note ?? '' }
}

export function lineForms(lines: readonly DisclosureLine[]): LineForm[] {
  return lines.map((l) => lineForm(l))
}

/** Lines as sent: blank rows dropped, amounts with two places, notes null when empty. */
export function lineBodies(forms: readonly LineForm[]): DisclosureLine[] {
  return forms
    .filter((f) => f.category.trim() || f.amount.trim() || f.note.trim())
    .map((f) => ({ category: f.category.trim(), amount: normalizeAmount(f.amount) ?? f.amount.trim(), note: f.note.trim() || null }))
}

export type LineProblem = 'categoryRequired' | 'amountRequired' | 'amountFormat'

/** Problems of the rows, by their key: a row with anything in it needs a category and an amount to the fen. */
export function lineProblems(forms: readonly LineForm[]): Record<number, Partial<Record<'category' | 'amount', LineProblem>>> {
  const problems: Record<number, Partial<Record<'category' | 'amount', LineProblem>>> = {}
  for (const f of forms) {
    if (!f.category.trim() && !f.amount.trim() && !f.note.trim()) continue
    const p: Partial<Record<'category' | 'amount', LineProblem>> = {}
    if (!f.category.trim()) p.category = 'categoryRequired'
    if (!f.amount.trim()) p.amount = 'amountRequired'
    else if (!/^\d{1,10}(\.\d{1,2})?$/.test(f.amount.trim())) p.amount = 'amountFormat'
    if (p.category || p.amount) problems[f.key] = p
  }
  return problems
}

export function totalOf(forms: readonly { amount: string }[]): number {
  return sumFen(forms.map((f) => (/^\d{1,10}(\.\d{1,2})?$/.test(f.amount.trim()) ? f.amount.trim() : null)))
}

/** Income less expenses, in fen. */
export function balanceOf(d: Pick<Disclosure, 'totalIncome' | 'totalExpenses'>): number {
  return (toFen(d.totalIncome) ?? 0) - (toFen(d.totalExpenses) ?? 0)
}

/** Fee income of a published disclosure, in fen. */
export function feeIncomeOf(d: Pick<Disclosure, 'feeIncome'>): number {
  return sumFen(d.feeIncome.map((i) => i.collected))
}

export interface MonthGroup {
  month: string
  /** newest version first */
  versions: Disclosure[]
}

/** The disclosures by month, newest month first, each month's newest version first. */
export function byMonth(disclosures: readonly Disclosure[]): MonthGroup[] {
  const groups = new Map<string, Disclosure[]>()
  for (const d of disclosures) groups.set(d.month, [...(groups.get(d.month) ?? []), d])
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, versions]) => ({ month, versions: versions.sort((a, b) => b.version - a.version) }))
}

export type PublishBlock = 'published' | 'ownEdit' | 'changesRequired'

/**
 * Why the person may not publish the draft now, or null when they may (the server decides in the end): whoever
 * started or last edited a draft is its editor, and another person reviews and publishes it.
 */
export function publishBlock(d: Disclosure, userId: string): PublishBlock | null {
  if (d.status === 'PUBLISHED') return 'published'
  if (d.editedBy && d.editedBy === userId) return 'ownEdit'
  if (d.version > 1 && !(d.changes ?? '').trim()) return 'changesRequired'
  return null
}

/** Whether a month's latest version is published, so that a correction may be started. */
export function mayCorrect(group: MonthGroup): boolean {
  return group.versions[0]?.status === 'PUBLISHED'
}
