import type { DeadlineKind } from '../../workorder/types'

/** GET /api/v1/ticket-reports/kpis as ticket-service answers it (times in seconds, rates 0…1 to four places). */
export type GroupBy = 'community' | 'technician' | 'category' | 'agent'
export const GROUP_BYS: readonly GroupBy[] = ['community', 'technician', 'category', 'agent']

export interface TimeFigure {
  count: number
  averageSeconds: number | null
  p90Seconds: number | null
}

export interface RateFigure {
  count: number
  of: number
  rate: number | null
}

export interface Counts {
  submitted: number
  resolved: number
  closed: number
  cancelled: number
  open: number
}

export interface Backlog {
  underOneDay: number
  oneToThreeDays: number
  threeToSevenDays: number
  sevenDaysOrMore: number
  total: number
}

export interface KpiGroup {
  /** the community, technician, category or agent; null for work orders never dispatched / not yet accepted */
  key: string | null
  counts: Counts
  response: TimeFigure
  arrival: TimeFigure
  resolution: TimeFigure
  onTime: Partial<Record<DeadlineKind, RateFigure>>
  firstTimeFix: RateFigure
  reopens: RateFigure
  backlog: Backlog
}

export interface Recurring {
  key: string
  requests: number
}

export interface KpiReport {
  communityId: string
  from: string
  to: string
  asOf: string
  groupBy: GroupBy
  groups: KpiGroup[]
  highFrequency: { minRequests: number; units: Recurring[]; categories: Recurring[] }
}

export const DEADLINE_KINDS: readonly DeadlineKind[] = ['RESPONSE', 'ARRIVAL', 'RESOLUTION', 'REPLY']
export const BACKLOG_BUCKETS = ['underOneDay', 'oneToThreeDays', 'threeToSevenDays', 'sevenDaysOrMore'] as const
