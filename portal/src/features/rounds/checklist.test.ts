import { describe, expect, it } from 'vitest'
import { answersOf, answerWords, checklistProblems, draftOf, draftsOf, emptyDraft, expected, findingIdOf, itemOf, judge, needsPhoto, newItem, optionList, unanswered, unlinked } from './checklist'
import type { ChecklistItem } from './types'

const pressure: ChecklistItem = { id: 'pressure', label: '出水压力', type: 'NUMBER', min: 0.25, max: 0.6, unit: 'MPa', faultType: 'pump.pressure' }
const noise: ChecklistItem = { id: 'noise', label: '运行声音', type: 'CHOICE', options: ['正常', '异响', '停机'], abnormalOptions: ['异响', '停机'], faultType: 'pump.noise' }
const leak: ChecklistItem = { id: 'leak', label: '无渗漏', type: 'PASS_FAIL', faultType: 'pump.leak' }
const note: ChecklistItem = { id: 'note', label: '备注', type: 'TEXT' }

describe('judging answers as facility-service does', () => {
  it('a failed item, a number out of range and an abnormal choice are abnormal', () => {
    expect(judge(leak, { itemId: 'leak', passed: false })).toBe('ABNORMAL')
    expect(judge(leak, { itemId: 'leak', passed: true })).toBe('NORMAL')
    expect(judge(pressure, { itemId: 'pressure', value: 0.18 })).toBe('ABNORMAL')
    expect(judge(pressure, { itemId: 'pressure', value: 0.61 })).toBe('ABNORMAL')
    expect(judge(pressure, { itemId: 'pressure', value: 0.25 })).toBe('NORMAL')
    expect(judge(pressure, { itemId: 'pressure', value: 0.6 })).toBe('NORMAL')
    expect(judge(noise, { itemId: 'noise', choice: '异响' })).toBe('ABNORMAL')
    expect(judge(noise, { itemId: 'noise', choice: '正常' })).toBe('NORMAL')
    expect(judge(note, { itemId: 'note', text: '地面有积水' })).toBe('NOT_JUDGED')
  })

  it('an unanswered item is not judged yet', () => {
    expect(judge(leak, { itemId: 'leak' })).toBeNull()
    expect(judge(noise, { itemId: 'noise', choice: '别的' })).toBeNull()
    expect(judge(pressure, undefined)).toBeNull()
  })

  it('a number without limits on one side is open on that side', () => {
    expect(judge({ ...pressure, max: null }, { itemId: 'pressure', value: 99 })).toBe('NORMAL')
  })
})

describe('answering a checklist', () => {
  it('sends one answer per item with only the field its type reads', () => {
    const drafts = { leak: { ...emptyDraft(), passed: false, text: ' 底座渗水 ' }, pressure: { ...emptyDraft(), value: 0.3, passed: true }, noise: { ...emptyDraft(), choice: '正常' }, note: emptyDraft() }
    expect(answersOf([leak, pressure, noise, note], drafts)).toEqual([
      { itemId: 'leak', passed: false, text: '底座渗水' },
      { itemId: 'pressure', value: 0.3 },
      { itemId: 'noise', choice: '正常' },
      { itemId: 'note' },
    ])
  })

  it('names the items still to answer; a remark may stay empty', () => {
    const drafts = { leak: { ...emptyDraft(), passed: true }, pressure: emptyDraft() }
    expect(unanswered([leak, pressure, noise, note], drafts).map((i) => i.id)).toEqual(['pressure', 'noise'])
  })

  it('knows when a photo is needed', () => {
    expect(needsPhoto([leak, note])).toBe(false)
    expect(needsPhoto([{ ...leak, photoRequired: true }])).toBe(true)
    expect(needsPhoto([{ id: 'p', label: 'p', type: 'PHOTO' }])).toBe(true)
  })

  it('says answers and normal ranges in words', () => {
    const words = { pass: '正常', fail: '异常' }
    expect(answerWords(pressure, { itemId: 'pressure', value: 0.18 }, words)).toBe('0.18 MPa')
    expect(answerWords(leak, { itemId: 'leak', passed: false, text: '渗水' }, words)).toBe('异常 （渗水）')
    expect(answerWords(note, { itemId: 'note', text: '地面有积水' }, words)).toBe('地面有积水')
    expect(expected(pressure)).toBe('0.25–0.6 MPa')
    expect(expected(noise)).toBe('正常')
  })

  it('finds the finding an abnormal answer reported by the id the server derives', () => {
    expect(findingIdOf('plan-1:2026-12-08', 'p1', 'leak')).toBe('round:plan-1:2026-12-08:p1:leak')
  })
})

