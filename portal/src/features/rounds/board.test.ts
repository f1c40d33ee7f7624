import { describe, expect, it, vi } from 'vitest'
import { boardOrder, communityDay, concernsRounds, dayCounts, everyWhileVisible, isChecked, nextPoint, pointTone, progressOf, roundTone } from './board'
import type { PointState, Round, RoundPoint } from './types'

function point(pointId: string, state: PointState): RoundPoint {
  return {
    pointId, name: pointId, location: { kind: 'COMMON_AREA', id: 'a' }, windowStart: '2026-12-08T00:00:00Z',
    windowEnd: '2026-12-08T01:00:00Z', state, abnormalAnswers: 0, answers: [], photoIds: [], checklist: [],
  }
}

function round(id: string, states: PointState[], extra: Partial<Round> = {}): Round {
  const points = { UPCOMING: 0, DUE: 0, EARLY: 0, ON_TIME: 0, LATE: 0, MISSED: 0 }
  states.forEach((s) => (points[s] += 1))
  return {
    id, communityId: 'c', routeId: 'r', routeName: id, date: '2026-12-08', windowStart: '2026-12-08T00:00:00Z',
    windowEnd: '2026-12-08T02:00:00Z', assigneeIds: [], status: 'OPEN', state: 'IN_PROGRESS', points, late: false,
    abnormalAnswers: 0, score: 0, version: 1, pointStates: states.map((s, i) => point(`p${i + 1}`, s)), ...extra,
  }
}

describe('the live round board', () => {
  it('reads the day on the community\'s calendar, not the browser\'s', () => {
    // 17:00 UTC is already the next day in China Standard Time
    expect(communityDay(new Date('2026-12-07T17:00:00Z'))).toBe('2026-12-08')
    expect(communityDay(new Date('2026-12-07T15:59:00Z'))).toBe('2026-12-07')
  })

  it('shows a missed point red and solid, a late one orange, checked ones green', () => {
    expect(pointTone('MISSED')).toBe('danger')
    expect(pointTone('LATE')).toBe('warning')
    expect(pointTone('ON_TIME')).toBe('success')
    expect(pointTone('EARLY')).toBe('success')
    expect(pointTone('DUE')).toBe('primary')
    expect(pointTone('UPCOMING')).toBe('info')
    expect(['EARLY', 'ON_TIME', 'LATE'].every((s) => isChecked(s as PointState))).toBe(true)
    expect(isChecked('MISSED')).toBe(false)
  })

  it('colours a round by its worst point', () => {
    expect(roundTone(round('a', ['MISSED', 'LATE']))).toBe('danger')
    expect(roundTone(round('b', ['LATE', 'ON_TIME']))).toBe('warning')
    expect(roundTone(round('c', ['ON_TIME'], { state: 'COMPLETED' }))).toBe('success')
    expect(roundTone(round('d', ['UPCOMING'], { state: 'UPCOMING' }))).toBe('info')
  })

  it('counts a day\'s points by state and the rounds with a missed point', () => {
    const counts = dayCounts([round('a', ['MISSED', 'ON_TIME', 'DUE']), round('b', ['EARLY', 'LATE']), round('c', ['MISSED'])])
    expect(counts.rounds).toBe(3)
    expect(counts.points).toBe(6)
    expect(counts.byState).toEqual({ UPCOMING: 0, DUE: 1, EARLY: 1, ON_TIME: 1, LATE: 1, MISSED: 2 })
    expect(counts.checked).toBe(3)
    expect(counts.roundsWithMissed).toBe(2)
  })

  it('tells a round\'s progress by the points checked, late ones included', () => {
    expect(progressOf(round('a', ['MISSED', 'LATE', 'ON_TIME', 'DUE']))).toBe(50)
    expect(progressOf(round('b', []))).toBe(0)
  })

  it('puts rounds with a missed point first, then late ones, keeping the server\'s order within each', () => {
    const order = boardOrder([round('fine', ['ON_TIME']), round('late', ['LATE']), round('missed', ['MISSED']), round('fine2', ['DUE'])])
    expect(order.map((r) => r.id)).toEqual(['missed', 'late', 'fine', 'fine2'])
  })

  it('reads again on facility notifications about rounds only', () => {
    expect(concernsRounds({ subjectType: 'FACILITY', kind: 'ROUND_POINT_MISSED' })).toBe(true)
    expect(concernsRounds({ subjectType: 'FACILITY', kind: 'ROUND_POINT_MISSED_INSPECTOR' })).toBe(true)
    expect(concernsRounds({ subjectType: 'FACILITY', kind: 'CERTIFICATE_EXPIRING' })).toBe(false)
    expect(concernsRounds({ subjectType: 'WORK_ORDER', kind: 'ROUND_POINT_MISSED' })).toBe(false)
  })

  it('points the inspector at the first due point, else the first upcoming', () => {
    expect(nextPoint(round('a', ['MISSED', 'DUE', 'UPCOMING']))?.pointId).toBe('p2')
    expect(nextPoint(round('b', ['ON_TIME', 'UPCOMING', 'UPCOMING']))?.pointId).toBe('p2')
    expect(nextPoint(round('c', ['ON_TIME']))).toBeUndefined()
  })

  it('refreshes on an interval while visible, pauses when hidden, and catches up on return', () => {
    vi.useFakeTimers()
    try {
      const listeners: Array<() => void> = []
      const doc = {
        hidden: false,
        addEventListener: (_: string, l: () => void) => listeners.push(l),
        removeEventListener: (_: string, l: () => void) => listeners.splice(listeners.indexOf(l), 1),
      }
      const tick = vi.fn()
      const stop = everyWhileVisible(tick, 30_000, doc as unknown as Document)
      vi.advanceTimersByTime(61_000)
      expect(tick).toHaveBeenCalledTimes(2)
      doc.hidden = true
      listeners.forEach((l) => l())
      vi.advanceTimersByTime(120_000)
      expect(tick).toHaveBeenCalledTimes(2)
      doc.hidden = false
      listeners.forEach((l) => l())
      expect(tick).toHaveBeenCalledTimes(3)
      vi.advanceTimersByTime(30_000)
      expect(tick).toHaveBeenCalledTimes(4)
      stop()
      vi.advanceTimersByTime(90_000)
      expect(tick).toHaveBeenCalledTimes(4)
      expect(listeners).toHaveLength(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
