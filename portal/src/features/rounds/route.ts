import { draftOf, itemOf, type ItemDraft } from './checklist'
import { isoOfMinutes, minutesOf } from './duration'
import type { InspectionRoute, LocationKind, RouteBody } from './types'

/**
 * The route editor's model: the points in walking order, each with its place, tag, optional GPS position and
 * radius, optional window offset, and checklist. Point ids are kept when editing (rounds and findings name them) and
 * made up for new points.
 */
export interface PointDraft {
  id: string
  name: string
  locationKind: LocationKind
  locationId: string
  locationName: string
  equipmentId: string
  tag: string
  /** the tag stays as it is when the editor may not read it (the server sends tags to route editors only) */
  latitude: number | null
  longitude: number | null
  radiusMetres: number | null
  offsetMinutes: number | null
  items: ItemDraft[]
}

export interface RouteForm {
  name: string
  category: string
  windowMinutes: number
  useOffsets: boolean
  points: PointDraft[]
}

export function emptyRouteForm(): RouteForm {
  return { name: '', category: '', windowMinutes: 120, useOffsets: false, points: [newPoint([])] }
}

export function newPoint(existing: readonly { id: string }[]): PointDraft {
  let n = existing.length + 1
  while (existing.some((p) => p.id === `p${n}`)) n += 1
  return {
    id: `p${n}`, name: '', locationKind: 'COMMON_AREA', locationId: '', locationName: '', equipmentId: '', tag: '',
    latitude: null, longitude: null, radiusMetres: null, offsetMinutes: null, items: [],
  }
}

export function routeFormOf(route: InspectionRoute): RouteForm {
  return {
    name: route.name,
    category: route.category,
    windowMinutes: minutesOf(route.window) ?? 120,
    useOffsets: route.points.length > 0 && route.points.every((p) => p.offset !== null && p.offset !== undefined),
    points: route.points.map((p) => ({
      id: p.id, name: p.name, locationKind: p.location.kind, locationId: p.location.id, locationName: p.locationName ?? '',
      equipmentId: p.equipmentId ?? '', tag: p.tag ?? '', latitude: p.position?.latitude ?? null,
      longitude: p.position?.longitude ?? null, radiusMetres: p.radiusMetres ?? null, offsetMinutes: minutesOf(p.offset ?? null),
      items: p.checklist.map(draftOf),
    })),
  }
}

/** Moves a point one place up (-1) or down (+1) in the walking order; a new array. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  if (to < 0 || to >= list.length) return [...list]
  const next = [...list]
  ;[next[index], next[to]] = [next[to], next[index]]
  return next
}

/** The body the API takes. A point's position goes only with both coordinates (and then a radius, 30 m by default). */
export function routeBodyOf(form: RouteForm, communityId: string): RouteBody {
  const blank = (v: string) => (v.trim() ? v.trim() : null)
  return {
    communityId,
    name: form.name.trim(),
    category: form.category.trim(),
    window: isoOfMinutes(form.windowMinutes),
    points: form.points.map((p) => {
      const located = p.latitude !== null && p.longitude !== null
      return {
        id: p.id.trim(),
        name: p.name.trim(),
        location: { kind: p.locationKind, id: p.locationId.trim() },
        locationName: blank(p.locationName),
        equipmentId: blank(p.equipmentId),
        tag: p.tag.trim(),
        position: located ? { latitude: p.latitude as number, longitude: p.longitude as number } : null,
        radiusMetres: located ? p.radiusMetres ?? 30 : null,
        offset: form.useOffsets ? isoOfMinutes(p.offsetMinutes ?? 0) : null,
        checklist: p.items.map(itemOf),
      }
    }),
  }
}

/** The problems of the route's points before sending, by point id (keys of the feature's messages). */
export function pointProblems(form: RouteForm): Record<string, string> {
  const problems: Record<string, string> = {}
  const tags = new Map<string, number>()
  for (const p of form.points) if (p.tag.trim()) tags.set(p.tag.trim(), (tags.get(p.tag.trim()) ?? 0) + 1)
  let previousOffset = -1
  for (const p of form.points) {
    let problem: string | null = null
    if (!p.name.trim()) problem = 'routes.problem.name'
    else if (!p.locationId.trim()) problem = 'routes.problem.location'
    else if (!p.tag.trim()) problem = 'routes.problem.tag'
    else if ((tags.get(p.tag.trim()) ?? 0) > 1) problem = 'routes.problem.tagTwice'
    else if ((p.latitude === null) !== (p.longitude === null)) problem = 'routes.problem.position'
    else if (form.useOffsets && (p.offsetMinutes ?? 0) <= previousOffset) problem = 'routes.problem.offsets'
    else if (form.useOffsets && (p.offsetMinutes ?? 0) >= form.windowMinutes) problem = 'routes.problem.offsetWindow'
    if (form.useOffsets) previousOffset = p.offsetMinutes ?? 0
    if (problem) problems[p.id] = problem
  }
  return problems
}
