import type { Location } from '../findings/types'

/** facility-service's meter register (表计台账), readings (抄表), reporting windows, months of readings and device gateways. */
export const METER_KINDS = ['WATER', 'ELECTRICITY', 'GAS', 'HEAT', 'RUNNING_HOURS'] as const
export type MeterKind = (typeof METER_KINDS)[number]

export const TARIFFS = ['SINGLE', 'MULTI'] as const
export type Tariff = (typeof TARIFFS)[number]

export const REGISTERS = ['TOTAL', 'PEAK', 'VALLEY', 'FLAT'] as const
export type Register = (typeof REGISTERS)[number]

export const READING_STATUSES = ['COUNTED', 'HELD', 'APPROVED', 'REJECTED'] as const
export type ReadingStatus = (typeof READING_STATUSES)[number]

export const READING_SOURCES = ['STAFF', 'OWNER', 'IMPORT', 'DEVICE'] as const
export type ReadingSource = (typeof READING_SOURCES)[number]

export const APPORTIONING_RULES = ['BY_AREA', 'BY_HOUSEHOLD'] as const
export type ApportioningRule = (typeof APPORTIONING_RULES)[number]

/** The plausibility rules a held reading may have failed. */
export const PLAUSIBILITY_RULES = ['negative-delta', 'jump', 'zero-occupied'] as const

export type Values = Partial<Record<Register, number>>

export interface Verification {
  verifiedOn: string
  intervalMonths: number
  expiresOn?: string
}

export interface Share {
  unitId: string
  areaSqm?: number | null
}

export interface Meter {
  id: string
  communityId: string
  kind: MeterKind
  tariff: Tariff
  serial: string
  location: Location
  locationName?: string | null
  equipmentId?: string | null
  unitId?: string | null
  quantityUnit: string
  multiplier: number
  digits?: number | null
  initialValues: Values
  installedAt: string
  verification?: Verification | null
  apportioning?: { rule: ApportioningRule; shares: Share[] } | null
  retired: boolean
  version: number
}

export interface MeterBody {
  communityId: string
  kind: MeterKind
  tariff: Tariff
  serial: string
  location: Location
  locationName: string | null
  equipmentId: string | null
  multiplier: number
  digits: number | null
  initialValues: Values
  installedAt: string | null
  verification: { verifiedOn: string; intervalMonths: number } | null
  apportioning: { rule: ApportioningRule; units: Share[] } | null
}

export interface Reading {
  id: string
  communityId: string
  meterId: string
  unitId?: string | null
  period: string
  readAt: string
  values: Values
  value: number
  source: ReadingSource
  readerId: string
  occupied?: boolean | null
  photo: boolean
  consumption?: Values | null
  totalConsumption?: number | null
  rollover: boolean
  rules: string[]
  status: ReadingStatus
  decidedBy?: string | null
  decidedAt?: string | null
  decisionNote?: string | null
  recordedAt: string
  version: number
}

export interface NewReading {
  meterId: string
  readAt: string
  value?: number
  registers?: Values
  occupied?: boolean
}

export type OutcomeResult = 'COUNTED' | 'HELD' | 'DUPLICATE' | 'REFUSED'

export interface Outcome {
  meterId: string
  readAt: string
  readingId?: string | null
  result: OutcomeResult
  status?: ReadingStatus | null
  problem?: string | null
}

export interface Outcomes {
  counted: number
  held: number
  duplicates: number
  refused: number
  items: Outcome[]
}

export interface ReportingWindow {
  communityId: string
  dayFrom?: number | null
  dayTo?: number | null
  openToday: boolean
  version: number
}

export interface ReadingPeriod {
  communityId: string
  period: string
  status: 'OPEN' | 'CLOSING' | 'CLOSED'
  heldReadings: number
  closedAt?: string | null
  closedBy?: string | null
  units: number
}

export interface ClosedPeriod {
  communityId: string
  period: string
  status: 'OPEN' | 'CLOSING' | 'CLOSED'
  published: number
  unreadMeterIds: string[]
}

export interface Gateway {
  id: string
  communityId: string
  name: string
  createdBy: string
  createdAt: string
  /** only in the answer to its registration */
  secret?: string | null
}

export interface Device {
  gatewayId: string
  deviceId: string
  communityId: string
  name: string
  location: Location
  locationName?: string | null
  equipmentId?: string | null
  meterId?: string | null
  category: string
}

export interface DeviceBody {
  name: string
  location: Location
  locationName: string | null
  equipmentId: string | null
  meterId: string | null
  category: string
}

/** A line of a CSV import that could not be read. */
export interface LineProblem {
  line: number
  problem: string
}
