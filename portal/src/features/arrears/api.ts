import { get, post } from '../../api/http'
import type { ArrearsRow, Contact, NewContact } from './types'

/** billing-service's dunning worklist, contacts and due list. */
const enc = encodeURIComponent

export const listArrears = (communityId: string, asOf?: string) => get<ArrearsRow[]>('/api/v1/arrears', { communityId, asOf })

export const listContacts = (payer: string) => get<Contact[]>(`/api/v1/arrears/${enc(payer)}/contacts`)

export const recordContact = (payer: string, contact: NewContact, idempotencyKey: string) =>
  post<Contact>(`/api/v1/arrears/${enc(payer)}/contacts`, contact, { headers: { 'Idempotency-Key': idempotencyKey } })

export const DUE_LIST_PATH = '/api/v1/billing-reports/arrears.xlsx'
