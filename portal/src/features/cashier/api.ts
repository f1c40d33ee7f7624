import { get, post, send } from '../../api/http'
import { problemOf } from '../../api/problem'
import type {
  Approval, ApprovalStatus, CashierBatch, DeskPayment, DeskPaymentBody, Ledger, Receipt, Requested,
} from './types'

/** billing-service's ledger, desk, receipt, batch and approval calls. Changes send the version read (If-Match). */
const enc = encodeURIComponent

/** The ETag of a version as billing-service gives it (a quoted number), to send as If-Match. */
export const etagOf = (version: number) => `"${version}"`

export const unitPayer = (unitId: string) => `UNIT:${unitId}`

export const getLedger = (payer: string, asOf?: string) => get<Ledger>(`/api/v1/ledgers/${enc(payer)}`, { asOf })

export const takeDeskPayment = (body: DeskPaymentBody, idempotencyKey: string) =>
  post<DeskPayment>('/api/v1/desk-payments', body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const getReceipt = (id: string) => get<Receipt>(`/api/v1/receipts/${enc(id)}`)

export const receiptPdfPath = (id: string) => `/api/v1/receipts/${enc(id)}.pdf`

export const listBatches = (communityId: string, day?: string) =>
  get<CashierBatch[]>('/api/v1/cashier-batches', { communityId, day })

export const closeBatch = (batch: Pick<CashierBatch, 'id' | 'version'>) =>
  post<CashierBatch>(`/api/v1/cashier-batches/${enc(batch.id)}/close`, undefined, { ifMatch: etagOf(batch.version) })

export const requestBatchCancellation = (batch: Pick<CashierBatch, 'id' | 'version'>, reason: string) =>
  post<CashierBatch>(`/api/v1/cashier-batches/${enc(batch.id)}/cancellation`, { reason: reason.trim() }, { ifMatch: etagOf(batch.version) })

export const listApprovals = (communityId: string, status?: ApprovalStatus | '') =>
  get<Approval[]>('/api/v1/approvals', { communityId, status })

export const decideApproval = (approval: Pick<Approval, 'id' | 'version'>, approve: boolean, note: string) =>
  post<Approval>(`/api/v1/approvals/${enc(approval.id)}/decision`, { approve, note: note.trim() || null },
    { ifMatch: etagOf(approval.version) })

export type Adjustment =
  | { kind: 'waivers' | 'vacancy-discounts'; chargeId: string; amount: string; reason: string }
  | { kind: 'refunds'; paymentId: string; amount: string; reason: string }
  | { kind: 'deposit-returns'; chargeId: string; reason: string }

/** Asks for a waiver, refund or deposit return; the answer (202) names the approval it waits for. */
export function requestAdjustment(payer: string, adjustment: Adjustment, idempotencyKey: string) {
  const { kind, ...body } = adjustment
  return post<Requested>(`/api/v1/ledgers/${enc(payer)}/${kind}`, { ...body, reason: body.reason.trim() },
    { headers: { 'Idempotency-Key': idempotencyKey } })
}

/** A file the API serves (a receipt's PDF, a due list), fetched with the token: its object URL and its name. */
export async function fetchFile(path: string, query?: Record<string, string | undefined>, fallbackName = 'download'): Promise<{ url: string; name: string; type: string }> {
  const response = await send(path, { headers: { Accept: '*/*' }, query })
  if (!response.ok) throw await problemOf(response)
  const blob = await response.blob()
  return { url: URL.createObjectURL(blob), name: fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName, type: blob.type }
}

/** The file name a Content-Disposition gives, the UTF-8 one (filename*) first. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition)
  return plain ? plain[1].trim() : null
}

/** Lets the browser save an object URL under a name. */
export function saveAs(url: string, name: string) {
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
}

