import { api, send, type Answer, type Call } from '../../api/http'
import { ProblemError } from '../../api/problem'

/**
 * facility-service's estate as the portal reads it: a community with its buildings, common areas and parking areas
 * (edited on the community's version), units and parking spaces (each on its own version), the XLSX unit-list
 * import and a unit's move-in checklist. Every type mirrors the service's views (EstateViews, HandoverController).
 */
export const UNIT_TYPES = ['RESIDENTIAL', 'SHOP', 'OFFICE', 'PARKING', 'STORAGE', 'OTHER'] as const
export const UNIT_STATES = ['UNSOLD', 'HANDED_OVER', 'RENOVATING', 'OCCUPIED', 'RENTED', 'VACANT'] as const
export const AREA_KINDS = ['LOBBY', 'LIFT_CAR', 'PUMP_ROOM', 'GARAGE_ZONE', 'GREEN_BELT', 'PLAYGROUND', 'ROOF', 'CORRIDOR', 'OTHER'] as const
export const SPACE_STATES = ['FREE', 'RENTED', 'SOLD'] as const
export const METER_KINDS = ['WATER', 'ELECTRICITY', 'GAS'] as const

export type UnitType = (typeof UNIT_TYPES)[number]
export type UnitState = (typeof UNIT_STATES)[number]
export type AreaKind = (typeof AREA_KINDS)[number]
export type SpaceState = (typeof SPACE_STATES)[number]
export type MeterKind = (typeof METER_KINDS)[number]

export interface BuildingView {
  id: string
  communityId: string
  name: string
  floors: number
  unitIds: string[]
  version: number
}

export interface CommonAreaView {
  id: string
  communityId: string
  name: string
  kind: AreaKind
  buildingId: string | null
  displayName: string
  version: number
}

export interface ParkingAreaView {
  id: string
  communityId: string
  name: string
  version: number
}

export interface CommunityView {
  id: string
  name: string
  city?: string
  district?: string
  address?: string
  version: number
  buildings: BuildingView[]
  commonAreas: CommonAreaView[]
  parkingAreas: ParkingAreaView[]
}

export interface UnitView {
  id: string
  communityId: string
  buildingId: string
  number: string
  floor: number
  type: UnitType
  state: UnitState
  buildingAreaSqm: number
  interiorAreaSqm: number | null
  version: number
}

/** What a unit's create and change take: the unit without its ids and version. */
export type UnitBody = Omit<UnitView, 'id' | 'communityId' | 'version'>

export interface SpaceView {
  id: string
  communityId: string
  parkingAreaId: string
  number: string
  state: SpaceState
  unitId: string | null
  version: number
}

export interface ImportProblem {
  row: number
  column: string | null
  code: string
  message: string
}

export interface ImportView {
  communityId: string
  dryRun: boolean
  written: boolean
  rows: number
  unitsToCreate: number
  unitsUnchanged: number
  buildingsToCreate: string[]
  unitsCreated: number
  buildingsCreated: number
  problemCount: number
  problems: ImportProblem[]
}

export type ItemResult = 'PASS' | 'DEFECT'

export interface HandoverView {
  unitId: string
  communityId: string
  unitNumber: string
  unitState: UnitState
  ownerId: string | null
  items: { name: string; result: ItemResult | null; note: string | null }[]
  keys: { kind: string; count: number }[]
  readings: { kind: MeterKind; value: number | null }[]
  documents: { name: string; received: boolean }[]
  handbookAcknowledged: boolean
  completed: boolean
  completedAt: string | null
  completedBy: string | null
  missing: Missing[]
  version: number
}

export interface Missing {
  part: string
  message: string
}

export interface OwnerAccount {
  id: string
  name: string
  username: string
  phone?: string | null
  unitIds: string[]
}

/** A failure whose problem document says more than the portal's ProblemError keeps (an import's rows, a handover's missing parts). */
export class EstateProblem extends ProblemError {
  readonly body: Record<string, unknown>

  constructor(status: number, body: Record<string, unknown>) {
    super(status, body as ConstructorParameters<typeof ProblemError>[1])
    this.body = body
  }

  /** The rows an import found wrong (code import-has-problems). */
  get importProblems(): ImportProblem[] | null {
    return Array.isArray(this.body.problems) ? (this.body.problems as ImportProblem[]) : null
  }

  get problemCount(): number {
    return typeof this.body.problemCount === 'number' ? this.body.problemCount : (this.importProblems?.length ?? 0)
  }

  /** What a handover still lacks (code handover-incomplete). */
  get missing(): Missing[] | null {
    return Array.isArray(this.body.missing) ? (this.body.missing as Missing[]) : null
  }
}

/** Like api(), but a failure keeps its whole problem document. */
export async function detailed<T>(path: string, call: Call = {}): Promise<Answer<T>> {
  const response = await send(path, call)
  if (!response.ok) {
    const text = await response.text().catch(() => '')
    let body: Record<string, unknown> = {}
    try {
      const parsed = text ? JSON.parse(text) : {}
      if (parsed && typeof parsed === 'object') body = parsed
    } catch {
      body = {}
    }
    throw new EstateProblem(response.status, body)
  }
  const type = response.headers.get('Content-Type') ?? ''
  const data = (type.includes('json') ? await response.json() : undefined) as T
  return { data, etag: response.headers.get('ETag') ?? undefined, status: response.status, headers: response.headers }
}

const enc = encodeURIComponent

export const paths = {
  community: (id: string) => `/api/v1/communities/${enc(id)}`,
  buildings: (id: string) => `/api/v1/communities/${enc(id)}/buildings`,
  building: (id: string, buildingId: string) => `/api/v1/communities/${enc(id)}/buildings/${enc(buildingId)}`,
  commonAreas: (id: string) => `/api/v1/communities/${enc(id)}/common-areas`,
  commonArea: (id: string, areaId: string) => `/api/v1/communities/${enc(id)}/common-areas/${enc(areaId)}`,
  parkingAreas: (id: string) => `/api/v1/communities/${enc(id)}/parking-areas`,
  parkingArea: (id: string, areaId: string) => `/api/v1/communities/${enc(id)}/parking-areas/${enc(areaId)}`,
  spaces: (id: string, areaId: string) => `/api/v1/communities/${enc(id)}/parking-areas/${enc(areaId)}/spaces`,
  space: (spaceId: string) => `/api/v1/parking-spaces/${enc(spaceId)}`,
  units: (id: string) => `/api/v1/communities/${enc(id)}/units`,
  unit: (unitId: string) => `/api/v1/units/${enc(unitId)}`,
  handover: (unitId: string) => `/api/v1/units/${enc(unitId)}/handover`,
  imports: (id: string) => `/api/v1/communities/${enc(id)}/estate-imports`,
  template: '/api/v1/estate-imports/template.xlsx',
}

export function readCommunity(id: string): Promise<Answer<CommunityView>> {
  return api<CommunityView>(paths.community(id))
}

export function readUnits(communityId: string, buildingId?: string): Promise<UnitView[]> {
  return api<UnitView[]>(paths.units(communityId), { query: { buildingId } }).then((a) => a.data ?? [])
}

/** The If-Match of a version a view carries: the ETag the API gave for it. */
export function versionTag(version: number): string {
  return `"${version}"`
}

/** A key that makes a retried create answer what the first made, not a second one. */
export function idempotencyKey(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
  return `portal-${random}`.replace(/[^A-Za-z0-9._:-]/g, '')
}
