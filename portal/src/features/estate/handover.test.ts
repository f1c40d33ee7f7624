import { describe, expect, it } from 'vitest'
import type { HandoverView } from './api'
import { bodyOf, formOf, hasGas, missingText, parseReading, partKey, savedBodyOf, setGas } from './handover'

const draft: HandoverView = {
  unitId: 'u1', communityId: 'c1', unitNumber: '3-1-101', unitState: 'HANDED_OVER', ownerId: null,
  items: [{ name: '墙面', result: null, note: null }, { name: '地面', result: null, note: null }],
  keys: [], readings: [], documents: [{ name: '业主手册', received: false }], handbookAcknowledged: false,
  completed: false, completedAt: null, completedBy: null, missing: [], version: 0,
}

describe('the checklist form', () => {
  it('a draft lists the water and electricity meters to read and one row of keys', () => {
    const form = formOf(draft, '入户门')
    expect(form.readings).toEqual([{ kind: 'WATER', value: '' }, { kind: 'ELECTRICITY', value: '' }])
    expect(form.keys).toEqual([{ kind: '入户门', count: 0 }])
    expect(hasGas(form)).toBe(false)
  })
  it('keeps a gas meter the checklist lists, in meter order', () => {
    const form = formOf({ ...draft, readings: [{ kind: 'GAS', value: 3.5 }, { kind: 'WATER', value: 12 }] }, '入户门')
    expect(form.readings).toEqual([{ kind: 'WATER', value: '12' }, { kind: 'ELECTRICITY', value: '' }, { kind: 'GAS', value: '3.5' }])
  })
  it('lists the gas meter on request and takes it off', () => {
    const form = formOf(draft, '入户门')
    setGas(form, true)
    setGas(form, true)
    expect(form.readings.filter((r) => r.kind === 'GAS')).toHaveLength(1)
    setGas(form, false)
    expect(hasGas(form)).toBe(false)
  })
  it('makes the body the service takes: readings as numbers, blank rows left out, notes trimmed', () => {
    const form = formOf(draft, '入户门')
    form.ownerId = 'owner-1'
    form.items[0] = { name: '墙面', result: 'DEFECT', note: ' 次卧裂缝 ' }
    form.items.push({ name: ' ', result: null, note: '' })
    form.keys = [{ kind: '入户门', count: 3 }, { kind: '', count: 0 }]
    form.readings[0].value = '12.5'
    form.documents.push({ name: '', received: true })
    form.handbookAcknowledged = true
    const { body, errors } = bodyOf(form)
    expect(errors).toEqual({})
    expect(body).toEqual({
      ownerId: 'owner-1',
      items: [{ name: '墙面', result: 'DEFECT', note: '次卧裂缝' }, { name: '地面', result: null, note: null }],
      keys: [{ kind: '入户门', count: 3 }],
      readings: [{ kind: 'WATER', value: 12.5 }, { kind: 'ELECTRICITY', value: null }],
      documents: [{ name: '业主手册', received: false }],
      handbookAcknowledged: true,
    })
  })
  it('does not send a malformed reading or keys without a kind', () => {
    const form = formOf(draft, '入户门')
    form.readings[1].value = '12,5'
    form.keys = [{ kind: ' ', count: 2 }]
    expect(bodyOf(form)).toEqual({ body: null, errors: { 'reading.ELECTRICITY': 'notANumber', 'key.0': 'keyKind' } })
  })
  it('reads readings', () => {
    expect(parseReading('')).toEqual({ value: null })
    expect(parseReading('0')).toEqual({ value: 0 })
    expect(parseReading('1234.567')).toEqual({ value: 1234.567 })
    expect(parseReading('1.2345').error).toBe('readingDigits')
    expect(parseReading('-1').error).toBe('readingNegative')
  })
  it('an unchanged form is what is saved', () => {
    expect(JSON.stringify(bodyOf(formOf(draft, '入户门')).body)).toBe(savedBodyOf(draft, '入户门'))
  })
})

describe('what is missing, in the page language', () => {
  const t = (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`
  it('translates the sentences the service uses', () => {
    expect(missingText({ part: 'items', message: '墙面 has no result' }, t)).toBe('estate.missing.noResult{"name":"墙面"}')
    expect(missingText({ part: 'items', message: '门窗 has a defect without a note of what is wrong' }, t)).toBe('estate.missing.defectNote{"name":"门窗"}')
    expect(missingText({ part: 'readings', message: 'The water meter was not read' }, t)).toBe('estate.missing.notRead{"name":"estate.meter.WATER"}')
    expect(missingText({ part: 'documents', message: '业主手册 was not received' }, t)).toBe('estate.missing.notReceived{"name":"业主手册"}')
    expect(missingText({ part: 'keys', message: 'No keys were handed over' }, t)).toBe('estate.missing.noKeys{}')
    expect(missingText({ part: 'owner', message: 'The owner is not named' }, t)).toBe('estate.missing.owner{}')
    expect(missingText({ part: 'handbook', message: 'The owner has not acknowledged the handbook' }, t)).toBe('estate.missing.handbook{}')
  })
  it('shows anything else as the service wrote it', () => {
    expect(missingText({ part: 'items', message: 'Something new' }, t)).toBe('Something new')
    expect(missingText({ part: 'keys', message: '墙面 has no result' }, t)).toBe('墙面 has no result')
    expect(partKey({ part: 'readings', message: '' })).toBe('estate.part.readings')
    expect(partKey({ part: 'x', message: '' })).toBe('estate.part.other')
  })
})
