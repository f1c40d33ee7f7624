import type { Urgency } from '../../workorder/types'
import { ProblemError } from '../../api/problem'
import { toAmount, toIso, type DurationUnit } from './duration'

/**
 * A community's SLA policy and business calendar as GET/PUT /api/v1/sla-policies/{communityId} carry them, the
 * form the editor holds, the conversions both ways, and where each of the server's field errors belongs.
 */
export type Counting = 'ELAPSED' | 'WORKING_TIME' | 'END_OF_NEXT_WORKING_DAY'
export type DayOfWeek = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'
export const WEEK: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']
export const URGENCIES: readonly Urgency[] = ['EMERGENCY', 'URGENT', 'NORMAL', 'LOW']
export const ALLOWANCES = ['response', 'arrival', 'resolution', 'reply'] as const
export type AllowanceName = (typeof ALLOWANCES)[number]

export interface AllowanceBody {
  counting: Counting
  within: string | null
}

export interface HoursBody {
  opens: string
  closes: string
}

export interface RuleBody {
  urgency: Urgency
  category: string | null
  response: AllowanceBody
  arrival: AllowanceBody | null
  resolution: AllowanceBody | null
  reply: AllowanceBody | null
}

export interface CalendarBody {
  zone: string
  weeklyHours: Partial<Record<DayOfWeek, HoursBody>>
  holidays: string[]
  makeUpDays: string[]
  makeUpDayHours: HoursBody
}

export interface SlaPolicyView {
  communityId: string
  usingDefaults: boolean
  version: number | null
  updatedAt: string | null
  updatedBy: string | null
  calendar: CalendarBody
  rules: RuleBody[]
}

/** 'NONE': the rule sets no such deadline (not allowed for the response). */
export interface AllowanceForm {
  counting: Counting | 'NONE'
  amount: number | null
  unit: DurationUnit
}

export interface RuleForm {
  /** stable key for the list, not sent */
  key: number
  urgency: Urgency
  /** '' for the urgency's default rule */
  category: string
  response: AllowanceForm
  arrival: AllowanceForm
  resolution: AllowanceForm
  reply: AllowanceForm
}

export interface DayForm {
  worked: boolean
  opens: string
  closes: string
}

export interface CalendarForm {
  zone: string
  days: Record<DayOfWeek, DayForm>
  holidays: string[]
  makeUpDays: string[]
  makeUpDayHours: HoursBody
}

export interface PolicyForm {
  calendar: CalendarForm
  rules: RuleForm[]
}

let keys = 0
export const nextKey = () => ++keys

function allowanceForm(body: AllowanceBody | null): AllowanceForm {
  if (!body) return { counting: 'NONE', amount: null, unit: 'h' }
  return { counting: body.counting, ...toAmount(body.within) }
}

function allowanceBody(form: AllowanceForm): AllowanceBody | null {
  if (form.counting === 'NONE') return null
  if (form.counting === 'END_OF_NEXT_WORKING_DAY') return { counting: form.counting, within: null }
  return { counting: form.counting, within: toIso(form) }
}

const DEFAULT_HOURS: HoursBody = { opens: '08:30', closes: '17:30' }

export function toForm(view: Pick<SlaPolicyView, 'calendar' | 'rules'>): PolicyForm {
  const weekly = view.calendar.weeklyHours ?? {}
  const someHours = Object.values(weekly)[0] ?? DEFAULT_HOURS
  const days = Object.fromEntries(WEEK.map((day) => {
    const hours = weekly[day]
    return [day, { worked: !!hours, opens: (hours ?? someHours).opens, closes: (hours ?? someHours).closes }]
  })) as Record<DayOfWeek, DayForm>
  return {
    calendar: {
      zone: view.calendar.zone,
      days,
      holidays: [...view.calendar.holidays].sort(),
      makeUpDays: [...view.calendar.makeUpDays].sort(),
      makeUpDayHours: { ...(view.calendar.makeUpDayHours ?? DEFAULT_HOURS) },
    },
    rules: view.rules.map((rule) => ({
      key: nextKey(),
      urgency: rule.urgency,
      category: rule.category ?? '',
      response: allowanceForm(rule.response),
      arrival: allowanceForm(rule.arrival),
      resolution: allowanceForm(rule.resolution),
      reply: allowanceForm(rule.reply),
    })),
  }
}

