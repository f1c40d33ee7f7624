/**
 * The equipment ledger (设施设备台账) and its certificates as facility-service answers them
 * (EquipmentController, EquipmentReliabilityController, CertificateController).
 */
export const EQUIPMENT_TYPES = [
  'elevator', 'pump', 'fire-panel', 'generator', 'hvac', 'transformer', 'gate-barrier', 'cctv', 'lighting', 'other',
] as const
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number]

export const EQUIPMENT_STATES = ['OPERATIONAL', 'STANDBY', 'DOWN', 'UNDER_MAINTENANCE', 'IDLE', 'SCRAPPED'] as const
export type EquipmentState = (typeof EQUIPMENT_STATES)[number]

export const IMPORTANCE = ['A', 'B', 'C'] as const
export type Importance = (typeof IMPORTANCE)[number]

export const LOCATION_KINDS = ['COMMUNITY', 'BUILDING', 'UNIT', 'COMMON_AREA', 'PARKING_AREA', 'PARKING_SPACE'] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]

export interface LocationRef {
  kind: LocationKind
  id: string
}

export interface Downtime {
  number: number
  startedAt: string
  failure: boolean
  reason?: string | null
  workOrderId?: string | null
  endedAt?: string | null
  repaired: boolean
}

export type ScrapStatus = 'PENDING' | 'APPROVED' | 'REJECTED'

export interface ScrapRequest {
  id: string
  reason: string
  requestedBy: string
  requestedAt: string
  status: ScrapStatus
  decidedBy?: string | null
  decidedAt?: string | null
  note?: string | null
}

export interface Hold {
  id: string
  reason: string
  since: string
}

export interface Equipment {
  id: string
  communityId: string
  code: string
  type: EquipmentType
  category: string
  name: string
  brand?: string | null
  model?: string | null
  serial?: string | null
  location: LocationRef
  locationName?: string | null
  importance: Importance
  purchasePrice?: number | null
  currency: string
  inServiceDate?: string | null
  warrantyEnd?: string | null
  usefulLifeYears?: number | null
  responsibleStaffId?: string | null
  parentId?: string | null
  qrCode: string
  state: EquipmentState
  stateSince: string
  outOfService: boolean
  holds: Hold[]
  openDowntime?: Downtime | null
  repairCost: number
  pendingScrapRequest?: ScrapRequest | null
  registeredAt: string
  version: number
}

export interface EquipmentPage {
  items: Equipment[]
  page: number
  size: number
  total: number
}

/** The body of a registration and of an edit: every ledger fact (absent ones become empty on an edit). */
export interface EquipmentBody {
  code: string
  type: EquipmentType
  name: string
  brand: string | null
  model: string | null
  serial: string | null
  location: LocationRef
  locationName: string | null
  importance: Importance
  purchasePrice: number | null
  inServiceDate: string | null
  warrantyEnd: string | null
  usefulLifeYears: number | null
  responsibleStaffId: string | null
  parentId: string | null
}

export type HistoryKind =
  | 'REGISTERED' | 'EDITED' | 'STATE_CHANGED' | 'SCRAP_REQUESTED' | 'SCRAP_REJECTED' | 'WORK_ORDER_LINKED'
  | 'WORK_ORDER_RESOLVED' | 'WORK_ORDER_CLOSED' | 'OUT_OF_SERVICE' | 'BACK_IN_SERVICE'

export interface HistoryEntry {
  at: string
  kind: HistoryKind
  from?: EquipmentState | null
  to?: EquipmentState | null
  reason?: string | null
  workOrderId?: string | null
  actorId?: string | null
}

export interface WorkOrderRecord {
  workOrderId: string
  number?: string | null
  kind?: string | null
  category?: string | null
  title?: string | null
  linkedAt: string
  resolvedAt?: string | null
  result?: string | null
  closedAt?: string | null
  cost?: number | null
}

export interface History {
  equipmentId: string
  code: string
  state: EquipmentState
  repairCost: number
  version: number
  entries: HistoryEntry[]
  downtimes: Downtime[]
  workOrders: WorkOrderRecord[]
  scrapRequests: ScrapRequest[]
}

export const CERTIFICATE_KINDS = [
  'LIFT_ANNUAL_INSPECTION', 'FIRE_SYSTEM_TEST', 'PRESSURE_VESSEL', 'LIGHTNING_PROTECTION', 'OTHER',
] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]
export type CertificateStatus = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'SUPERSEDED'

export interface CertificateDocument {
  id: string
  fileName: string
  contentType: string
  size: number
  uploadedBy: string
  uploadedAt: string
}

export interface Certificate {
  id: string
  equipmentId: string
  communityId: string
  equipmentCode: string
  equipmentName: string
  kind: CertificateKind
  number: string
  issuer?: string | null
  issuedOn: string
  expiresOn: string
  status: CertificateStatus
  remindersSent: number[]
  supersededBy?: string | null
  documents: CertificateDocument[]
  recordedBy: string
  recordedAt: string
}

export interface Figures {
  equipmentCount: number
  operatingHours: number
  downtimeHours: number
  failures: number
  repairedFailures: number
  mtbfHours: number | null
  mttrHours: number | null
  availability: number | null
  repeatFailures: number
  repairCost: number
  lifetimeRepairCost: number
  purchasePrice: number | null
  repairCostShareOfPrice: number | null
  lifetimeRepairCostShareOfPrice: number | null
}

export interface EquipmentReliability {
  equipmentId: string
  code: string
  name: string
  type: EquipmentType
  from: string
  to: string
  figures: Figures
}

export interface FleetReliability {
  communityId: string
  type: EquipmentType | null
  from: string
  to: string
  total: Figures
  items: EquipmentReliability[]
}
