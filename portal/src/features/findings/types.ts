/**
 * facility-service's findings (发现的问题) as the API answers them, and ticket-service's origin of the work order a
 * finding went to (how many findings it holds, and whether it repeats an earlier failure).
 */
export const FINDING_SOURCES = ['INSPECTION', 'MAINTENANCE', 'DEVICE', 'METER', 'SECURITY', 'FEEDBACK', 'MANUAL'] as const
export type FindingSource = (typeof FINDING_SOURCES)[number]

/** The list's status filter (lowercase in the query); the view says it in capitals. */
export const FINDING_FILTER_STATUSES = ['open', 'linked', 'cleared'] as const
export type FindingFilterStatus = (typeof FINDING_FILTER_STATUSES)[number]
export type FindingStatus = 'OPEN' | 'LINKED' | 'CLEARED'

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const
export type Severity = (typeof SEVERITIES)[number]

export const EVIDENCE_KINDS = ['ANSWER', 'VALUE', 'PHOTO', 'ALARM', 'TEXT'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const LOCATION_KINDS = ['COMMUNITY', 'BUILDING', 'UNIT', 'COMMON_AREA', 'PARKING_AREA', 'PARKING_SPACE'] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]

export interface Location {
  kind: LocationKind
  id: string
}

export interface Evidence {
  kind: EvidenceKind
  label?: string | null
  value: string
}

export interface Finding {
  id: string
  communityId: string
  source: FindingSource
  status: FindingStatus
  location: Location
  locationName?: string | null
  equipmentId?: string | null
  faultType: string
  category: string
  severity: Severity
  title: string
  detail?: string | null
  reporterId: string
  evidence: Evidence[]
  foundAt: string
  workOrderId?: string | null
  workOrderNumber?: string | null
  clearedAt?: string | null
}

export interface FindingPage {
  items: Finding[]
  page: number
  size: number
  total: number
}

export interface ManualFinding {
  communityId: string
  location: Location
  locationName: string | null
  equipmentId: string | null
  faultType: string
  category: string
  severity: Severity
  title: string
  detail: string | null
  evidence: Evidence[]
}

/** Where a work order raised by another domain came from (ticket-service's `origin`). */
export interface OriginSource {
  kind: 'FINDING' | 'MAINTENANCE_TASK'
  id: string
  at: string
  summary?: string | null
}

export interface Origin {
  equipmentId?: string | null
  occurrences: number
  repeatOfWorkOrderId?: string | null
  sources: OriginSource[]
}

/** The part of a work order the findings page shows beside a finding. */
export interface LinkedWorkOrder {
  id: string
  number: string
  status: string
  origin?: Origin | null
}

/** A piece of equipment as the picker offers it. */
export interface EquipmentOption {
  id: string
  code: string
  name: string
  locationName?: string | null
  location?: Location
}

/** A place of the estate as facility-service lists it for a picker. */
export interface Place {
  kind: LocationKind
  id: string
  name: string
}