export function toBody(form: PolicyForm): { calendar: CalendarBody; rules: RuleBody[] } {
  const weeklyHours: Partial<Record<DayOfWeek, HoursBody>> = {}
  for (const day of WEEK) {
    const d = form.calendar.days[day]
    if (d.worked) weeklyHours[day] = { opens: d.opens, closes: d.closes }
  }
  return {
    calendar: {
      zone: form.calendar.zone.trim(),
      weeklyHours,
      holidays: [...form.calendar.holidays],
      makeUpDays: [...form.calendar.makeUpDays],
      makeUpDayHours: { ...form.calendar.makeUpDayHours },
    },
    rules: form.rules.map((rule) => ({
      urgency: rule.urgency,
      category: rule.category || null,
      // the response is required: an emptied one goes as it is, for the server to name
      response: allowanceBody(rule.response) ?? { counting: 'WORKING_TIME', within: null },
      arrival: allowanceBody(rule.arrival),
      resolution: allowanceBody(rule.resolution),
      reply: allowanceBody(rule.reply),
    })),
  }
}

/** A new rule for a category, starting from the urgency's default rule's allowances. */
export function ruleFor(form: PolicyForm, urgency: Urgency, category: string): RuleForm {
  const base = form.rules.find((r) => r.urgency === urgency && !r.category)
  const copy = (a?: AllowanceForm): AllowanceForm => (a ? { ...a } : { counting: 'NONE', amount: null, unit: 'h' })
  return {
    key: nextKey(), urgency, category,
    response: base ? copy(base.response) : { counting: 'WORKING_TIME', amount: 2, unit: 'h' },
    arrival: copy(base?.arrival), resolution: copy(base?.resolution), reply: copy(base?.reply),
  }
}

/** Rules in reading order: by urgency, the default first, then categories by code. */
export function sortRules(rules: RuleForm[]): RuleForm[] {
  return rules.slice().sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency)
    || Number(!!a.category) - Number(!!b.category) || a.category.localeCompare(b.category))
}

/**
 * Where a field error of the PUT belongs in the editor: a rule's cell ("rules.0.response"), a weekday
 * ("calendar.weeklyHours.MONDAY"), a list ("calendar.holidays"), or the rules or calendar as a whole. The server
 * names fields like "rules[0].response.within", "calendar.weeklyHours.MONDAY.closes" or "calendar.holidays[3]".
 */
export function placeOf(field: string): string {
  const parts = field.replace(/\[([^\]]*)\]/g, '.$1').split('.').filter(Boolean)
  if (parts[0] === 'rules') {
    if (parts.length < 2 || !/^\d+$/.test(parts[1])) return 'rules'
    const part = parts[2]
    if (part && ([...ALLOWANCES, 'urgency', 'category'] as string[]).includes(part)) return `rules.${parts[1]}.${part}`
    return `rules.${parts[1]}`
  }
  if (parts[0] === 'calendar') {
    if (parts[1] === 'weeklyHours' && parts[2]) return `calendar.weeklyHours.${parts[2]}`
    return parts[1] ? `calendar.${parts[1]}` : 'calendar'
  }
  return parts.join('.')
}

/** The problem's field errors by place (the first message of each place). */
export function placedErrors(error: unknown): Record<string, string> {
  const placed: Record<string, string> = {}
  if (!(error instanceof ProblemError)) return placed
  for (const e of error.fieldErrors) placed[placeOf(e.field)] ??= e.message
  return placed
}
