import { api, get, post, put, send } from '../../api/http'
import { problemOf } from '../../api/problem'
import { filenameOf } from './download'
import type {
  Attachment, AttachmentBody, Bill, BillPage, BillRun, CollectionMonth, Disclosure, DisclosureLine, FeeItem, FeeKind,
  LateFeePolicy, LateFeePolicyBody, PrepaidBalance, ReceivablesReview, StandardBody,
} from './types'

/**
 * billing-service's calls for the fee pages. Every change of something that has a version sends the version read
 * (If-Match); every creation carries an Idempotency-Key made when its form opened, so a retry creates nothing twice.
 */
const enc = encodeURIComponent
const itemPath = (id: string, rest = '') => `/api/v1/fee-items/${enc(id)}${rest}`

/** The ETag of a version as the API gives it, to send as If-Match. */
export const etagOf = (version: number) => `"${version}"`

export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}

export const listFeeItems = (communityId: string) => get<FeeItem[]>('/api/v1/fee-items', { communityId })
export const getFeeItem = (id: string) => api<FeeItem>(itemPath(id))
export const createFeeItem = (body: { communityId: string; kind: FeeKind; name: string; standard: StandardBody }, key: string) =>
  post<FeeItem>('/api/v1/fee-items', body, { headers: { 'Idempotency-Key': key } })
export const renameFeeItem = (item: Pick<FeeItem, 'id' | 'version'>, name: string) =>
  put<FeeItem>(itemPath(item.id), { name }, { ifMatch: etagOf(item.version) })
export const addStandard = (item: Pick<FeeItem, 'id' | 'version'>, body: StandardBody) =>
  post<FeeItem>(itemPath(item.id, '/standards'), body, { ifMatch: etagOf(item.version) })

export const listAttachments = (itemId: string) => get<Attachment[]>(itemPath(itemId, '/attachments'))
export const attach = (itemId: string, body: AttachmentBody, key: string) =>
  post<Attachment>(itemPath(itemId, '/attachments'), body, { headers: { 'Idempotency-Key': key } })
export const endAttachment = (a: Pick<Attachment, 'id' | 'feeItemId' | 'version'>, endsOn: string | null) =>
  put<Attachment>(itemPath(a.feeItemId, `/attachments/${enc(a.id)}`), { endsOn }, { ifMatch: etagOf(a.version) })

export interface RunRequest {
  communityId: string
  period: string
  feeItemIds: string[]
}
export const dryRun = (r: RunRequest) => post<BillRun>('/api/v1/bill-runs', { ...r, dryRun: true }).then((a) => a.data)
/** Starts (202), or finds running or runs again (200): either way the run as it stands. */
export const startRun = (r: RunRequest) => post<BillRun>('/api/v1/bill-runs', { ...r, dryRun: false }).then((a) => a.data)
export const getRun = (id: string) => get<BillRun>(`/api/v1/bill-runs/${enc(id)}`)
export const listRuns = (communityId: string) => get<BillRun[]>('/api/v1/bill-runs', { communityId })

export interface BillQuery {
  period?: string
  unitId?: string
  page: number
  size: number
}
export const listBills = (communityId: string, q: BillQuery) =>
  get<BillPage>('/api/v1/bills', { communityId, period: q.period, unitId: q.unitId, page: q.page, size: q.size })
export const getBill = (id: string) => get<Bill>(`/api/v1/bills/${enc(id)}`)

export const listPolicies = (communityId: string) => get<LateFeePolicy[]>('/api/v1/late-fee-policies', { communityId })
/** `feeItemId` null sets the community's policy for every item without its own. */
export const setPolicy = (communityId: string, feeItemId: string | null, body: LateFeePolicyBody, version?: number) =>
  put<LateFeePolicy>(`/api/v1/late-fee-policies/${enc(communityId)}/${enc(feeItemId ?? 'all')}`, body,
    { ifMatch: version === undefined ? undefined : etagOf(version) })

export const listDisclosures = (communityId: string) => get<Disclosure[]>('/api/v1/disclosures', { communityId })
export const getDisclosure = (id: string) => api<Disclosure>(`/api/v1/disclosures/${enc(id)}`)
export const startDisclosure = (communityId: string, month: string) => post<Disclosure>('/api/v1/disclosures', { communityId, month })
export const editDisclosure = (d: Pick<Disclosure, 'id' | 'revision'>,
  body: { expenses: DisclosureLine[]; commonIncome: DisclosureLine[]; changes: string | null }) =>
  put<Disclosure>(`/api/v1/disclosures/${enc(d.id)}`, body, { ifMatch: etagOf(d.revision) })
export const publishDisclosure = (d: Pick<Disclosure, 'id' | 'revision'>) =>
  post<Disclosure>(`/api/v1/disclosures/${enc(d.id)}/publish`, undefined, { ifMatch: etagOf(d.revision) })

export const collectionByMonth = (communityId: string, from: string, to: string) =>
  get<CollectionMonth[]>('/api/v1/billing-reports/collection', { communityId, from, to })
export const reviewReceivables = (communityId: string, period: string) =>
  get<ReceivablesReview>('/api/v1/receivables', { communityId, period })
export const prepaidBalances = (communityId: string) => get<PrepaidBalance[]>('/api/v1/billing-reports/prepaid', { communityId })

/**
 * Downloads a workbook the API serves (with the token, so not as a plain link): the browser saves it under the name
 * the server gave (its UTF-8 name, 收缴情况-2026-12.xlsx) or the fallback.
 */
export async function downloadFile(path: string, query: Record<string, string>, fallback: string): Promise<string> {
  const response = await send(path, { query, headers: { Accept: '*/*' } })
  if (!response.ok) throw await problemOf(response)
  const name = filenameOf(response.headers.get('Content-Disposition'), fallback)
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return name
}

export interface ParkingArea {
  id: string
  name: string
}
export interface ParkingSpace {
  id: string
  parkingAreaId: string
  number: string
  unitId: string | null
}
/** facility-service's parking areas and their spaces, to pick a space a fee is charged for. */
export const listParkingAreas = (communityId: string) => get<ParkingArea[]>(`/api/v1/communities/${enc(communityId)}/parking-areas`)
export const listSpaces = (communityId: string, areaId: string) =>
  get<ParkingSpace[]>(`/api/v1/communities/${enc(communityId)}/parking-areas/${enc(areaId)}/spaces`)
