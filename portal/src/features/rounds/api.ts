import { api, get, post, put } from '../../api/http'
import type {
  Answer, CalendarEntry, CheckedIn, CheckIn, Finding, InspectionRoute, MaintenanceTask, Plan, PlanBody, Round, RouteBody,
} from './types'

/** facility-service's plans, inspection routes and rounds; every change of a plan or route sends the version read. */
const plan = (id: string, rest = '') => `/api/v1/plans/${encodeURIComponent(id)}${rest}`
const route = (id: string) => `/api/v1/inspection-routes/${encodeURIComponent(id)}`

export const roundBoard = (communityId: string, date: string) => get<Round[]>('/api/v1/rounds', { communityId, date })
export const myRounds = (date?: string) => get<Round[]>('/api/v1/me/rounds', { date })
export const getRound = (id: string) => get<Round>(`/api/v1/rounds/${encodeURIComponent(id)}`)
export const startRound = (routeId: string, idempotencyKey: string) =>
  post<Round>('/api/v1/rounds', { routeId }, { headers: { 'Idempotency-Key': idempotencyKey } }).then((a) => a.data)
export const checkIn = (roundId: string, pointId: string, body: CheckIn) =>
  post<CheckedIn>(`/api/v1/rounds/${encodeURIComponent(roundId)}/points/${encodeURIComponent(pointId)}/check-in`, body).then((a) => a.data)
export const getFinding = (id: string) => get<Finding>(`/api/v1/findings/${encodeURIComponent(id)}`)

export const listPlans = (communityId: string) => get<Plan[]>('/api/v1/plans', { communityId })
export const getPlan = (id: string) => api<Plan>(plan(id))
export const createPlan = (body: PlanBody, idempotencyKey: string) =>
  post<Plan>('/api/v1/plans', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const updatePlan = (id: string, body: PlanBody, etag: string) => put<Plan>(plan(id), body, { ifMatch: etag })
export const pausePlan = (id: string, etag: string) => post<Plan>(plan(id, '/pause'), undefined, { ifMatch: etag })
export const resumePlan = (id: string, etag: string) => post<Plan>(plan(id, '/resume'), undefined, { ifMatch: etag })
export const planCalendar = (communityId: string, from: string, to: string) =>
  get<CalendarEntry[]>('/api/v1/plans/calendar', { communityId, from, to })

/** The maintenance task a PREVENTIVE_MAINTENANCE work order was opened for (404 until ticket-service linked them). */
export const maintenanceTaskOf = (workOrderId: string) =>
  get<MaintenanceTask>(`/api/v1/plans/tasks/by-work-order/${encodeURIComponent(workOrderId)}`)
/** Records (or corrects) a maintenance task's results; failed items become findings, corrected ones are cleared. */
export const recordResults = (planId: string, occurrence: string, answers: Answer[]) =>
  put<MaintenanceTask>(plan(planId, `/tasks/${encodeURIComponent(occurrence)}/results`), { answers }).then((a) => a.data)

export const listRoutes = (communityId: string) => get<InspectionRoute[]>('/api/v1/inspection-routes', { communityId })
export const getRoute = (id: string) => api<InspectionRoute>(route(id))
export const createRoute = (body: RouteBody, idempotencyKey: string) =>
  post<InspectionRoute>('/api/v1/inspection-routes', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const updateRoute = (id: string, body: RouteBody, etag: string) => put<InspectionRoute>(route(id), body, { ifMatch: etag })

/** A key that makes a retried create safe (the server answers the first result again). */
export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}

/** The version as an If-Match value (the ETag the server sent, else the version the body carries). */
export function etagOf(answerEtag: string | undefined, version: number): string {
  return answerEtag ?? `"${version}"`
}
