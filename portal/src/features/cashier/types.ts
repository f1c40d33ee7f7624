/**
 * billing-service's ledgers (分户账), desk payments and receipts (收银台、收据), cashiers' daily batches (日结) and the
 * approvals that move money only when a second person agrees (审批). Amounts are decimal strings in yuan, "312.40".
 */
export const DESK_METHODS = ['CASH', 'POS', 'BANK_TRANSFER', 'SCANNED_QR'] as const
export type DeskMethod = (typeof DESK_METHODS)[number]

/** Every way money arrives (online ones too, as ledger lines and receipts name them). */
export const PAYMENT_METHODS = ['CASH', 'POS', 'BANK_TRANSFER', 'SCANNED_QR', 'WECHAT_PAY', 'ALIPAY', 'SANDBOX'] as const

export const LINE_KINDS = [
  'CHARGE', 'LATE_FEE', 'PAYMENT', 'ALLOCATION', 'ALLOCATION_REVERSAL', 'DISCOUNT', 'WAIVER', 'REFUND', 'PAYMENT_REVERSAL',
] as const
export type LineKind = (typeof LINE_KINDS)[number]

export interface LedgerLine {
  id: string
  kind: LineKind
  amount: string
  postedAt: string
  postedBy?: string | null
  chargeId?: string | null
  paymentId?: string | null
  feeName?: string | null
  feeItemId?: string | null
  period?: string | null
  billId?: string | null
  dueOn?: string | null
  method?: string | null
  reference?: string | null
  approvalId?: string | null
  note?: string | null
}

export interface OpenCharge {
  chargeId: string
  feeName: string
  period?: string | null
  dueOn: string
  amount: string
  outstanding: string
  overdue: boolean
}

export interface Ledger {
  payer: string
  communityId: string
  asOf: string
  owed: string
  overdue: string
  prepaid: string
  balance: string
  openCharges: OpenCharge[]
  lines: LedgerLine[]
  version: number
}

export interface DeskPaymentBody {
  communityId: string
  unitId: string
  method: DeskMethod
  amount: string
  chargeIds: string[]
  payerName?: string
  reference?: string
}

export interface DeskPayment {
  paymentId: string
  receiptId: string
  receiptNumber: string
  batchId: string
  amount: string
  method: DeskMethod
  owedAfter: string
  prepaidAfter: string
}

export interface ReceiptLine {
  feeName: string
  period?: string | null
  amount: string
}

export interface Receipt {
  id: string
  number: string
  communityId: string
  unitId?: string | null
  unitNumber?: string | null
  payerName?: string | null
  amount: string
  amountInWords: string
  method: string
  reference?: string | null
  paymentId: string
  source: string
  cashierName?: string | null
  receivedAt: string
  lines: ReceiptLine[]
  prepaid: string
  voided: boolean
  voidReason?: string | null
}

export const BATCH_STATES = ['OPEN', 'CLOSED', 'CANCELLED'] as const

export interface BatchPayment {
  paymentId: string
  unitId: string
  method: DeskMethod
  amount: string
  receiptNumber: string
  at: string
}

export interface CashierBatch {
  id: string
  communityId: string
  cashierId: string
  cashierName?: string | null
  day: string
  state: string
  totals: Partial<Record<DeskMethod, string>>
  total: string
  payments: BatchPayment[]
  cancellationApprovalId?: string | null
  cancellation?: 'PENDING' | 'APPROVED' | 'REJECTED' | null
  cancellationReason?: string | null
  openedAt: string
  closedAt?: string | null
  version: number
}

export const APPROVAL_KINDS = ['WAIVER', 'VACANCY_DISCOUNT', 'REFUND', 'DEPOSIT_RETURN', 'BATCH_CANCELLATION', 'EXPENSE'] as const
export type ApprovalKind = (typeof APPROVAL_KINDS)[number]
export const APPROVAL_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]

export interface Approval {
  id: string
  communityId: string
  kind: ApprovalKind
  subjectId: string
  payer?: string | null
  amount?: string | null
  details: Record<string, string>
  reason?: string | null
  requestedBy: string
  requestedAt: string
  status: ApprovalStatus
  decidedBy?: string | null
  decidedAt?: string | null
  decisionNote?: string | null
  appliedAt?: string | null
  version: number
}

/** What asking for a waiver, refund or deposit return answers (202): the approval it waits for. */
export interface Requested {
  approvalId: string
  kind: ApprovalKind
  status: ApprovalStatus
  amount?: string | null
}

/** The requests a ledger takes, as the paths name them: waivers, vacancy discounts, refunds, deposits returned. */
export type AdjustmentKind = 'waivers' | 'vacancy-discounts' | 'refunds' | 'deposit-returns'
