import { nextDay, periodOf, shiftPeriod } from './period'
import type { BillingMode, Cycle, DueKind, FeeItem, FeeKind, Formula, RoundingMode, Standard, StandardBody } from './types'

/**
 * A fee standard (收费标准) as its form holds it, what it is sent as, and what the page says about it: which version
 * is in force, from when a new version may start (after the last period billed), the price's unit by formula.
 */
export interface StandardForm {
  effectiveFrom: string
  formula: Formula
  price: string
  cycle: Cycle
  mode: BillingMode
  dueKind: DueKind
  dueDays: number
  roundingScale: number
  roundingMode: RoundingMode
}

/** The fee kinds a metered standard may charge: those with meters. */
export const METERED_KINDS: readonly FeeKind[] = ['WATER', 'ELECTRICITY', 'GAS', 'HEATING']

const PRICE = /^\d{1,8}(\.\d{1,4})?$/

export function emptyStandardForm(today: string): StandardForm {
  return {
    effectiveFrom: `${periodOf('MONTH', today)}-01`, formula: 'BUILDING_AREA', price: '', cycle: 'MONTHLY', mode: 'PREPAID',
    dueKind: 'DAY_OF_MONTH', dueDays: 15, roundingScale: 2, roundingMode: 'HALF_UP',
  }
}

/** A new version's form, starting from the version it follows. */
export function standardFormOf(s: Standard, effectiveFrom: string): StandardForm {
  return {
    effectiveFrom, formula: s.formula, price: s.price ?? '', cycle: s.cycle, mode: s.mode, dueKind: s.dueRule.kind,
    dueDays: s.dueRule.days, roundingScale: s.rounding.scale, roundingMode: s.rounding.mode,
  }
}

export function standardBodyOf(form: StandardForm): StandardBody {
  const price = form.price.trim()
  return {
    effectiveFrom: form.effectiveFrom,
    formula: form.formula,
    ...(form.formula === 'STATED' || price === '' ? {} : { price }),
    cycle: form.cycle,
    mode: form.mode,
    dueRule: { kind: form.dueKind, days: form.dueDays },
    rounding: { scale: form.roundingScale, mode: form.roundingMode },
  }
}

/** A metered fee is billed each month after the month is read: its cycle and mode follow the formula. */
export function fitToFormula(form: StandardForm): void {
  if (form.formula === 'METERED') {
    form.cycle = 'MONTHLY'
    form.mode = 'POSTPAID'
  }
  if (form.formula === 'STATED') form.price = ''
}

export type StandardProblem = 'priceRequired' | 'priceFormat' | 'meteredKind' | 'dueDay' | 'dueDays' | 'effectiveFrom'

/** What the form can tell before sending (the server checks everything again): field → the problem's key. */
export function standardProblems(form: StandardForm, kind: FeeKind | null): Partial<Record<'price' | 'formula' | 'dueRule' | 'effectiveFrom', StandardProblem>> {
  const problems: Partial<Record<'price' | 'formula' | 'dueRule' | 'effectiveFrom', StandardProblem>> = {}
  const price = form.price.trim()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom)) problems.effectiveFrom = 'effectiveFrom'
  if (form.formula !== 'STATED') {
    if (price === '') problems.price = 'priceRequired'
    else if (!PRICE.test(price) || !/[1-9]/.test(price)) problems.price = 'priceFormat'
  }
  if (form.formula === 'METERED' && kind && !METERED_KINDS.includes(kind)) problems.formula = 'meteredKind'
  if (form.dueKind === 'DAY_OF_MONTH' && !(form.dueDays >= 1 && form.dueDays <= 31)) problems.dueRule = 'dueDay'
  if (form.dueKind === 'DAYS_AFTER_ISSUE' && !(form.dueDays >= 0 && form.dueDays <= 366)) problems.dueRule = 'dueDays'
  return problems
}

/** The key (fees.unit.*) of what a price is per: per m² a month, per payer a month, per m³… */
export function priceUnit(formula: Formula, kind: FeeKind): string | null {
  switch (formula) {
    case 'BUILDING_AREA':
    case 'INTERIOR_AREA':
      return 'perSqmMonth'
    case 'FIXED':
      return 'perPayerMonth'
    case 'PER_PARKING_SPACE':
      return 'perSpaceMonth'
    case 'METERED':
      return kind === 'ELECTRICITY' ? 'perKwh' : kind === 'HEATING' ? 'perGj' : 'perM3'
    case 'STATED':
      return null
  }
}

/** The version in force on a day: the latest that started by then, else (none yet) the first to come. */
export function standardInForce(item: Pick<FeeItem, 'standards'>, day: string): Standard | undefined {
  const started = item.standards.filter((s) => s.effectiveFrom <= day)
  return started.length > 0 ? started[started.length - 1] : item.standards[0]
}

/** The versions still to come after a day. */
export function upcomingStandards(item: Pick<FeeItem, 'standards'>, day: string): Standard[] {
  return item.standards.filter((s) => s.effectiveFrom > day)
}

/** The first day a new version may start: after the first day of the latest period billed (null: any day). */
export function earliestNewStandard(item: Pick<FeeItem, 'billedUntil'>): string | null {
  return item.billedUntil ? nextDay(item.billedUntil) : null
}

/** Whether a new version may start on a day (it may not on or before the first day of a period billed). */
export function mayStartOn(item: Pick<FeeItem, 'billedUntil'>, day: string): boolean {
  const earliest = earliestNewStandard(item)
  return !earliest || day >= earliest
}

/**
 * The date a new version is offered from: the first day of next month, or of the month after the last billed
 * period's month when that is later still.
 */
export function suggestedEffectiveFrom(item: Pick<FeeItem, 'billedUntil'>, today: string): string {
  let month = shiftPeriod(periodOf('MONTH', today), 1)!
  if (item.billedUntil) {
    const afterBilled = shiftPeriod(periodOf('MONTH', item.billedUntil), 1)!
    if (afterBilled > month) month = afterBilled
  }
  return `${month}-01`
}
