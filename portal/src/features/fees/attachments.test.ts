import { describe, expect, it } from 'vitest'
import { allowedTargets, attachmentBodyOf, attachmentProblems, attachmentState, emptyAttachmentForm, statesAmounts, targetIdFor } from './attachments'

describe('who a fee is charged to', () => {
  it('offers the targets the formulas suit', () => {
    expect(allowedTargets(['BUILDING_AREA'])).toEqual(['COMMUNITY', 'BUILDING', 'UNIT_TYPE', 'UNIT'])
    expect(allowedTargets(['FIXED', 'METERED'])).toEqual(['COMMUNITY', 'BUILDING', 'UNIT_TYPE', 'UNIT'])
    expect(allowedTargets(['PER_PARKING_SPACE'])).not.toContain('PERSON')
    expect(allowedTargets(['FIXED'])).toEqual(['COMMUNITY', 'BUILDING', 'UNIT_TYPE', 'UNIT', 'PARKING_SPACE', 'PERSON'])
  })

  it('knows when an attachment applies', () => {
    expect(attachmentState({ startsOn: '2026-12-01', endsOn: null }, '2026-12-08')).toBe('ACTIVE')
    expect(attachmentState({ startsOn: '2026-12-01', endsOn: '2026-12-08' }, '2026-12-08')).toBe('ACTIVE')
    expect(attachmentState({ startsOn: '2026-12-01', endsOn: '2026-12-07' }, '2026-12-08')).toBe('ENDED')
    expect(attachmentState({ startsOn: '2027-01-01', endsOn: null }, '2026-12-08')).toBe('FUTURE')
  })

  it('checks the form and sends only what the target and formula use', () => {
    const form = emptyAttachmentForm('2026-12-01')
    expect(attachmentProblems(form, false)).toEqual({ id: 'targetRequired' })
    expect(attachmentProblems({ ...form, id: 'u-1' }, true)).toEqual({ amount: 'amountRequired' })
    expect(attachmentProblems({ ...form, id: 'u-1', amount: '0' }, true)).toEqual({ amount: 'amountFormat' })
    expect(attachmentProblems({ ...form, id: 'u-1', endsOn: '2026-11-30' }, false)).toEqual({ endsOn: 'dates' })
    expect(attachmentProblems({ ...form, kind: 'PARKING_SPACE', id: 's-1' }, false)).toEqual({ holderId: 'holderRequired' })

    expect(attachmentBodyOf({ ...form, id: ' u-1 ', holderId: 'ignored' }, false))
      .toEqual({ target: { kind: 'UNIT', id: 'u-1' }, startsOn: '2026-12-01' })
    expect(attachmentBodyOf({ ...form, kind: 'PARKING_SPACE', id: 's-1', holderId: 'p-9', amount: '300', endsOn: '2027-12-31' }, true))
      .toEqual({ target: { kind: 'PARKING_SPACE', id: 's-1', holderId: 'p-9' }, amount: '300.00', startsOn: '2026-12-01', endsOn: '2027-12-31' })
    expect(targetIdFor('COMMUNITY', 'c-1')).toBe('c-1')
    expect(targetIdFor('BUILDING', 'c-1')).toBe('')
  })

  it('tells a stated fee by any of its versions', () => {
    expect(statesAmounts({ standards: [{ formula: 'STATED' }, { formula: 'FIXED' }] as never })).toBe(true)
    expect(statesAmounts({ standards: [{ formula: 'FIXED' }] as never })).toBe(false)
  })
})
