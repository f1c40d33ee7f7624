import { describe, expect, it } from 'vitest'
import { keys, usedKeys } from './keys.testing'
import messages from './messages'
import { FAULT_TYPES, KNOWN_PROBLEMS } from './findings'
import { EVIDENCE_KINDS, FINDING_SOURCES, LOCATION_KINDS, SEVERITIES } from './types'

const zh = keys(messages['zh-CN'])

describe('the findings page speaks both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every source, status, severity, evidence kind, place kind, fault type and explained problem', () => {
    for (const s of FINDING_SOURCES) expect(zh).toContain(`source.${s}`)
    for (const s of ['OPEN', 'LINKED', 'CLEARED']) expect(zh).toContain(`status.${s}`)
    for (const s of SEVERITIES) expect(zh).toContain(`severity.${s}`)
    for (const k of EVIDENCE_KINDS) expect(zh).toContain(`evidence.kind.${k}`)
    for (const k of LOCATION_KINDS) expect(zh).toContain(`locationKind.${k}`)
    for (const f of FAULT_TYPES) expect(zh).toContain(`fault.${f}`)
    for (const code of KNOWN_PROBLEMS) expect(zh).toContain(`problem.${code}`)
    for (const e of ['required', 'format', 'length', 'range']) expect(zh).toContain(`err.${e}`)
  })

  it('every key the pages read exists', () => {
    const used = usedKeys(__dirname, 'findings')
    expect(used.size).toBeGreaterThan(30)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })
})
