import { ProblemError } from '../../api/problem'
import type { BuildingView, UnitBody, UnitState, UnitType, UnitView } from './api'

/**
 * The unit form: what staff type (areas as text, as they read them off a plan) and the body the service takes.
 * The service checks everything again; these checks only save a round trip and say it beside the field.
 */
export interface UnitForm {
  buildingId: string
  number: string
  floor: number | null
  type: UnitType
  state: UnitState
  buildingArea: string
  interiorArea: string
}

/** The largest area the service takes (m², two decimal places). */
export const MAX_AREA = 99999.99

export function unitFormOf(unit: UnitView | null, buildingId = ''): UnitForm {
  if (!unit) {
    return { buildingId, number: '', floor: null, type: 'RESIDENTIAL', state: 'UNSOLD', buildingArea: '', interiorArea: '' }
  }
  return {
    buildingId: unit.buildingId,
    number: unit.number,
    floor: unit.floor,
    type: unit.type,
    state: unit.state,
    buildingArea: areaText(unit.buildingAreaSqm),
    interiorArea: areaText(unit.interiorAreaSqm),
  }
}

/** An area as the form shows it: "89.5", "" when not known. */
export function areaText(area: number | null | undefined): string {
  return area === null || area === undefined ? '' : String(Number(area))
}

/** An area as a table shows it: two decimal places, "—" when not known. */
export function formatArea(area: number | null | undefined): string {
  return area === null || area === undefined ? '—' : Number(area).toFixed(2)
}

/** The i18n key (under estate.check) of what is wrong with a typed area, or the area; blank is null. */
export function parseArea(text: string): { value: number | null; error?: string } {
  const typed = text.trim().replace(/[，,]/g, '').replace(/\s*(m²|㎡|平方米|平米)$/, '')
  if (typed === '') return { value: null }
  if (!/^-?\d+(\.\d+)?$/.test(typed)) return { value: null, error: 'notANumber' }
  if (typed.startsWith('-')) return { value: null, error: 'areaRange' }
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return { value: null, error: 'twoDecimals' }
  const value = Number(typed)
  if (value <= 0 || value > MAX_AREA) return { value: null, error: 'areaRange' }
  return { value }
}

/**
 * The body for POST /communities/{id}/units or PUT /units/{id}, or — keyed by the body's field names, like the
 * service's field errors — the i18n keys (under estate.check) of what must be fixed first.
 */
export function unitBodyOf(form: UnitForm): { body: UnitBody | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  if (!form.buildingId) errors.buildingId = 'required'
  const number = form.number.trim()
  if (!number) errors.number = 'required'
  else if (number.length > 40) errors.number = 'tooLong'
  if (form.floor === null || !Number.isInteger(form.floor)) errors.floor = 'required'
  else if (form.floor < -10 || form.floor > 200) errors.floor = 'floorRange'
  const building = parseArea(form.buildingArea)
  if (building.error) errors.buildingAreaSqm = building.error
  else if (building.value === null) errors.buildingAreaSqm = 'required'
  const interior = parseArea(form.interiorArea)
  if (interior.error) errors.interiorAreaSqm = interior.error
  else if (interior.value !== null && building.value !== null && interior.value > building.value) errors.interiorAreaSqm = 'interiorAbove'
  if (Object.keys(errors).length > 0) return { body: null, errors }
  return {
    body: {
      buildingId: form.buildingId,
      number,
      floor: form.floor as number,
      type: form.type,
      state: form.state,
      buildingAreaSqm: building.value as number,
      interiorAreaSqm: interior.value,
    },
    errors,
  }
}

/** Someone else changed it since it was read (412): the page reloads it and says so. */
export function isStale(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 412
}

/** Units whose number contains the text typed (ignoring spaces and case), and of the states chosen (all when none). */
export function filterUnits(units: readonly UnitView[], text: string, states: readonly UnitState[] = []): UnitView[] {
  const wanted = text.replace(/\s+/g, '').toLowerCase()
  return units.filter((u) => (!wanted || u.number.toLowerCase().includes(wanted)) && (states.length === 0 || states.includes(u.state)))
}

/** A unit as staff say it: "3号楼 3-1-101". */
export function unitLabel(unit: Pick<UnitView, 'number' | 'buildingId'>, buildings: readonly Pick<BuildingView, 'id' | 'name'>[]): string {
  const building = buildings.find((b) => b.id === unit.buildingId)
  return building ? `${building.name} ${unit.number}` : unit.number
}

/** A building's name is unique in its community (the service says so too, 409 duplicate-building). */
export function buildingNameTaken(name: string, buildings: readonly Pick<BuildingView, 'id' | 'name'>[], except?: string): boolean {
  const wanted = name.trim()
  return buildings.some((b) => b.id !== except && b.name.trim() === wanted)
}
