/** billing-service's dunning worklist (欠费催缴): payers in arrears on a day, aged, and the contacts made with them. */
export const BUCKETS = ['DAYS_1_30', 'DAYS_31_90', 'DAYS_91_180', 'OVER_180'] as const
export type Bucket = (typeof BUCKETS)[number]

export const CONTACT_WAYS = ['CALL', 'SMS', 'VISIT', 'LETTER'] as const
export type ContactWay = (typeof CONTACT_WAYS)[number]

export const CONTACT_OUTCOMES = ['REACHED', 'NO_ANSWER', 'PROMISED', 'REFUSED', 'DISPUTED', 'LETTER_DELIVERED'] as const
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number]

export interface Contact {
  id: string
  way: ContactWay
  outcome: ContactOutcome
  promisedOn?: string | null
  note?: string | null
  by: string
  at: string
}

export interface ArrearsRow {
  payer: string
  unitNumber?: string | null
  buildingId?: string | null
  overdue: string
  buckets: Record<Bucket, string>
  oldestDueOn: string
  daysLate: number
  overdueCharges: number
  lastContact?: Contact | null
}

export interface NewContact {
  way: ContactWay
  outcome: ContactOutcome
  promisedOn?: string | null
  note?: string | null
}
