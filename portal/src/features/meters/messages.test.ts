import { describe, expect, it } from 'vitest'
import { keys, usedKeys } from '../findings/keys.testing'
import messages from './messages'
import { KNOWN_PROBLEMS, REFUSALS } from './meters'
import { APPORTIONING_RULES, METER_KINDS, PLAUSIBILITY_RULES, READING_SOURCES, READING_STATUSES, REGISTERS, TARIFFS } from './types'

const zh = keys(messages['zh-CN'])

describe('the meter pages speak both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every kind, tariff, register, rule, status, source, plausibility rule, refusal and explained problem', () => {
    for (const k of METER_KINDS) expect(zh).toContain(`kind.${k}`)
    for (const x of TARIFFS) expect(zh).toContain(`tariff.${x}`)
    for (const r of REGISTERS) expect(zh).toContain(`register.${r}`)
    for (const r of REGISTERS) expect(zh).toContain(`registerShort.${r}`)
    for (const r of APPORTIONING_RULES) expect(zh).toContain(`rule.${r}`)
    for (const s of READING_STATUSES) expect(zh).toContain(`status.${s}`)
    for (const s of READING_SOURCES) expect(zh).toContain(`source.${s}`)
    for (const r of PLAUSIBILITY_RULES) {
      expect(zh).toContain(`check.${r}`)
      expect(zh).toContain(`checkHint.${r}`)
    }
    for (const o of ['COUNTED', 'HELD', 'DUPLICATE', 'REFUSED']) {
      expect(zh).toContain(`outcome.${o}`)
      if (o !== 'REFUSED') expect(zh).toContain(`record.${o}`)
    }
    for (const p of REFUSALS) expect(zh).toContain(`refusal.${p}`)
    for (const code of KNOWN_PROBLEMS) expect(zh).toContain(`problem.${code}`)
    for (const s of ['OPEN', 'CLOSING', 'CLOSED']) expect(zh).toContain(`period.status.${s}`)
    for (const l of ['noMeter', 'missing', 'negative', 'notNumber', 'badTime', 'empty', 'header', 'tooMany']) expect(zh).toContain(`line.${l}`)
  })

  it('every key the pages read exists', () => {
    const used = usedKeys(__dirname, 'meters')
    expect(used.size).toBeGreaterThan(100)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })
})
