import { describe, expect, it } from 'vitest'
import { keys, usedKeys } from '../findings/keys.testing'
import messages from './messages'
import { BUCKETS, CONTACT_OUTCOMES, CONTACT_WAYS } from './types'

const zh = keys(messages['zh-CN'])

describe('the arrears worklist speaks both languages', () => {
  it('en has every key zh-CN has, and no more', () => {
    expect(keys(messages.en)).toEqual(zh)
  })

  it('names every bucket, way and outcome', () => {
    for (const b of BUCKETS) expect(zh).toContain(`bucket.${b}`)
    for (const w of CONTACT_WAYS) expect(zh).toContain(`way.${w}`)
    for (const o of CONTACT_OUTCOMES) expect(zh).toContain(`outcome.${o}`)
  })

  it('every key the page reads exists', () => {
    const used = usedKeys(__dirname, 'arrears')
    expect(used.size).toBeGreaterThan(25)
    expect([...used].filter((key) => !zh.includes(key))).toEqual([])
  })
})
