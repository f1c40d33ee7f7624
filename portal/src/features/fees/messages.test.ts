import { describe, expect, it } from 'vitest'
import { keys, usedKeys } from '../findings/keys.testing'
import { skipReasonKey } from './billrun'
import messages from './messages'
import { KNOWN_PROBLEMS } from './problems'
import { BILLING_MODES, CYCLES, DUE_KINDS, FEE_KINDS, FORMULAS, ROUNDING_MODES, TARGET_KINDS, UNIT_TYPES } from './types'

const zh = keys(messages['zh-CN'])

describe('the fee pages speak both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every kind, formula, cycle, mode, due rule, rounding, target, unit type and problem the API knows', () => {
    for (const k of FEE_KINDS) expect(zh).toContain(`kind.${k}`)
    for (const f of FORMULAS) expect(zh).toContain(`formula.${f}`)
    for (const c of CYCLES) expect(zh).toContain(`cycle.${c}`)
    for (const m of BILLING_MODES) expect(zh).toContain(`mode.${m}`)
    for (const d of DUE_KINDS) expect(zh).toContain(`due.${d}`)
    for (const m of ROUNDING_MODES) expect(zh).toContain(`roundingMode.${m}`)
    for (const s of [0, 1, 2]) expect(zh).toContain(`roundingScale.s${s}`)
    for (const k of TARGET_KINDS) expect(zh).toContain(`target.${k}`)
    for (const u of UNIT_TYPES) expect(zh).toContain(`unitType.${u}`)
    for (const code of KNOWN_PROBLEMS) expect(zh).toContain(`problem.${code}`)
    for (const s of ['DRY_RUN', 'RUNNING', 'DONE', 'FAILED']) expect(zh).toContain(`runs.status.${s}`)
    for (const s of ['UNPAID', 'PART_PAID', 'SETTLED']) expect(zh).toContain(`bills.status.${s}`)
    for (const s of ['ACTIVE', 'FUTURE', 'ENDED']) expect(zh).toContain(`attachState.${s}`)
    for (const w of ['cycle', 'notInForce', 'notEnded']) expect(zh).toContain(`runs.notBillable.${w}`)
    for (const p of ['MONTH', 'QUARTER', 'YEAR']) {
      expect(zh).toContain(`period.kinds.${p}`)
      expect(zh).toContain(`period.text.${p}`)
    }
    for (const u of ['perSqmMonth', 'perPayerMonth', 'perSpaceMonth', 'perM3', 'perKwh', 'perGj']) expect(zh).toContain(`unit.${u}`)
    for (const r of ['unit has no area', 'unit has no interior area', 'metered item without approved consumption', 'no parking space attached',
      'no stated amount', 'amount rounds to zero', 'unit unknown to billing', 'FIXED charges units only']) {
      expect(zh).toContain(`skip.${skipReasonKey(r)}`)
    }
    for (const c of ['nameRequired', 'priceRequired', 'priceFormat', 'meteredKind', 'dueDay', 'dueDays', 'effectiveFrom', 'afterBilled',
      'targetRequired', 'holderRequired', 'amountRequired', 'amountFormat', 'dates', 'rateRequired', 'rateRange', 'capRange', 'graceRange',
      'categoryRequired']) expect(zh).toContain(`check.${c}`)
    for (const e of ['required', 'format', 'length', 'range']) expect(zh).toContain(`err.${e}`)
  })

  it('every key the pages read exists', () => {
    const used = usedKeys(__dirname, 'fees')
    expect(used.size).toBeGreaterThan(150)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })
})

describe('the texts the frame carries before the pages load', () => {
  it('are the same as the pages’ own', async () => {
    const { default: shell } = await import('./shell-messages')
    const pick = (tree: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree)
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const key of keys(shell[locale])) expect(pick(shell[locale], key)).toBe(pick(messages[locale], key))
    }
    expect(keys(shell.en)).toEqual(keys(shell['zh-CN']))
  })
})
