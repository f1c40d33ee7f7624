import { describe, expect, it } from 'vitest'
import { draftOf } from './checklist'
import { emptyRouteForm, moved, newPoint, pointProblems, routeBodyOf, routeFormOf } from './route'
import type { InspectionRoute } from './types'

const route: InspectionRoute = {
  id: 'r', communityId: 'c', name: '设备房日检', category: 'plumbing', window: 'PT2H', version: 2,
  points: [
    { id: 'pump', name: '水泵', location: { kind: 'COMMON_AREA', id: 'room' }, locationName: '泵房', tag: 'QR-1', position: { latitude: 30.1, longitude: 120.2 }, radiusMetres: 20, offset: 'PT0S',
      checklist: [{ id: 'leak', label: '无渗漏', type: 'PASS_FAIL', faultType: 'pump.leak', severity: 'HIGH', options: [], abnormalOptions: [], photoRequired: false, min: null, max: null, unit: null, category: null }] },
    { id: 'valve', name: '阀门', location: { kind: 'COMMON_AREA', id: 'room' }, tag: 'QR-2', offset: 'PT1H', checklist: [] },
  ],
}

describe('the route editor', () => {
  it('reads a route and sends it back as it was', () => {
    const body = routeBodyOf(routeFormOf(route), 'c')
    expect(body.window).toBe('PT2H')
    expect(body.points.map((p) => p.offset)).toEqual(['PT0S', 'PT1H'])
    expect(body.points[0]).toMatchObject({ id: 'pump', tag: 'QR-1', position: { latitude: 30.1, longitude: 120.2 }, radiusMetres: 20, locationName: '泵房' })
    expect(body.points[0].checklist).toEqual(route.points[0].checklist)
    expect(body.points[1]).toMatchObject({ position: null, radiusMetres: null, locationName: null, equipmentId: null })
  })

  it('sends no offsets when the window is split evenly, and a 30 m radius when a position has none', () => {
    const form = routeFormOf(route)
    form.useOffsets = false
    form.points[1].latitude = 30
    form.points[1].longitude = 120
    form.points[1].radiusMetres = null
    const body = routeBodyOf(form, 'c')
    expect(body.points.map((p) => p.offset)).toEqual([null, null])
    expect(body.points[1].radiusMetres).toBe(30)
  })

  it('moves points in the walking order and names new ones apart', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(newPoint([{ id: 'p1' }, { id: 'p3' }]).id).toBe('p4')
    expect(emptyRouteForm().points).toHaveLength(1)
  })

  it('finds a point without a name, place or tag, a tag twice, half a position and offsets out of order', () => {
    const form = routeFormOf(route)
    expect(pointProblems(form)).toEqual({})
    form.points[1].tag = 'QR-1'
    expect(pointProblems(form)).toEqual({ pump: 'routes.problem.tagTwice', valve: 'routes.problem.tagTwice' })
    form.points[1].tag = 'QR-2'
    form.points[1].offsetMinutes = 0
    expect(pointProblems(form)).toEqual({ valve: 'routes.problem.offsets' })
    form.points[1].offsetMinutes = 120
    expect(pointProblems(form)).toEqual({ valve: 'routes.problem.offsetWindow' })
    form.points[1].offsetMinutes = 60
    form.points[1].latitude = 30
    expect(pointProblems(form)).toEqual({ valve: 'routes.problem.position' })
    form.points[1] = { ...newPoint(form.points), items: [draftOf(route.points[0].checklist[0])] }
    expect(Object.values(pointProblems(form))).toEqual(['routes.problem.name'])
  })
})
