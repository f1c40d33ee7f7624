import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import messages from './messages'
import { durationWords, hhmm, isoOfMinutes, minutesOf, minutesOfParts, partsOf } from './duration'
import { emptyPlanForm, planBodyOf, planFormOf, scheduleOf, scheduleWords, windowWords, type Translate } from './schedule'
import type { Plan } from './types'

function translator(locale: 'zh-CN' | 'en'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { [locale]: { rounds: messages[locale] } } })
  return (key, params) => i18n.global.t(key, params ?? {})
}
const zh = translator('zh-CN')
const en = translator('en')

describe('durations as the platform writes them', () => {
  it('reads Java\'s ISO durations, days too, and seconds as numbers', () => {
    expect(minutesOf('PT2H')).toBe(120)
    expect(minutesOf('PT26H30M')).toBe(1590)
    expect(minutesOf('P3D')).toBe(4320)
    expect(minutesOf('PT45M30S')).toBe(46)
    expect(minutesOf('PT0S')).toBe(0)
    expect(minutesOf(7200)).toBe(120)
    expect(minutesOf('two hours')).toBeNull()
    expect(minutesOf(null)).toBeNull()
  })

  it('writes whole minutes back as Java reads them', () => {
    expect(isoOfMinutes(0)).toBe('PT0S')
    expect(isoOfMinutes(45)).toBe('PT45M')
    expect(isoOfMinutes(120)).toBe('PT2H')
    expect(isoOfMinutes(4350)).toBe('PT72H30M')
    for (const m of [1, 59, 60, 61, 1440, 44640]) expect(minutesOf(isoOfMinutes(m))).toBe(m)
  })

  it('splits minutes into the form\'s days, hours and minutes and back', () => {
    expect(partsOf(1590)).toEqual({ days: 1, hours: 2, minutes: 30 })
    expect(minutesOfParts({ days: 1, hours: 2, minutes: 30 })).toBe(1590)
    expect(durationWords(1590, { d: '天', h: '小时', m: '分钟' })).toBe('1天 2小时 30分钟')
    expect(hhmm('08:00:00')).toBe('08:00')
  })
})

describe('schedules in words', () => {
  it('say each frequency as staff say it, in both languages', () => {
    expect(scheduleWords({ frequency: 'DAILY' }, zh)).toBe('每天')
    expect(scheduleWords({ frequency: 'WEEKLY', daysOfWeek: ['THURSDAY', 'MONDAY'] }, zh)).toBe('每周一、周四')
    expect(scheduleWords({ frequency: 'WEEKLY', daysOfWeek: ['THURSDAY', 'MONDAY'] }, en)).toBe('Every Mon, Thu')
    expect(scheduleWords({ frequency: 'MONTHLY', dayOfMonth: 15 }, zh)).toBe('每月 15 日')
    expect(scheduleWords({ frequency: 'YEARLY', month: 3, dayOfMonth: 1 }, zh)).toBe('每年 3 月 1 日')
    expect(scheduleWords({ frequency: 'EVERY_N', every: 2, unit: 'WEEKS' }, zh)).toBe('每 2 周')
    expect(scheduleWords({ frequency: 'EVERY_N', every: 3, unit: 'MONTHS', anchoring: 'FLOATING' }, zh)).toBe('每 3 个月（按上次完成顺延）')
    expect(scheduleWords({ frequency: 'EVERY_N', every: 3, unit: 'MONTHS', anchoring: 'FLOATING' }, en)).toBe('Every 3 months (from the last completion)')
  })

  it('say the window', () => {
    expect(windowWords({ start: '08:00:00', duration: 'PT4H' }, zh)).toBe('08:00 起，时长 4小时')
    expect(windowWords({ start: '22:30', duration: 'PT90M' }, en)).toBe('from 22:30 for 1 h 30 min')
  })
})

describe('the plan form', () => {
  it('sends only the fields the frequency uses', () => {
    const form = emptyPlanForm('2026-12-08')
    form.frequency = 'WEEKLY'
    form.daysOfWeek = ['MONDAY', 'FRIDAY']
    expect(scheduleOf(form)).toEqual({ frequency: 'WEEKLY', daysOfWeek: ['MONDAY', 'FRIDAY'], anchoring: 'FIXED' })
    form.frequency = 'YEARLY'
    form.floating = true
    expect(scheduleOf(form)).toEqual({ frequency: 'YEARLY', month: 1, dayOfMonth: 1, anchoring: 'FLOATING' })
  })

  it('makes an inspection plan of a route and nothing else, a maintenance plan of equipment at a place', () => {
    const form = emptyPlanForm('2026-12-08')
    Object.assign(form, { name: ' 夜间巡检 ', kind: 'INSPECTION', category: 'security', routeId: 'route-1', windowStart: '22:00', windowMinutes: 120,
      equipmentId: 'eq-1', locationId: 'x', assigneeIds: ['p1'] })
    const inspection = planBodyOf(form, 'c1', [{ id: 'i', label: 'l', type: 'TEXT' }])
    expect(inspection.target).toEqual({ routeId: 'route-1' })
    expect(inspection.checklist).toEqual([])
    expect(inspection.name).toBe('夜间巡检')
    expect(inspection.window).toEqual({ start: '22:00', duration: 'PT2H' })
    expect(inspection.leadTime).toBeNull()
    expect(inspection.supervisorId).toBeNull()
    expect(inspection.effectiveTo).toBeNull()

    Object.assign(form, { kind: 'MAINTENANCE', locationKind: 'COMMON_AREA', locationId: 'pump-room', locationName: '水泵房', leadMinutes: 4320 })
    const maintenance = planBodyOf(form, 'c1', [{ id: 'i', label: 'l', type: 'TEXT' }])
    expect(maintenance.target).toEqual({ equipmentId: 'eq-1', location: { kind: 'COMMON_AREA', id: 'pump-room' }, locationName: '水泵房' })
    expect(maintenance.leadTime).toBe('PT72H')
    expect(maintenance.checklist).toHaveLength(1)

    form.kind = 'CLEANING'
    expect(planBodyOf(form, 'c1', []).target.equipmentId).toBeNull()
  })

  it('reads a plan back into the form unchanged', () => {
    const plan: Plan = {
      id: 'p', communityId: 'c1', name: '水泵保养', kind: 'MAINTENANCE', target: { equipmentId: 'eq', location: { kind: 'COMMON_AREA', id: 'room' }, locationName: '泵房' },
      category: 'plumbing', schedule: { frequency: 'EVERY_N', every: 3, unit: 'MONTHS', anchoring: 'FLOATING' },
      window: { start: '09:00:00', duration: 'PT8H' }, leadTime: 'PT72H', assigneeIds: ['t1'], supervisorId: 's1',
      checklist: [{ id: 'oil', label: '加油', type: 'PASS_FAIL', faultType: 'pump.oil' }], active: true,
      effectiveFrom: '2026-12-01', effectiveTo: null, version: 3, progress: {},
    }
    const body = planBodyOf(planFormOf(plan), 'c1', plan.checklist)
    expect(body).toEqual({
      communityId: 'c1', name: '水泵保养', kind: 'MAINTENANCE', target: plan.target, category: 'plumbing',
      schedule: plan.schedule, window: { start: '09:00', duration: 'PT8H' }, leadTime: 'PT72H', assigneeIds: ['t1'],
      supervisorId: 's1', checklist: plan.checklist, effectiveFrom: '2026-12-01', effectiveTo: null,
    })
  })
})
