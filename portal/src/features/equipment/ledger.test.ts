import { describe, expect, it } from 'vitest'
import {
  bodyOf, daysBetween, emptyForm, etagOf, expiryTone, fieldMessageKey, firstFieldMessage, formOf, idsOf, nextStates, problemKey,
  scrapDecision, systemReason, toneTag, today,
} from './ledger'
import type { Equipment, ScrapRequest } from './types'

const lift: Equipment = {
  id: 'e1', communityId: 'c1', code: 'LIFT-03-A', type: 'elevator', category: 'elevator', name: '3号楼 A 梯', brand: '奥的斯',
  model: null, serial: 'S-1', location: { kind: 'BUILDING', id: 'b3' }, locationName: '3号楼', importance: 'A',
  purchasePrice: 380000, currency: 'CNY', inServiceDate: '2019-06-18', warrantyEnd: null, usefulLifeYears: 15,
  responsibleStaffId: 'p-9', parentId: null, qrCode: 'EQ-ABC', state: 'OPERATIONAL', stateSince: '2026-01-01T00:00:00Z',
  outOfService: false, holds: [], openDowntime: null, repairCost: 0, pendingScrapRequest: null, registeredAt: '2026-01-01T00:00:00Z',
  version: 7,
}

describe('the states a piece may be moved to by hand', () => {
  it('follow the server: never SCRAPPED (that takes an approval), never the state it is in', () => {
    expect(nextStates('OPERATIONAL')).toEqual(['STANDBY', 'DOWN', 'UNDER_MAINTENANCE', 'IDLE'])
    expect(nextStates('DOWN')).toEqual(['OPERATIONAL', 'STANDBY', 'UNDER_MAINTENANCE'])
    expect(nextStates('SCRAPPED')).toEqual([])
    for (const s of ['OPERATIONAL', 'STANDBY', 'DOWN', 'UNDER_MAINTENANCE', 'IDLE'] as const) {
      expect(nextStates(s)).not.toContain('SCRAPPED')
      expect(nextStates(s)).not.toContain(s)
    }
  })

  it('leave out IDLE while a downtime is open (repair first)', () => {
    expect(nextStates('UNDER_MAINTENANCE', true)).toEqual(['OPERATIONAL', 'STANDBY', 'DOWN'])
  })
})

describe('the register and edit form', () => {
  it('sends every fact, trimmed, blanks as null, the code in capitals', () => {
    const form = { ...emptyForm('c1'), code: ' pump-03-02 ', type: 'pump' as const, name: ' 2号生活水泵 ', brand: '  ',
      locationKind: 'COMMON_AREA' as const, locationId: ' b3-pump-room ', locationName: '3号楼 水泵房', purchasePrice: 48600 }
    expect(bodyOf(form)).toEqual({
      code: 'PUMP-03-02', type: 'pump', name: '2号生活水泵', brand: null, model: null, serial: null,
      location: { kind: 'COMMON_AREA', id: 'b3-pump-room' }, locationName: '3号楼 水泵房', importance: 'B',
      purchasePrice: 48600, inServiceDate: null, warrantyEnd: null, usefulLifeYears: null, responsibleStaffId: null, parentId: null,
    })
  })

  it('a new piece is in the community as a whole until a place is picked', () => {
    expect(emptyForm('c1')).toMatchObject({ locationKind: 'COMMUNITY', locationId: 'c1' })
  })

  it('an edit sends back what it was opened with, nothing lost', () => {
    const body = bodyOf(formOf(lift))
    expect(body).toMatchObject({ code: 'LIFT-03-A', brand: '奥的斯', model: null, serial: 'S-1', location: { kind: 'BUILDING', id: 'b3' },
      purchasePrice: 380000, inServiceDate: '2019-06-18', usefulLifeYears: 15, responsibleStaffId: 'p-9' })
  })

  it('sends the version as the quoted ETag the API gave', () => {
    expect(etagOf(lift.version)).toBe('"7"')
  })
})

