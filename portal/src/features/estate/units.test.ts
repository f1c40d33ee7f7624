import { describe, expect, it } from 'vitest'
import { ProblemError } from '../../api/problem'
import type { UnitView } from './api'
import { areaText, buildingNameTaken, filterUnits, formatArea, isStale, parseArea, unitBodyOf, unitFormOf, unitLabel } from './units'

const unit: UnitView = {
  id: 'u1', communityId: 'c1', buildingId: 'b1', number: '3-1-101', floor: 1, type: 'RESIDENTIAL', state: 'HANDED_OVER',
  buildingAreaSqm: 89.5, interiorAreaSqm: 74.2, version: 3,
}

describe('areas as staff type them', () => {
  it('takes plain numbers, a thousands comma and a unit', () => {
    expect(parseArea('89.5')).toEqual({ value: 89.5 })
    expect(parseArea(' 1,089.50 ')).toEqual({ value: 1089.5 })
    expect(parseArea('89.5㎡')).toEqual({ value: 89.5 })
    expect(parseArea('89.5 m²')).toEqual({ value: 89.5 })
  })
  it('blank is not known', () => {
    expect(parseArea('  ')).toEqual({ value: null })
  })
  it('says what is wrong', () => {
    expect(parseArea('八十九').error).toBe('notANumber')
    expect(parseArea('89.555').error).toBe('twoDecimals')
    expect(parseArea('0').error).toBe('areaRange')
    expect(parseArea('-5').error).toBe('areaRange')
    expect(parseArea('100000').error).toBe('areaRange')
  })
  it('shows two decimal places, a dash when not known', () => {
    expect(formatArea(89.5)).toBe('89.50')
    expect(formatArea(null)).toBe('—')
    expect(areaText(74.2)).toBe('74.2')
    expect(areaText(null)).toBe('')
  })
})

describe('the unit form', () => {
  it('round-trips a unit into the body the service takes', () => {
    const { body, errors } = unitBodyOf(unitFormOf(unit))
    expect(errors).toEqual({})
    expect(body).toEqual({
      buildingId: 'b1', number: '3-1-101', floor: 1, type: 'RESIDENTIAL', state: 'HANDED_OVER', buildingAreaSqm: 89.5, interiorAreaSqm: 74.2,
    })
  })
  it('a new unit starts in the building chosen, unsold and residential', () => {
    expect(unitFormOf(null, 'b2')).toMatchObject({ buildingId: 'b2', type: 'RESIDENTIAL', state: 'UNSOLD', floor: null })
  })
  it('sends no interior area when it is not known', () => {
    const form = { ...unitFormOf(unit), interiorArea: '' }
    expect(unitBodyOf(form).body?.interiorAreaSqm).toBeNull()
  })
  it('keys each problem by the field the service names', () => {
    const { body, errors } = unitBodyOf({ ...unitFormOf(null, ''), number: ' ', floor: 300, buildingArea: 'x', interiorArea: '1.234' })
    expect(body).toBeNull()
    expect(errors).toEqual({ buildingId: 'required', number: 'required', floor: 'floorRange', buildingAreaSqm: 'notANumber', interiorAreaSqm: 'twoDecimals' })
  })
  it('refuses an interior area above the building area, and a missing building area', () => {
    expect(unitBodyOf({ ...unitFormOf(unit), interiorArea: '90' }).errors).toEqual({ interiorAreaSqm: 'interiorAbove' })
    expect(unitBodyOf({ ...unitFormOf(unit), buildingArea: '' }).errors).toEqual({ buildingAreaSqm: 'required' })
  })
})

describe('lists and names', () => {
  const units: UnitView[] = [unit, { ...unit, id: 'u2', number: '3-1-102', state: 'OCCUPIED' }, { ...unit, id: 'u3', number: '3-2-201', state: 'UNSOLD' }]
  it('finds units by part of their number and by state', () => {
    expect(filterUnits(units, '1-10').map((u) => u.id)).toEqual(['u1', 'u2'])
    expect(filterUnits(units, '', ['OCCUPIED', 'UNSOLD']).map((u) => u.id)).toEqual(['u2', 'u3'])
    expect(filterUnits(units, ' 201 ', ['UNSOLD']).map((u) => u.id)).toEqual(['u3'])
  })
  it('names a unit with its building', () => {
    expect(unitLabel(unit, [{ id: 'b1', name: '3号楼' }])).toBe('3号楼 3-1-101')
    expect(unitLabel(unit, [])).toBe('3-1-101')
  })
  it('a building name is taken by another building only', () => {
    const buildings = [{ id: 'b1', name: '3号楼' }]
    expect(buildingNameTaken(' 3号楼', buildings)).toBe(true)
    expect(buildingNameTaken('3号楼', buildings, 'b1')).toBe(false)
    expect(buildingNameTaken('4号楼', buildings)).toBe(false)
  })
  it('a 412 is a stale page, nothing else is', () => {
    expect(isStale(new ProblemError(412, { code: 'stale-version' }))).toBe(true)
    expect(isStale(new ProblemError(409, {}))).toBe(false)
    expect(isStale(new Error('x'))).toBe(false)
  })
})
