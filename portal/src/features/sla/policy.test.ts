import { describe, expect, it } from 'vitest'
import { ProblemError } from '../../api/problem'
import { placedErrors, placeOf, ruleFor, sortRules, toBody, toForm, type SlaPolicyView } from './policy'
import { addDate, addRange, byYear, conflicts, hoursValid, isIsoDate, removeDate } from './calendar'

const view: SlaPolicyView = {
  communityId: 'c', usingDefaults: true, version: null, updatedAt: null, updatedBy: null,
  calendar: {
    zone: 'Asia/Shanghai',
    weeklyHours: { MONDAY: { opens: '08:30', closes: '17:30' }, SATURDAY: { opens: '09:00', closes: '12:00' } },
    holidays: ['2026-10-02', '2026-10-01'], makeUpDays: ['2026-10-10'], makeUpDayHours: { opens: '08:30', closes: '17:30' },
  },
  rules: [
    { urgency: 'NORMAL', category: null, response: { counting: 'WORKING_TIME', within: 'PT2H' },
      arrival: { counting: 'END_OF_NEXT_WORKING_DAY', within: null }, resolution: { counting: 'WORKING_TIME', within: 'PT27H' }, reply: null },
    { urgency: 'EMERGENCY', category: 'plumbing', response: { counting: 'ELAPSED', within: 'PT15M' },
      arrival: { counting: 'ELAPSED', within: 'PT30M' }, resolution: null, reply: null },
  ],
}

describe('the SLA policy form', () => {
  it('goes to the form and back unchanged', () => {
    const form = toForm(view)
    expect(form.calendar.days.MONDAY).toEqual({ worked: true, opens: '08:30', closes: '17:30' })
    expect(form.calendar.days.SUNDAY.worked).toBe(false)
    expect(form.calendar.holidays).toEqual(['2026-10-01', '2026-10-02'])
    expect(form.rules[0].arrival).toEqual({ counting: 'END_OF_NEXT_WORKING_DAY', amount: null, unit: 'h' })
    expect(form.rules[0].reply.counting).toBe('NONE')
    const body = toBody(form)
    expect(body.rules).toEqual(view.rules)
    expect(body.calendar).toEqual({ ...view.calendar, holidays: ['2026-10-01', '2026-10-02'] })
  })

  it('leaves a weekday out when it is not worked and keeps its hours for when it is again', () => {
    const form = toForm(view)
    form.calendar.days.SATURDAY.worked = false
    expect(Object.keys(toBody(form).calendar.weeklyHours)).toEqual(['MONDAY'])
    form.calendar.days.SATURDAY.worked = true
    expect(toBody(form).calendar.weeklyHours.SATURDAY).toEqual({ opens: '09:00', closes: '12:00' })
  })

  it('starts a category rule from its urgency default, and sorts defaults first', () => {
    const form = toForm(view)
    const rule = ruleFor(form, 'NORMAL', 'elevator')
    expect(rule.response).toEqual(form.rules[0].response)
    expect(rule.response).not.toBe(form.rules[0].response)
    expect(sortRules([rule, ...form.rules]).map((r) => `${r.urgency}/${r.category}`))
      .toEqual(['EMERGENCY/plumbing', 'NORMAL/', 'NORMAL/elevator'])
  })

  it('places the server field errors beside their fields', () => {
    expect(placeOf('rules[0].response.within')).toBe('rules.0.response')
    expect(placeOf('rules[3].category')).toBe('rules.3.category')
    expect(placeOf('rules')).toBe('rules')
    expect(placeOf('calendar.weeklyHours.MONDAY.closes')).toBe('calendar.weeklyHours.MONDAY')
    expect(placeOf('calendar.weeklyHours[TUESDAY].opens')).toBe('calendar.weeklyHours.TUESDAY')
    expect(placeOf('calendar.holidays[3]')).toBe('calendar.holidays')
    expect(placeOf('calendar.makeUpDayHours.closes')).toBe('calendar.makeUpDayHours')
    expect(placeOf('calendar.zone')).toBe('calendar.zone')
    const error = new ProblemError(422, { title: 'x', errors: [
      { field: 'rules[0].response.within', message: 'needs a duration above zero' },
      { field: 'rules[0].response.counting', message: 'second' },
    ] })
    expect(placedErrors(error)).toEqual({ 'rules.0.response': 'needs a duration above zero' })
    expect(placedErrors(new Error('x'))).toEqual({})
  })
})

describe('calendar dates', () => {
  it('adds dates sorted and once, removes them, and adds a range of days', () => {
    expect(addDate(['2026-10-03'], '2026-10-01')).toEqual(['2026-10-01', '2026-10-03'])
    expect(addDate(['2026-10-01'], '2026-10-01')).toEqual(['2026-10-01'])
    expect(addDate([], '2026-02-30')).toEqual([])
    expect(removeDate(['2026-10-01', '2026-10-02'], '2026-10-01')).toEqual(['2026-10-02'])
    expect(addRange(['2026-10-02'], '2026-10-03', '2026-09-30')).toEqual(['2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03'])
  })

  it('groups by year and finds dates both holiday and make-up day', () => {
    expect(byYear(['2027-01-01', '2026-10-01', '2026-05-01'])).toEqual([['2026', ['2026-05-01', '2026-10-01']], ['2027', ['2027-01-01']]])
    expect(conflicts(['2026-10-01', '2026-10-10'], ['2026-10-10', '2026-09-27'])).toEqual(['2026-10-10'])
  })

  it('checks dates and hours', () => {
    expect(isIsoDate('2026-02-28')).toBe(true)
    expect(isIsoDate('2026-2-28')).toBe(false)
    expect(hoursValid('08:30', '17:30')).toBe(true)
    expect(hoursValid('17:30', '08:30')).toBe(false)
  })
})