describe('a scrap request is decided under four eyes', () => {
  const request: ScrapRequest = { id: 'r1', reason: '超期', requestedBy: 'pm-1', requestedAt: '2026-01-01T00:00:00Z', status: 'PENDING' }
  it('by a property manager who did not ask', () => {
    expect(scrapDecision(request, { id: 'pm-2', roles: ['PROPERTY_MANAGER'] })).toBe('decide')
  })
  it('not by the property manager who asked', () => {
    expect(scrapDecision(request, { id: 'pm-1', roles: ['PROPERTY_MANAGER'] })).toBe('own-request')
  })
  it('not by a supervisor or an administrator', () => {
    expect(scrapDecision(request, { id: 'sup', roles: ['SUPERVISOR'] })).toBe('not-manager')
    expect(scrapDecision(request, { id: 'adm', roles: ['ADMIN'] })).toBe('not-manager')
  })
})

describe('how near a certificate expires', () => {
  const on = '2026-03-10'
  const cert = (expiresOn: string, status = 'VALID' as const) => ({ expiresOn, status })
  it('counts whole days in the calendar', () => {
    expect(daysBetween(on, '2026-03-10')).toBe(0)
    expect(daysBetween(on, '2026-03-17')).toBe(7)
    expect(daysBetween(on, '2026-03-09')).toBe(-1)
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1)
  })
  it('is red when expired or within 7 days, orange within 30, green beyond', () => {
    expect(expiryTone(cert('2026-03-09'), on)).toBe('expired')
    expect(expiryTone(cert('2026-03-10'), on)).toBe('urgent')
    expect(expiryTone(cert('2026-03-17'), on)).toBe('urgent')
    expect(expiryTone(cert('2026-03-18'), on)).toBe('soon')
    expect(expiryTone(cert('2026-04-09'), on)).toBe('soon')
    expect(expiryTone(cert('2026-04-10'), on)).toBe('ok')
    expect(toneTag('expired')).toBe('danger')
    expect(toneTag('urgent')).toBe('danger')
    expect(toneTag('soon')).toBe('warning')
  })
  it('a superseded one is history, whatever its date', () => {
    expect(expiryTone({ expiresOn: '2020-01-01', status: 'SUPERSEDED' }, on)).toBe('superseded')
  })
  it('today is the date in China Standard Time', () => {
    expect(today(new Date('2026-03-09T16:30:00Z'))).toBe('2026-03-10')
    expect(today(new Date('2026-03-09T15:30:00Z'))).toBe('2026-03-09')
  })
})

describe('words for the server', () => {
  it('field messages people read in their language', () => {
    expect(fieldMessageKey('must not be blank')).toBe('equipment.err.required')
    expect(fieldMessageKey('must match "[A-Za-z0-9]"')).toBe('equipment.err.format')
    expect(fieldMessageKey('something else')).toBeNull()
    expect(fieldMessageKey('不能为空')).toBe('equipment.err.required')
    expect(fieldMessageKey('需要匹配正则表达式"[A-Za-z0-9]"')).toBe('equipment.err.format')
    expect(firstFieldMessage(['需要匹配正则表达式"x"', '不能为空'])).toBe('不能为空')
    expect(firstFieldMessage(['需要匹配正则表达式"x"'])).toBe('需要匹配正则表达式"x"')
  })
  it('problem codes the ledger explains', () => {
    expect(problemKey('four-eyes')).toBe('equipment.problem.four-eyes')
    expect(problemKey('code-taken')).toBe('equipment.problem.code-taken')
    expect(problemKey('forbidden')).toBeNull()
    expect(problemKey(undefined)).toBeNull()
  })
  it('the label selection from the address', () => {
    expect(idsOf('a, b,,a')).toEqual(['a', 'b'])
    expect(idsOf(['a', 'c'])).toEqual(['a', 'c'])
    expect(idsOf(undefined)).toEqual([])
  })
})

describe('reasons the server wrote by itself', () => {
  it('read as message keys with their values', () => {
    expect(systemReason('PRESSURE_VESSEL certificate RQ-2024-77 expired on 2026-12-01')).toEqual({
      key: 'equipment.detail.certificateExpired', values: { kind: 'PRESSURE_VESSEL', number: 'RQ-2024-77', date: '2026-12-01' },
    })
    expect(systemReason('certificate TSX-1 recorded')).toEqual({ key: 'equipment.detail.certificateRecorded', values: { number: 'TSX-1' } })
    expect(systemReason('work order WO-20261120-0031 closed')).toEqual({ key: 'equipment.detail.workOrderClosed', values: { number: 'WO-20261120-0031' } })
    expect(systemReason('出水压力低')).toBeNull()
    expect(systemReason(null)).toBeNull()
  })
})
