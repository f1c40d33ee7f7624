/**
 * billing-service's fee items, standards, attachments, bill runs, bills, late-fee policies, disclosures and reports
 * as the API answers them. Amounts are decimal strings ("312.40"), never floats.
 */
export const FEE_KINDS = [
  'PROPERTY_MANAGEMENT', 'WATER', 'ELECTRICITY', 'GAS', 'HEATING', 'PARKING', 'SHARED', 'REPAIR', 'DEPOSIT', 'OTHER',
] as const
export type FeeKind = (typeof FEE_KINDS)[number]

export const FORMULAS = ['BUILDING_AREA', 'INTERIOR_AREA', 'FIXED', 'METERED', 'PER_PARKING_SPACE', 'STATED'] as const
export type Formula = (typeof FORMULAS)[number]

export const CYCLES = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE'] as const
export type Cycle = (typeof CYCLES)[number]

export const BILLING_MODES = ['PREPAID', 'POSTPAID'] as const
export type BillingMode = (typeof BILLING_MODES)[number]

export const DUE_KINDS = ['DAY_OF_MONTH', 'DAYS_AFTER_ISSUE'] as const
export type DueKind = (typeof DUE_KINDS)[number]

export const ROUNDING_MODES = ['HALF_UP', 'UP', 'DOWN'] as const
export type RoundingMode = (typeof ROUNDING_MODES)[number]

export const TARGET_KINDS = ['COMMUNITY', 'BUILDING', 'UNIT_TYPE', 'UNIT', 'PARKING_SPACE', 'PERSON'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

export const UNIT_TYPES = ['RESIDENTIAL', 'SHOP', 'OFFICE', 'PARKING', 'STORAGE', 'OTHER'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export interface DueRule {
  kind: DueKind
  days: number
}

export interface RoundingRule {
  scale: number
  mode: RoundingMode
}

export interface Standard {
  number: number
  effectiveFrom: string
  formula: Formula
  price: string | null
  cycle: Cycle
  mode: BillingMode
  dueRule: DueRule
  rounding: RoundingRule
  billed: boolean
}

/** What a new standard (or a fee item's first) is sent as. */
export interface StandardBody {
  effectiveFrom: string
  formula: Formula
  price?: string
  cycle: Cycle
  mode: BillingMode
  dueRule: DueRule
  rounding: RoundingRule
}

export interface FeeItem {
  id: string
  communityId: string
  kind: FeeKind
  name: string
  standards: Standard[]
  /** the first day of the latest period billed */
  billedUntil: string | null
  createdAt: string
  createdBy: string
  version: number
}

export interface Target {
  kind: TargetKind
  id: string
  holderId?: string | null
}

export interface Attachment {
  id: string
  communityId: string
  feeItemId: string
  target: Target
  amount: string | null
  startsOn: string
  endsOn: string | null
  createdAt: string
  createdBy: string
  version: number
}

export interface AttachmentBody {
  target: Target
  amount?: string
  startsOn: string
  endsOn?: string | null
}

export type RunStatus = 'DRY_RUN' | 'RUNNING' | 'DONE' | 'FAILED'

export interface RunTotal {
  key: string
  name: string
  count: number
  total: string
}

export interface BillRun {
  id: string
  communityId: string
  period: string
  feeItemIds: string[]
  leftOut: { feeItemId: string; name: string; problem: string; reason: string }[]
  status: RunStatus
  attempt: number
  startedAt: string | null
  startedBy: string | null
  finishedAt: string | null
  heartbeatAt: string | null
  planned: number
  bills: number
  lines: number
  postedLines: number
  existingLines: number
  total: string
  byItem: RunTotal[]
  byBuilding: RunTotal[]
  skipped: number
  skippedByReason: { reason: string; count: number }[]
  skippedSamples: { payer: string; feeItemId: string; reason: string }[]
  error: string | null
  version: number
}

export type BillStatus = 'UNPAID' | 'PART_PAID' | 'SETTLED'

export interface BillLine {
  chargeId: string
  feeItemId: string
  feeName: string
  amount: string
  owed: string
  dueOn: string
}

export interface Bill {
  id: string
  communityId: string
  period: string
  payer: string
  unitId: string | null
  buildingId: string | null
  unitNumber: string | null
  issuedAt: string
  dueOn: string
  total: string
  owed: string
  status: BillStatus
  lines: BillLine[]
}

export interface BillPage {
  bills: Bill[]
  total: number
  page: number
  size: number
}

export type LateFeeMode = 'DAILY_RATE' | 'ONE_OFF'

export interface LateFeePolicy {
  id: string
  communityId: string
  /** null: every item without a policy of its own */
  feeItemId: string | null
  graceDays: number
  mode: LateFeeMode
  dailyRate: string | null
  oneOffAmount: string | null
  capShare: string | null
  startsOn: string
  version: number
}

export interface LateFeePolicyBody {
  graceDays: number
  mode: LateFeeMode
  dailyRate?: string
  oneOffAmount?: string
  capShare?: string
  startsOn?: string
}

export interface DisclosureLine {
  category: string
  amount: string
  note?: string | null
}

export type DisclosureStatus = 'DRAFT' | 'PUBLISHED'

export interface Disclosure {
  id: string
  communityId: string
  month: string
  version: number
  status: DisclosureStatus
  expenses: DisclosureLine[]
  commonIncome: DisclosureLine[]
  feeIncome: { feeName: string; collected: string }[]
  collectionRate: string | null
  totalIncome: string
  totalExpenses: string
  changes: string | null
  editedBy: string | null
  editedAt: string | null
  publishedBy: string | null
  publishedAt: string | null
  revision: number
}

export interface CollectionMonth {
  month: string
  receivable: string
  reduced: string
  collected: string
  outstanding: string
  collectionRate: string
}

export interface Figures {
  receivable: string
  reduced: string
  collected: string
  outstanding: string
  collectionRate: string
  lateFees: string
}

export interface ReceivablesReview {
  communityId: string
  period: string
  asOf: string
  total: Figures
  byFeeItem: Record<string, Figures>
  byBuilding: Record<string, Figures>
}

export interface PrepaidBalance {
  payer: string
  unitNumber: string | null
  buildingId: string | null
  prepaid: string
}