describe('correcting results recorded before', () => {
  it('starts every item from its recorded answer, and items never answered empty', () => {
    const drafts = draftsOf([leak, pressure, noise, note], [
      { itemId: 'leak', passed: false, text: '轴承缺油' }, { itemId: 'pressure', value: 0.42 }, { itemId: 'gone', passed: true },
    ])
    expect(Object.keys(drafts)).toEqual(['leak', 'pressure', 'noise', 'note'])
    expect(drafts.leak).toEqual({ passed: false, value: null, choice: '', text: '轴承缺油' })
    expect(drafts.pressure).toEqual({ passed: null, value: 0.42, choice: '', text: '' })
    expect(drafts.noise).toEqual(emptyDraft())
    expect(unanswered([leak, pressure, noise, note], drafts).map((i) => i.id)).toEqual(['noise'])
  })

  it('sends back what it was given, so that saving unchanged results reports nothing new', () => {
    const recorded = [{ itemId: 'leak', passed: true }, { itemId: 'pressure', value: 0.3 }, { itemId: 'noise', choice: '异响' }]
    expect(answersOf([leak, pressure, noise], draftsOf([leak, pressure, noise], recorded))).toEqual([
      { itemId: 'leak', passed: true }, { itemId: 'pressure', value: 0.3 }, { itemId: 'noise', choice: '异响' },
    ])
  })

  it('waits for the work order of a finding just reported, not for one cleared or linked', () => {
    const finding = { id: 'f', title: 't', faultType: 'pump.bearing', severity: 'MEDIUM' as const, foundAt: '2027-03-01T02:00:00Z' }
    expect(unlinked({ findings: [] })).toBe(false)
    expect(unlinked({ findings: [{ ...finding, status: 'OPEN' }] })).toBe(true)
    expect(unlinked({ findings: [{ ...finding, status: 'LINKED', workOrderId: 'wo-1', workOrderNumber: 'WO-1' }] })).toBe(false)
    expect(unlinked({ findings: [{ ...finding, status: 'CLEARED' }] })).toBe(false)
  })

  it('takes a number the server sent as text', () => {
    expect(draftsOf([pressure], [{ itemId: 'pressure', value: '0.5' as unknown as number }]).pressure.value).toBe(0.5)
  })
})

describe('editing a checklist', () => {
  it('gives new items unused ids', () => {
    expect(newItem([]).id).toBe('item-1')
    expect(newItem([{ id: 'item-2' }]).id).toBe('item-3')
    expect(newItem([{ id: 'item-1' }, { id: 'item-3' }]).id).toBe('item-4')
  })

  it('reads options one per line (or by commas) and keeps abnormal options among them', () => {
    expect(optionList('正常\n异响，停机\n\n异响')).toEqual(['正常', '异响', '停机'])
    const d = { ...draftOf(noise), options: '正常\n异响', abnormalOptions: ['异响', '停机'] }
    expect(itemOf(d)).toMatchObject({ options: ['正常', '异响'], abnormalOptions: ['异响'] })
  })

  it('sends only the fields the type uses', () => {
    const d = { ...draftOf(pressure), type: 'TEXT' as const }
    expect(itemOf(d)).toMatchObject({ type: 'TEXT', min: null, max: null, unit: null, options: [], faultType: null, severity: null })
    expect(itemOf(draftOf(pressure))).toMatchObject({ min: 0.25, max: 0.6, unit: 'MPa', faultType: 'pump.pressure', severity: 'MEDIUM' })
  })

  it('finds what the server would refuse, before sending', () => {
    const items = [
      { ...draftOf(pressure), min: 1, max: 0.5 },
      { ...draftOf(noise), options: '' },
      { ...draftOf(leak), faultType: '' },
      { ...draftOf(note), id: 'has space' },
      { ...draftOf(note), id: 'pressure' },
    ]
    expect(checklistProblems(items, false)).toEqual({ pressure: 'checklist.problem.range', noise: 'checklist.problem.options', 'has space': 'checklist.problem.id' })
    // a route's item that can be abnormal names its fault type
    expect(checklistProblems([{ ...draftOf(leak), faultType: '' }], true)).toEqual({ leak: 'checklist.problem.faultTypeRequired' })
    expect(checklistProblems([{ ...draftOf(leak), faultType: 'Pump Leak' }], true)).toEqual({ leak: 'checklist.problem.faultType' })
  })
})
