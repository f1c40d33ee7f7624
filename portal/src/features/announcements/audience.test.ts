import { describe, expect, it } from 'vitest'
import { audienceText, emptyForm, publication, readShare } from './audience'

const t = (key: string, v?: Record<string, unknown>) => (v ? `${key}${JSON.stringify(v)}` : key)
const names = { buildings: { b1: '1号楼', b2: '2号楼' }, units: { u1: '1-1-101', u2: '1-1-102', u3: '1-1-201', u4: '1-1-202' } }

describe('announcement audience', () => {
  it('sends the whole community when no narrowing is chosen', () => {
    expect(publication({ ...emptyForm(), title: ' 停水通知 ', body: '明天停水' }, 'c1').body).toEqual({
      scope: 'COMMUNITIES', communityIds: ['c1'], title: '停水通知', body: '明天停水', urgent: false,
    })
  })

  it('narrows to buildings or units, and keeps only the chosen kind', () => {
    const form = { ...emptyForm(), title: 'x', body: 'y', buildingIds: ['b1'], unitIds: ['u1'] }
    expect(publication({ ...form, target: 'buildings' }, 'c1').body).toMatchObject({ communityIds: ['c1'], buildingIds: ['b1'] })
    expect(publication({ ...form, target: 'buildings' }, 'c1').body).not.toHaveProperty('unitIds')
    expect(publication({ ...form, target: 'units', urgent: true }, 'c1').body).toMatchObject({ unitIds: ['u1'], urgent: true })
  })

  it('refuses an empty building or unit choice instead of widening to the whole community', () => {
    expect(publication({ ...emptyForm(), target: 'buildings' }, 'c1').errors).toEqual({ buildingIds: 'announcements.pickBuildings' })
    expect(publication({ ...emptyForm(), target: 'units' }, 'c1').errors).toEqual({ unitIds: 'announcements.pickUnits' })
  })

  it('names no community for everyone', () => {
    expect(publication({ ...emptyForm(), target: 'all', title: 'a', body: 'b' }, 'c1').body).toEqual({ scope: 'ALL', title: 'a', body: 'b', urgent: false })
  })

  it('says whom it went to', () => {
    const none = { scope: 'COMMUNITIES' as const, buildingIds: [], unitIds: [] }
    expect(audienceText(none, names, t)).toBe('announcements.audience.community')
    expect(audienceText({ ...none, scope: 'ALL' }, names, t)).toBe('announcements.audience.all')
    expect(audienceText({ ...none, buildingIds: ['b1', 'b2'] }, names, t)).toBe('1号楼、2号楼')
    expect(audienceText({ ...none, unitIds: ['u1', 'u2', 'u3', 'u4'] }, names, t))
      .toBe('announcements.audience.more{"list":"1-1-101、1-1-102、1-1-201","n":4}')
    expect(audienceText({ ...none, buildingIds: ['gone'] }, names, t)).toBe('gone')
  })

  it('reads the read share of those reached', () => {
    expect(readShare({ reached: 0, read: 0 })).toBe('—')
    expect(readShare({ reached: 3, read: 1 })).toBe('33%')
  })
})
