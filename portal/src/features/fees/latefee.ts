import { normalizeAmount, shiftDecimal, toFen } from './money'
import type { LateFeeMode, LateFeePolicy, LateFeePolicyBody } from './types'

/**
 * Late-fee policies (滞纳金规则) as staff write them: a daily rate in 万分之 ("5" is 0.0005 a day, the 万分之五 of
 * service contracts), the cap as a percentage of the charge; sent as the API's shares, moved as text so that what
 * is sent is exactly what was typed.
 */
export interface PolicyForm {
  /** null: every fee item without a policy of its own */
  feeItemId: string | null
  graceDays: number
  mode: LateFeeMode
  /** 万分之 per day, up to two decimals */
  perTenThousand: string
  oneOffAmount: string
  /** percent of the charge, up to two decimals; empty for no cap */
  capPercent: string
  startsOn: string
}

export function policyFormOf(policy: LateFeePolicy | null, today: string, feeItemId: string | null = null): PolicyForm {
  if (!policy) {
    return { feeItemId, graceDays: 15, mode: 'DAILY_RATE', perTenThousand: '5', oneOffAmount: '', capPercent: '', startsOn: today }
  }
  return {
    feeItemId: policy.feeItemId,
    graceDays: policy.graceDays,
    mode: policy.mode,
    perTenThousand: policy.dailyRate ? shiftDecimal(policy.dailyRate, 4) ?? '' : '',
    oneOffAmount: policy.oneOffAmount ?? '',
    capPercent: policy.capShare ? shiftDecimal(policy.capShare, 2) ?? '' : '',
    startsOn: policy.startsOn,
  }
}

export type PolicyProblem = 'rateRequired' | 'rateRange' | 'amountRequired' | 'amountFormat' | 'capRange' | 'graceRange'

const UP_TO_TWO = /^\d+(\.\d{1,2})?$/

/** Within (0, limit], limit a whole number, for what is typed with at most two decimals. */
function within(text: string, limit: number): boolean {
  const hundredths = toFen(text)
  return hundredths !== null && hundredths > 0 && hundredths <= limit * 100
}

export function policyProblems(form: PolicyForm): Partial<Record<'dailyRate' | 'oneOffAmount' | 'capShare' | 'graceDays', PolicyProblem>> {
  const problems: Partial<Record<'dailyRate' | 'oneOffAmount' | 'capShare' | 'graceDays', PolicyProblem>> = {}
  if (!(Number.isInteger(form.graceDays) && form.graceDays >= 0 && form.graceDays <= 365)) problems.graceDays = 'graceRange'
  if (form.mode === 'DAILY_RATE') {
    const rate = form.perTenThousand.trim()
    if (!rate) problems.dailyRate = 'rateRequired'
    else if (!UP_TO_TWO.test(rate) || !within(rate, 100)) problems.dailyRate = 'rateRange'
  } else {
    const amount = form.oneOffAmount.trim()
    if (!amount) problems.oneOffAmount = 'amountRequired'
    else if (!/^\d{1,7}(\.\d{1,2})?$/.test(amount) || (toFen(amount) ?? 0) <= 0) problems.oneOffAmount = 'amountFormat'
  }
  const cap = form.capPercent.trim()
  if (cap && (!UP_TO_TWO.test(cap) || !within(cap, 100))) problems.capShare = 'capRange'
  return problems
}

export function policyBodyOf(form: PolicyForm): LateFeePolicyBody {
  const cap = form.capPercent.trim()
  return {
    graceDays: form.graceDays,
    mode: form.mode,
    ...(form.mode === 'DAILY_RATE'
      ? { dailyRate: shiftDecimal(form.perTenThousand, -4) ?? form.perTenThousand }
      : { oneOffAmount: normalizeAmount(form.oneOffAmount) ?? form.oneOffAmount }),
    ...(cap ? { capShare: shiftDecimal(cap, -2) ?? cap } : {}),
    ...(form.startsOn ? { startsOn: form.startsOn } : {}),
  }
}

/** The policy a fee item's charges fall under: its own, else the community's for every item. */
export function policyFor(policies: readonly LateFeePolicy[], feeItemId: string): LateFeePolicy | undefined {
  return policies.find((p) => p.feeItemId === feeItemId) ?? policies.find((p) => p.feeItemId === null)
}

/** A daily rate as 万分之 ("0.0005" → "5"), a share as a percentage ("0.3" → "30"). */
export const perTenThousand = (rate: string | null) => (rate ? shiftDecimal(rate, 4) ?? rate : '')
export const percentOf = (share: string | null) => (share ? shiftDecimal(share, 2) ?? share : '')

/**
 * What a daily policy would charge on an example debt, in fen, as the daily job computes it when nothing is paid
 * meanwhile: the rate on the principal each late day, rounded half up once, at most the cap. Null when the form does
 * not hold together. Integers only.
 */
export function exampleLateFee(principalFen: number, perTenThousandText: string, days: number, capPercentText: string): number | null {
  const rate = toFen(perTenThousandText.trim())
  if (rate === null || rate <= 0) return null
  const scaled = principalFen * rate * days
  let fee = Math.floor((scaled * 2 + 1_000_000) / 2_000_000)
  const cap = capPercentText.trim() ? toFen(capPercentText.trim()) : null
  if (cap !== null && cap > 0) fee = Math.min(fee, Math.floor((principalFen * cap * 2 + 10_000) / 20_000))
  return fee
}
