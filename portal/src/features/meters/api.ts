import { api, blobUrl, del, get, post, put, send } from '../../api/http'
import { problemOf, ProblemError } from '../../api/problem'
import type {
  ClosedPeriod, Device, DeviceBody, Gateway, LineProblem, Meter, MeterBody, MeterKind, NewReading, Outcomes, Reading,
  ReadingPeriod, ReadingStatus, ReportingWindow,
} from './types'

/** facility-service's meter, reading, month and gateway calls; every change of a meter or reading sends the version read (If-Match). */
const enc = encodeURIComponent
const meterPath = (id: string, rest = '') => `/api/v1/meters/${enc(id)}${rest}`
const readingPath = (id: string, rest = '') => `/api/v1/meter-readings/${enc(id)}${rest}`

/** The ETag of a version as the API gives it (a quoted number), to send as If-Match. */
export const etagOf = (version: number) => `"${version}"`

export const listMeters = (communityId: string, kind?: MeterKind | '') => get<Meter[]>('/api/v1/meters', { communityId, kind })
export const getMeter = (id: string) => api<Meter>(meterPath(id))
export const addMeter = (body: MeterBody, idempotencyKey: string) =>
  post<Meter>('/api/v1/meters', body, { headers: { 'Idempotency-Key': idempotencyKey } })
export const changeMeter = (id: string, body: MeterBody, etag: string) => put<Meter>(meterPath(id), body, { ifMatch: etag })
export const retireMeter = (id: string, etag: string) => del<Meter>(meterPath(id), { ifMatch: etag })

export interface ReadingQuery {
  meterId?: string
  period?: string
  status?: ReadingStatus | ''
  page: number
  size: number
}

export const listReadings = (communityId: string, q: ReadingQuery) =>
  get<Reading[]>('/api/v1/meter-readings', { communityId, meterId: q.meterId, period: q.period, status: q.status, page: q.page, size: q.size })

export const recordReadings = (readings: NewReading[]) => post<Outcomes>('/api/v1/meter-readings', { readings })

/** The photo of the meter a held reading needs, as the browser picked it (the server tells JPEG and PNG by their bytes). */
export const putPhoto = (id: string, file: Blob) =>
  api<Reading>(readingPath(id, '/photo'), { method: 'PUT', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } })

export const photoUrl = (id: string) => blobUrl(readingPath(id, '/photo'))

export const approveReading = (r: Pick<Reading, 'id' | 'version'>, note: string) =>
  post<Reading>(readingPath(r.id, '/approve'), { note: note.trim() || null }, { ifMatch: etagOf(r.version) })

export const rejectReading = (r: Pick<Reading, 'id' | 'version'>, note: string) =>
  post<Reading>(readingPath(r.id, '/reject'), { note: note.trim() }, { ifMatch: etagOf(r.version) })

export const getWindow = (communityId: string) => get<ReportingWindow>(`/api/v1/meters/reporting-windows/${enc(communityId)}`)
export const setWindow = (communityId: string, dayFrom: number | null, dayTo: number | null, version: number) =>
  put<ReportingWindow>(`/api/v1/meters/reporting-windows/${enc(communityId)}`, { dayFrom, dayTo }, { ifMatch: etagOf(version) })

export const getPeriod = (communityId: string, period: string) =>
  get<ReadingPeriod>(`/api/v1/meters/periods/${enc(communityId)}/${enc(period)}`)
export const closePeriod = (communityId: string, period: string) =>
  post<ClosedPeriod>(`/api/v1/meters/periods/${enc(communityId)}/${enc(period)}/close`)

/** An import refused as a whole: the lines that cannot be read, each with its problem. */
export class ImportRejected extends ProblemError {
  readonly lines: LineProblem[]

  constructor(problem: ProblemError, lines: LineProblem[]) {
    super(problem.status, { title: problem.title, detail: problem.detail, code: problem.code, type: problem.type })
    this.lines = lines
  }
}

/** Imports a CSV file of readings; an import-rejected answer throws ImportRejected with its lines. */
export async function importReadings(communityId: string, csv: Blob | string): Promise<Outcomes> {
  const response = await send(`/api/v1/meter-readings/imports?communityId=${enc(communityId)}`, {
    method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' },
  })
  if (!response.ok) {
    const copy = response.clone()
    const problem = await problemOf(response)
    const body = (await copy.json().catch(() => ({}))) as { lines?: LineProblem[] }
    throw Array.isArray(body.lines) ? new ImportRejected(problem, body.lines) : problem
  }
  return (await response.json()) as Outcomes
}

export const listGateways = (communityId: string) => get<Gateway[]>('/api/v1/device-gateways', { communityId })
export const registerGateway = (communityId: string, name: string, idempotencyKey: string) =>
  post<Gateway>('/api/v1/device-gateways', { communityId, name: name.trim() }, { headers: { 'Idempotency-Key': idempotencyKey } })
export const listDevices = (gatewayId: string) => get<Device[]>(`/api/v1/device-gateways/${enc(gatewayId)}/devices`)
export const putDevice = (gatewayId: string, deviceId: string, body: DeviceBody) =>
  put<Device>(`/api/v1/device-gateways/${enc(gatewayId)}/devices/${enc(deviceId)}`, body)
