import { durationWords, hhmm, isoOfMinutes, minutesOf } from './duration'
import type { ChecklistItem, DayOfWeek, Frequency, IntervalUnit, Plan, PlanBody, PlanKind, Schedule } from './types'
import { DAYS_OF_WEEK } from './types'

/** A translator as vue-i18n's `t` (the keys are the rounds feature's). */
export type Translate = (key: string, params?: Record<string, unknown>) => string

const T = (key: string) => `rounds.${key}`

/** A schedule in words, as staff say it: 每天 / 每周一、周四 / 每月 15 日 / 每年 3 月 1 日 / 每 2 周（浮动）. */
export function scheduleWords(s: Schedule, t: Translate): string {
  const days = [...(s.daysOfWeek ?? [])].sort((a, b) => DAYS_OF_WEEK.indexOf(a) - DAYS_OF_WEEK.indexOf(b))
  let words: string
  switch (s.frequency) {
    case 'DAILY':
      words = t(T('schedule.words.daily'))
      break
    case 'WEEKLY':
      words = t(T('schedule.words.weekly'), { days: days.map((d) => t(T(`weekday.${d}`))).join(t(T('schedule.words.and'))) })
      break
    case 'MONTHLY':
      words = t(T('schedule.words.monthly'), { day: s.dayOfMonth ?? '?' })
      break
    case 'YEARLY':
      words = t(T('schedule.words.yearly'), { month: s.month ?? '?', day: s.dayOfMonth ?? '?' })
      break
    case 'EVERY_N':
      words = t(T(`schedule.words.every.${s.unit ?? 'DAYS'}`), { n: s.every ?? '?' })
      break
    default:
      words = String(s.frequency)
  }
  return s.anchoring === 'FLOATING' ? t(T('schedule.words.floating'), { words }) : words
}

/** The window in words: 08:00 起 4小时. */
export function windowWords(window: { start: string; duration: string | number }, t: Translate): string {
  return t(T('schedule.words.window'), { start: hhmm(window.start), length: durationWords(minutesOf(window.duration), units(t)) })
}

export function units(t: Translate) {
  return { d: t(T('unit.d')), h: t(T('unit.h')), m: t(T('unit.m')) }
}

/** The plan form: every field of a plan as the page edits it (durations in minutes, the window start as HH:mm). */
export interface PlanForm {
  name: string
  kind: PlanKind
  category: string
  frequency: Frequency
  daysOfWeek: DayOfWeek[]
  dayOfMonth: number | null
  month: number | null
  every: number | null
  unit: IntervalUnit
  floating: boolean
  windowStart: string
  windowMinutes: number
  leadMinutes: number
  assigneeIds: string[]
  supervisorId: string
  equipmentId: string
  locationKind: 'COMMUNITY' | 'BUILDING' | 'UNIT' | 'COMMON_AREA' | 'PARKING_AREA' | 'PARKING_SPACE'
  locationId: string
  locationName: string
  routeId: string
  checklist: ChecklistItem[]
  effectiveFrom: string
  effectiveTo: string
}

export function emptyPlanForm(today: string): PlanForm {
  return {
    name: '', kind: 'MAINTENANCE', category: '', frequency: 'MONTHLY', daysOfWeek: ['MONDAY'], dayOfMonth: 1, month: 1,
    every: 2, unit: 'WEEKS', floating: false, windowStart: '08:00', windowMinutes: 240, leadMinutes: 0, assigneeIds: [],
    supervisorId: '', equipmentId: '', locationKind: 'COMMON_AREA', locationId: '', locationName: '', routeId: '',
    checklist: [], effectiveFrom: today, effectiveTo: '',
  }
}

export function planFormOf(plan: Plan): PlanForm {
  const s = plan.schedule
  return {
    name: plan.name, kind: plan.kind, category: plan.category, frequency: s.frequency,
    daysOfWeek: [...(s.daysOfWeek ?? [])], dayOfMonth: s.dayOfMonth ?? 1, month: s.month ?? 1, every: s.every ?? 2,
    unit: s.unit ?? 'WEEKS', floating: s.anchoring === 'FLOATING', windowStart: hhmm(plan.window.start),
    windowMinutes: minutesOf(plan.window.duration) ?? 60, leadMinutes: minutesOf(plan.leadTime ?? null) ?? 0,
    assigneeIds: [...plan.assigneeIds], supervisorId: plan.supervisorId ?? '', equipmentId: plan.target.equipmentId ?? '',
    locationKind: plan.target.location?.kind ?? 'COMMON_AREA', locationId: plan.target.location?.id ?? '',
    locationName: plan.target.locationName ?? '', routeId: plan.target.routeId ?? '',
    checklist: plan.checklist.map((i) => ({ ...i })), effectiveFrom: plan.effectiveFrom, effectiveTo: plan.effectiveTo ?? '',
  }
}

/** Only the fields the chosen frequency uses: the server refuses a weekly schedule without days, not one with extras. */
export function scheduleOf(form: PlanForm): Schedule {
  const anchoring = form.floating ? 'FLOATING' : 'FIXED'
  switch (form.frequency) {
    case 'WEEKLY':
      return { frequency: 'WEEKLY', daysOfWeek: [...form.daysOfWeek], anchoring }
    case 'MONTHLY':
      return { frequency: 'MONTHLY', dayOfMonth: form.dayOfMonth, anchoring }
    case 'YEARLY':
      return { frequency: 'YEARLY', month: form.month, dayOfMonth: form.dayOfMonth, anchoring }
    case 'EVERY_N':
      return { frequency: 'EVERY_N', every: form.every, unit: form.unit, anchoring }
    default:
      return { frequency: 'DAILY', anchoring }
  }
}

/**
 * The body the API takes: an inspection plan names its route (each point says its own place, and its checklists
 * are the points'); the others name a place, and a maintenance plan the equipment too.
 */
export function planBodyOf(form: PlanForm, communityId: string, checklist: ChecklistItem[]): PlanBody {
  const inspection = form.kind === 'INSPECTION'
  const blank = (v: string) => (v.trim() ? v.trim() : null)
  return {
    communityId,
    name: form.name.trim(),
    kind: form.kind,
    target: inspection
      ? { routeId: blank(form.routeId) }
      : {
          equipmentId: form.kind === 'MAINTENANCE' ? blank(form.equipmentId) : null,
          location: form.locationId.trim() ? { kind: form.locationKind, id: form.locationId.trim() } : null,
          locationName: blank(form.locationName),
        },
    category: form.category.trim(),
    schedule: scheduleOf(form),
    window: { start: form.windowStart, duration: isoOfMinutes(form.windowMinutes) },
    leadTime: form.leadMinutes > 0 ? isoOfMinutes(form.leadMinutes) : null,
    assigneeIds: [...form.assigneeIds],
    supervisorId: blank(form.supervisorId),
    checklist: inspection ? [] : checklist,
    effectiveFrom: form.effectiveFrom,
    effectiveTo: form.effectiveTo || null,
  }
}
