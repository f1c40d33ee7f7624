import { api, get, post, put } from '../../api/http'
import type {
  Certificate, CertificateKind, Equipment, EquipmentBody, EquipmentPage, EquipmentState, EquipmentType,
  FleetReliability, History,
} from './types'

/** facility-service's ledger and certificate calls; every change of a piece sends the version read (If-Match). */
const one = (id: string, rest = '') => `/api/v1/equipment/${encodeURIComponent(id)}${rest}`

export interface Filters {
  type?: EquipmentType | ''
  state?: EquipmentState | ''
  q?: string
  page: number
  size: number
}

export const listEquipment = (communityId: string, f: Filters) =>
  get<EquipmentPage>('/api/v1/equipment', { communityId, type: f.type, state: f.state, q: f.q?.trim(), page: f.page, size: f.size })

export const getEquipment = (id: string) => api<Equipment>(one(id))

export const registerEquipment = (communityId: string, body: EquipmentBody, idempotencyKey: string) =>
  post<Equipment>('/api/v1/equipment', body, { query: { communityId }, headers: { 'Idempotency-Key': idempotencyKey } })

export const updateEquipment = (id: string, body: EquipmentBody, etag: string) => put<Equipment>(one(id), body, { ifMatch: etag })

export interface StateChange {
  state: EquipmentState
  reason: string
  workOrderId?: string | null
  corrective?: boolean
}

export const changeState = (id: string, change: StateChange, etag: string) =>
  post<Equipment>(one(id, '/state'), change, { ifMatch: etag })

export const getHistory = (id: string) => get<History>(one(id, '/history'))

export const requestScrap = (id: string, reason: string, etag: string) =>
  post<Equipment>(one(id, '/scrap-requests'), { reason }, { ifMatch: etag })

export const approveScrap = (id: string, requestId: string, note: string, etag: string) =>
  post<Equipment>(one(id, `/scrap-requests/${encodeURIComponent(requestId)}/approve`), { note: note.trim() || null }, { ifMatch: etag })

export const rejectScrap = (id: string, requestId: string, reason: string, etag: string) =>
  post<Equipment>(one(id, `/scrap-requests/${encodeURIComponent(requestId)}/reject`), { reason }, { ifMatch: etag })

export const equipmentCertificates = (id: string) =>
  get<{ equipmentId: string; items: Certificate[] }>(one(id, '/certificates')).then((a) => a.items)

export interface NewCertificate {
  kind: CertificateKind
  number: string
  issuer: string | null
  issuedOn: string
  expiresOn: string
}

export const recordCertificate = (equipmentId: string, body: NewCertificate, idempotencyKey: string) =>
  post<Certificate>(one(equipmentId, '/certificates'), body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const communityCertificates = (communityId: string, expiringWithinDays: number | null) =>
  get<{ items: Certificate[] }>('/api/v1/certificates', { communityId, expiringWithinDays }).then((a) => a.items)

export function uploadDocument(certificateId: string, file: File) {
  const form = new FormData()
  form.append('file', file, file.name)
  return api(`/api/v1/certificates/${encodeURIComponent(certificateId)}/documents`, { method: 'POST', body: form })
}

export const documentPath = (certificateId: string, documentId: string) =>
  `/api/v1/certificates/${encodeURIComponent(certificateId)}/documents/${encodeURIComponent(documentId)}`

export const fleetReliability = (communityId: string, type: EquipmentType | null, from: string | null, to: string | null) =>
  get<FleetReliability>('/api/v1/equipment/reliability', { communityId, type, from, to })

/** A key that makes a retried registration or certificate safe (the server answers the first result again). */
export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}
