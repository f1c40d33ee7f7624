import { describe, expect, it } from 'vitest'
import { keys, usedKeys } from '../findings/keys.testing'
import messages from './messages'
import { KNOWN_PROBLEMS } from './problems'
import { APPROVAL_KINDS, APPROVAL_STATUSES, BATCH_STATES, DESK_METHODS, LINE_KINDS, PAYMENT_METHODS } from './types'

const zh = keys(messages['zh-CN'])

describe('the cashier, ledger and approval pages speak both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every method, line kind, approval kind and status, batch state and known problem', () => {
    for (const m of PAYMENT_METHODS) expect(zh).toContain(`method.${m}`)
    for (const m of DESK_METHODS) expect(zh).toContain(`pay.referenceHint.${m}`)
    for (const k of LINE_KINDS) expect(zh).toContain(`lineKind.${k}`)
    for (const k of APPROVAL_KINDS) {
      expect(zh).toContain(`approval.kind.${k}`)
      expect(zh).toContain(`decide.effect.${k}`)
    }
    for (const s of APPROVAL_STATUSES) expect(zh).toContain(`approval.status.${s}`)
    for (const s of [...BATCH_STATES, 'CANCELLATION_PENDING']) expect(zh).toContain(`batch.standing.${s}`)
    for (const k of ['waivers', 'vacancy-discounts', 'refunds', 'deposit-returns']) {
      expect(zh).toContain(`adjust.kinds.${k}`)
      expect(zh).toContain(`adjust.reasonHint.${k}`)
    }
    for (const code of [...KNOWN_PROBLEMS, 'forbidden', 'decideForbidden', 'unsure']) expect(zh).toContain(`problem.${code}`)
    for (const e of ['required', 'format', 'range']) expect(zh).toContain(`err.${e}`)
  })

  it('every key the pages read exists', () => {
    const used = usedKeys(__dirname, 'cashier')
    expect(used.size).toBeGreaterThan(100)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })

  it('says the four-eyes refusals in words', () => {
    expect(messages['zh-CN'].problem['own-request']).toContain('您不能审批自己提交的申请')
    expect(messages['zh-CN'].problem.decideForbidden).toContain('不能审批')
  })
})
