import { get, post } from '../../api/http'
import type { Filters } from './findings'
import type { EquipmentOption, FindingPage, Finding, LinkedWorkOrder, LocationKind, ManualFinding, Place } from './types'

/** facility-service's findings, the estate's places and equipment for the pickers, ticket-service's work orders. */
export const listFindings = (communityId: string, f: Filters) =>
  get<FindingPage>('/api/v1/findings', {
    communityId, source: f.source, status: f.status, equipmentId: f.equipmentId, page: f.page - 1, size: f.size,
  })

export const reportFinding = (body: ManualFinding, idempotencyKey: string) =>
  post<Finding>('/api/v1/findings', body, { headers: { 'Idempotency-Key': idempotencyKey } })

/** A work order with its origin (ticket-service); people who may not read work orders get a 403 the page shrugs off. */
export const getWorkOrder = (id: string) => get<LinkedWorkOrder>(`/api/v1/tickets/${encodeURIComponent(id)}`)

export const searchEquipment = (communityId: string, q: string) =>
  get<{ items: EquipmentOption[] }>('/api/v1/equipment', { communityId, q: q.trim() || undefined, size: 20 }).then((p) => p.items)

export const getEquipment = (id: string) => get<EquipmentOption>(`/api/v1/equipment/${encodeURIComponent(id)}`)

export const listPlaces = (communityId: string, kind: LocationKind, q?: string) =>
  get<Place[]>(`/api/v1/communities/${encodeURIComponent(communityId)}/locations`, { kind, q: q?.trim() || undefined, limit: 200 })

/** The trades of a community's category tree (ticket-service), for the trade that fixes a finding. */
export interface Trade {
  code: string
  name: string
  active?: boolean
}

const trades = new Map<string, Promise<Trade[]>>()

/** Read once per community; empty for people who may not read the tree (security, cleaning, gardening staff). */
export function tradesOf(communityId: string): Promise<Trade[]> {
  if (!trades.has(communityId)) {
    trades.set(communityId, get<{ trades: Trade[] }>(`/api/v1/categories/${encodeURIComponent(communityId)}`)
      .then((tree) => tree.trades.filter((x) => x.active !== false))
      .catch(() => []))
  }
  return trades.get(communityId)!
}

/** A key that makes a retried report safe (the server answers the finding recorded the first time). */
export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}
