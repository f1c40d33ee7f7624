/**
 * facility-service's plans (计划), inspection routes (巡检路线) and rounds (巡检) as the API answers them
 * (PlanBodies, RoundBodies, ChecklistInput); times are ISO instants, days ISO dates, durations ISO 8601 (PT2H).
 */
export const PLAN_KINDS = ['MAINTENANCE', 'INSPECTION', 'CLEANING', 'GREENING'] as const
export type PlanKind = (typeof PLAN_KINDS)[number]

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'EVERY_N'] as const
export type Frequency = (typeof FREQUENCIES)[number]
export const INTERVAL_UNITS = ['DAYS', 'WEEKS', 'MONTHS'] as const
export type IntervalUnit = (typeof INTERVAL_UNITS)[number]
export type Anchoring = 'FIXED' | 'FLOATING'
export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number]

export const ITEM_TYPES = ['PASS_FAIL', 'NUMBER', 'CHOICE', 'TEXT', 'PHOTO'] as const
export type ItemType = (typeof ITEM_TYPES)[number]
export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const
export type Severity = (typeof SEVERITIES)[number]

export const LOCATION_KINDS = ['COMMUNITY', 'BUILDING', 'UNIT', 'COMMON_AREA', 'PARKING_AREA', 'PARKING_SPACE'] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]

export interface Location {
  kind: LocationKind
  id: string
}

export interface Schedule {
  frequency: Frequency
  daysOfWeek?: DayOfWeek[] | null
  dayOfMonth?: number | null
  month?: number | null
  every?: number | null
  unit?: IntervalUnit | null
  anchoring?: Anchoring | null
}

/** One item of a checklist (检查项), as the API answers it and (with photoRequired a boolean) takes it. */
export interface ChecklistItem {
  id: string
  label: string
  type: ItemType
  min?: number | null
  max?: number | null
  unit?: string | null
  options?: string[]
  abnormalOptions?: string[]
  photoRequired?: boolean
  faultType?: string | null
  severity?: Severity | null
  category?: string | null
}

export interface Answer {
  itemId: string
  passed?: boolean | null
  value?: number | null
  choice?: string | null
  text?: string | null
  photoIds?: string[]
}

export interface Target {
  equipmentId?: string | null
  location?: Location | null
  locationName?: string | null
  routeId?: string | null
}

export interface Progress {
  generatedThrough?: string | null
  openTaskId?: string | null
  lastCompletedOn?: string | null
  meterTotal?: number | null
  meterBaseline?: number | null
  meterDueOn?: string | null
}

export interface Plan {
  id: string
  communityId: string
  name: string
  kind: PlanKind
  target: Target
  category: string
  schedule: Schedule
  window: { start: string; duration: string }
  leadTime?: string | null
  assigneeIds: string[]
  supervisorId?: string | null
  checklist: ChecklistItem[]
  meterTrigger?: { meterId: string; threshold: number; unit?: string | null } | null
  active: boolean
  effectiveFrom: string
  effectiveTo?: string | null
  version: number
  progress: Progress
  nextGenerateAt?: string | null
}

export interface PlanBody {
  communityId: string
  name: string
  kind: PlanKind
  target: Target
  category: string
  schedule: Schedule
  window: { start: string; duration: string }
  leadTime: string | null
  assigneeIds: string[]
  supervisorId: string | null
  checklist: ChecklistItem[]
  effectiveFrom: string
  effectiveTo: string | null
}

export type TaskStatus = 'OPEN' | 'DONE' | 'CANCELLED'

/** One occurrence on the calendar, generated (a task exists) or not yet. */
export interface CalendarEntry {
  planId: string
  planName: string
  kind: PlanKind
  date: string
  windowStart: string
  windowEnd: string
  generateAt?: string | null
  generated: boolean
  taskId?: string | null
  status?: TaskStatus | null
  trigger: 'CALENDAR' | 'METER'
  workOrderNumber?: string | null
  score?: number | null
}

export interface GeoPosition {
  latitude: number
  longitude: number
}

export interface RoutePoint {
  id: string
  name: string
  location: Location
  locationName?: string | null
  equipmentId?: string | null
  /** only for those who define routes (who print the labels) */
  tag?: string | null
  position?: GeoPosition | null
  radiusMetres?: number | null
  offset?: string | null
  checklist: ChecklistItem[]
}

export interface InspectionRoute {
  id: string
  communityId: string
  name: string
  category: string
  window: string
  points: RoutePoint[]
  version: number
}

export interface RouteBody {
  communityId: string
  name: string
  category: string
  window: string
  points: RoutePoint[]
}

/** Where a point stands now, as the live board shows it. */
export const POINT_STATES = ['UPCOMING', 'DUE', 'EARLY', 'ON_TIME', 'LATE', 'MISSED'] as const
export type PointState = (typeof POINT_STATES)[number]
export type RoundState = 'UPCOMING' | 'IN_PROGRESS' | 'COMPLETED'
export type PositionFlag = 'OUT_OF_RANGE' | 'NO_POSITION'

export interface RoundPoint {
  pointId: string
  name: string
  location: Location
  locationName?: string | null
  equipmentId?: string | null
  windowStart: string
  windowEnd: string
  state: PointState
  outcome?: 'EARLY' | 'ON_TIME' | 'LATE' | 'MISSED' | null
  missedAt?: string | null
  checkedAt?: string | null
  checkedBy?: string | null
  positionFlag?: PositionFlag | null
  distanceMetres?: number | null
  abnormalAnswers: number
  answers: Answer[]
  photoIds: string[]
  checklist: ChecklistItem[]
}

export interface Round {
  id: string
  communityId: string
  routeId: string
  routeName: string
  planId?: string | null
  date: string
  windowStart: string
  windowEnd: string
  supervisorId?: string | null
  assigneeIds: string[]
  status: 'OPEN' | 'COMPLETED'
  state: RoundState
  completedAt?: string | null
  points: Record<PointState, number>
  late: boolean
  abnormalAnswers: number
  score: number
  version: number
  pointStates: RoundPoint[]
}

export interface CheckIn {
  tag: string
  position?: GeoPosition | null
  photoIds?: string[]
  answers: Answer[]
}

export interface CheckedIn {
  round: Round
  point: RoundPoint
  findingIds: string[]
}

export interface Finding {
  id: string
  status: 'OPEN' | 'LINKED' | 'CLEARED' | string
  title: string
  severity: Severity
  workOrderId?: string | null
  workOrderNumber?: string | null
}

/** A plan's task (任务) as the API answers it (TaskView); a maintenance task's answers are its technician's results. */
export interface PlanTask {
  id: string
  planId: string
  communityId: string
  planName: string
  kind: PlanKind
  occurrence: string
  windowStart: string
  windowEnd: string
  target: Target
  category: string
  assigneeIds: string[]
  checklist: ChecklistItem[]
  status: TaskStatus
  workOrderId?: string | null
  workOrderNumber?: string | null
  completedAt?: string | null
  completedBy?: string | null
  answers: Answer[]
  score?: number | null
}

/** A finding a maintenance task's results stand for, and its corrective work order once ticket-service opened it. */
export interface TaskFinding {
  id: string
  status: 'OPEN' | 'LINKED' | 'CLEARED'
  title: string
  faultType: string
  severity: Severity
  foundAt: string
  workOrderId?: string | null
  workOrderNumber?: string | null
}

/** A maintenance task with its findings (MaintenanceTaskView): what its work order's page shows and records. */
export interface MaintenanceTask {
  task: PlanTask
  findings: TaskFinding[]
  reportedFindingIds: string[]
  clearedFindingIds: string[]
}
