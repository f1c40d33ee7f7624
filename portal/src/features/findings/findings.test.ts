import { describe, expect, it } from 'vitest'
import {
  awaitingLink, emptyFindingForm, filtersOf, findingBodyOf, occurrenceOf, queryOf, workOrderIds, workOrdersToRead,
} from './findings'
import type { Origin } from './types'

describe('the findings filters in the address', () => {
  it('reads known values and drops the rest', () => {
    expect(filtersOf({ source: 'METER', status: 'open', equipmentId: ' eq-1 ', page: '3', size: '50' }))
      .toEqual({ source: 'METER', status: 'open', equipmentId: 'eq-1', page: 3, size: 50 })
    expect(filtersOf({ source: 'ROBOT', status: 'OPEN', page: '-2', size: '7' }))
      .toEqual({ source: '', status: '', equipmentId: '', page: 1, size: 20 })
    expect(filtersOf({ source: ['DEVICE', 'METER'] }).source).toBe('DEVICE')
  })

  it('writes only what differs from a plain list, and reads back the same', () => {
    expect(queryOf({ source: '', status: '', equipmentId: '', page: 1, size: 20 }))
      .toEqual({ source: undefined, status: undefined, equipmentId: undefined, page: undefined, size: undefined })
    const f = { source: 'INSPECTION' as const, status: 'linked' as const, equipmentId: 'e', page: 2, size: 100 }
    expect(filtersOf(queryOf(f))).toEqual(f)
  })
})

describe('waiting for the work order ticket-service opens', () => {
  const now = Date.parse('2026-12-07T10:00:00Z')
  it('waits while an open finding was found within the last minutes', () => {
    expect(awaitingLink([{ status: 'OPEN', foundAt: '2026-12-07T09:59:30Z' }], now)).toBe(true)
    expect(awaitingLink([{ status: 'LINKED', foundAt: '2026-12-07T09:59:30Z' }], now)).toBe(false)
    expect(awaitingLink([{ status: 'CLEARED', foundAt: '2026-12-07T09:59:30Z' }], now)).toBe(false)
  })

  it('stops waiting for old findings that never went to a work order', () => {
    expect(awaitingLink([{ status: 'OPEN', foundAt: '2026-12-07T09:50:00Z' }], now)).toBe(false)
    expect(awaitingLink([], now)).toBe(false)
  })

  it('reads each work order once', () => {
    expect(workOrderIds([{ workOrderId: 'a' }, { workOrderId: null }, { workOrderId: 'a' }, { workOrderId: 'b' }])).toEqual(['a', 'b'])
  })

  it('reads a work order again when a finding shown joined it after it was read, not when it could not be read', () => {
    const origin = { occurrences: 1, sources: [{ kind: 'FINDING' as const, id: 'f1', at: '2026-12-07T09:00:00Z' }] }
    const known = { a: { origin }, b: null, c: { origin: null } }
    expect(workOrdersToRead([{ id: 'f1', workOrderId: 'a' }], known)).toEqual([])
    expect(workOrdersToRead([{ id: 'f1', workOrderId: 'a' }, { id: 'f2', workOrderId: 'a' }], known)).toEqual(['a'])
    expect(workOrdersToRead([{ id: 'f3', workOrderId: 'b' }, { id: 'f4', workOrderId: 'c' }, { id: 'f5', workOrderId: 'd' }], known)).toEqual(['d'])
  })
})

describe('a finding among its work order’s occurrences', () => {
  const origin: Origin = {
    occurrences: 3, repeatOfWorkOrderId: null,
    sources: [
      { kind: 'FINDING', id: 'f1', at: '2026-12-01T00:00:00Z' },
      { kind: 'FINDING', id: 'f2', at: '2026-12-02T00:00:00Z' },
      { kind: 'FINDING', id: 'f3', at: '2026-12-03T00:00:00Z' },
    ],
  }

  it('is the n-th of how many', () => {
    expect(occurrenceOf('f2', origin)).toEqual({ n: 2, of: 3, repeatOf: null })
    expect(occurrenceOf('other', origin)).toEqual({ n: null, of: 3, repeatOf: null })
  })

  it('tells the work order it repeats', () => {
    expect(occurrenceOf('f1', { ...origin, repeatOfWorkOrderId: 'wo-earlier' })?.repeatOf).toBe('wo-earlier')
  })

  it('is unknown without an origin (a person’s request, or a work order the caller may not read)', () => {
    expect(occurrenceOf('f1', null)).toBeNull()
    expect(occurrenceOf('f1', undefined)).toBeNull()
  })
})

describe('a finding reported by hand', () => {
  it('is sent trimmed, blanks as null, empty evidence left out', () => {
    const form = {
      ...emptyFindingForm(), locationKind: 'COMMON_AREA' as const, locationId: ' pump-room ', locationName: ' 3号楼 水泵房 ',
      faultType: ' Noise ', category: 'Plumbing', title: ' 2号泵异响 ', detail: '  ', severity: 'HIGH' as const,
      evidence: [{ kind: 'VALUE' as const, label: ' 出口压力 ', value: ' 0.12 MPa ' }, { kind: 'TEXT' as const, label: 'x', value: ' ' }],
    }
    expect(findingBodyOf('c1', form)).toEqual({
      communityId: 'c1', location: { kind: 'COMMON_AREA', id: 'pump-room' }, locationName: '3号楼 水泵房', equipmentId: null,
      faultType: 'noise', category: 'plumbing', severity: 'HIGH', title: '2号泵异响', detail: null,
      evidence: [{ kind: 'VALUE', label: '出口压力', value: '0.12 MPa' }],
    })
  })

  it('about the whole community, names the community as the place', () => {
    const body = findingBodyOf('c1', { ...emptyFindingForm(), locationKind: 'COMMUNITY', locationId: '' })
    expect(body.location).toEqual({ kind: 'COMMUNITY', id: 'c1' })
  })
})
