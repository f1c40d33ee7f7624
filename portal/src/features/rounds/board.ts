import type { LiveNotification } from '../../api/live'
import type { PointState, Round, RoundPoint } from './types'
import { POINT_STATES } from './types'

/**
 * The live round board's rules, kept apart from the page to be tested: the community's calendar day, how each point
 * state reads (a missed point red, a late one orange), the counts of a day's rounds, which notifications are about
 * rounds, and when the board reads again.
 */

/** The estates' time zone, whose calendar days rounds and plans fall on (facility-service's plans.zone). */
export const COMMUNITY_ZONE = 'Asia/Shanghai'

/** A day in the community's calendar, as YYYY-MM-DD; today when no instant is given. */
export function communityDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COMMUNITY_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

/** The element-plus tag type a point state is shown with. */
export type Tone = 'danger' | 'warning' | 'success' | 'primary' | 'info'

const TONES: Record<PointState, Tone> = {
  MISSED: 'danger',
  LATE: 'warning',
  ON_TIME: 'success',
  EARLY: 'success',
  DUE: 'primary',
  UPCOMING: 'info',
}

export function pointTone(state: PointState): Tone {
  return TONES[state] ?? 'info'
}

/** Whether a point has been checked (early, on time or late). */
export function isChecked(state: PointState): boolean {
  return state === 'EARLY' || state === 'ON_TIME' || state === 'LATE'
}

/** A round's tone: red when a point was missed, orange when one was late, green when over cleanly. */
export function roundTone(round: Round): Tone {
  if ((round.points.MISSED ?? 0) > 0) return 'danger'
  if ((round.points.LATE ?? 0) > 0) return 'warning'
  if (round.state === 'COMPLETED') return 'success'
  return round.state === 'IN_PROGRESS' ? 'primary' : 'info'
}

/** How many points of the day's rounds stand in each state, and how many rounds are in trouble. */
export interface DayCounts {
  rounds: number
  points: number
  byState: Record<PointState, number>
  checked: number
  roundsWithMissed: number
}

export function dayCounts(rounds: readonly Round[]): DayCounts {
  const byState = Object.fromEntries(POINT_STATES.map((s) => [s, 0])) as Record<PointState, number>
  let points = 0
  let roundsWithMissed = 0
  for (const round of rounds) {
    for (const state of POINT_STATES) {
      const n = round.points[state] ?? 0
      byState[state] += n
      points += n
    }
    if ((round.points.MISSED ?? 0) > 0) roundsWithMissed += 1
  }
  return { rounds: rounds.length, points, byState, checked: byState.EARLY + byState.ON_TIME + byState.LATE, roundsWithMissed }
}

/** The share of a round's points already checked, in percent (the bar on its card). */
export function progressOf(round: Round): number {
  const total = POINT_STATES.reduce((sum, s) => sum + (round.points[s] ?? 0), 0)
  if (total === 0) return 0
  const done = (round.points.EARLY ?? 0) + (round.points.ON_TIME ?? 0) + (round.points.LATE ?? 0)
  return Math.round((done * 100) / total)
}

/** The rounds in trouble first (a missed point, then a late one), each group by window start as the server sorts them. */
export function boardOrder(rounds: readonly Round[]): Round[] {
  const rank = (r: Round) => ((r.points.MISSED ?? 0) > 0 ? 0 : (r.points.LATE ?? 0) > 0 ? 1 : 2)
  return rounds.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r)
}

/** Whether a live notification may change the board: anything of facility-service about rounds or their points. */
export function concernsRounds(n: Pick<LiveNotification, 'subjectType' | 'kind'>): boolean {
  return n.subjectType === 'FACILITY' && /ROUND/.test(n.kind ?? '')
}

/** The point of a round a person is expected at next: the first due, else the first upcoming. */
export function nextPoint(round: Round): RoundPoint | undefined {
  return round.pointStates.find((p) => p.state === 'DUE') ?? round.pointStates.find((p) => p.state === 'UPCOMING')
}

/**
 * A gentle refresh: calls `tick` every `everyMs` while the page is visible, and once at once when it becomes visible
 * again after being hidden (what it missed); nothing while hidden. Returns the stop function.
 */
export function everyWhileVisible(tick: () => void, everyMs: number, doc: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> = document): () => void {
  let timer: ReturnType<typeof setInterval> | null = null
  const start = () => {
    if (timer === null) timer = setInterval(tick, everyMs)
  }
  const stop = () => {
    if (timer !== null) clearInterval(timer)
    timer = null
  }
  const visibility = () => {
    if (doc.hidden) {
      stop()
    } else {
      tick()
      start()
    }
  }
  if (!doc.hidden) start()
  doc.addEventListener('visibilitychange', visibility)
  return () => {
    stop()
    doc.removeEventListener('visibilitychange', visibility)
  }
}
