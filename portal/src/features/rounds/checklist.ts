import type { Answer, ChecklistItem, ItemType, MaintenanceTask } from './types'

/**
 * Checklists (检查表) as the pages edit and answer them, mirroring how facility-service judges an answer
 * (ChecklistItem.judge): a PASS_FAIL item is abnormal when failed, a NUMBER outside min–max, a CHOICE when one of its
 * abnormal options is chosen; TEXT and PHOTO items are never abnormal; a photo-required item needs a photo.
 */
export type Judgement = 'NORMAL' | 'ABNORMAL' | 'NOT_JUDGED'

export function judge(item: ChecklistItem, answer: Answer | undefined): Judgement | null {
  if (!answer) return null
  switch (item.type) {
    case 'PASS_FAIL':
      return answer.passed === true ? 'NORMAL' : answer.passed === false ? 'ABNORMAL' : null
    case 'NUMBER': {
      if (answer.value === null || answer.value === undefined || Number.isNaN(Number(answer.value))) return null
      const v = Number(answer.value)
      const low = item.min !== null && item.min !== undefined && v < Number(item.min)
      const high = item.max !== null && item.max !== undefined && v > Number(item.max)
      return low || high ? 'ABNORMAL' : 'NORMAL'
    }
    case 'CHOICE':
      if (!answer.choice || !(item.options ?? []).includes(answer.choice)) return null
      return (item.abnormalOptions ?? []).includes(answer.choice) ? 'ABNORMAL' : 'NORMAL'
    default:
      return 'NOT_JUDGED'
  }
}

/** Whether an item's answers can be abnormal at all (then a route's item must name the fault type it reports). */
export function canBeAbnormal(type: ItemType): boolean {
  return type === 'PASS_FAIL' || type === 'NUMBER' || type === 'CHOICE'
}

/** The normal range or answers of an item, for the inspector and the board: 0.25–0.6 MPa, 正常 / 轻微. */
export function expected(item: ChecklistItem): string {
  switch (item.type) {
    case 'NUMBER': {
      const min = item.min ?? ''
      const max = item.max ?? ''
      if (min === '' && max === '') return item.unit ?? ''
      return `${min}–${max}${item.unit ? ` ${item.unit}` : ''}`
    }
    case 'CHOICE':
      return (item.options ?? []).filter((o) => !(item.abnormalOptions ?? []).includes(o)).join(' / ')
    default:
      return ''
  }
}

/** What an inspector enters for one item while answering (every kind of answer; the item's type says which counts). */
export interface AnswerDraft {
  passed: boolean | null
  value: number | null
  choice: string
  text: string
}

export function emptyDraft(): AnswerDraft {
  return { passed: null, value: null, choice: '', text: '' }
}

/** Drafts filled from answers given before (a maintenance task's results, to correct them); empty where none. */
export function draftsOf(checklist: readonly ChecklistItem[], answers: readonly Answer[]): Record<string, AnswerDraft> {
  const drafts: Record<string, AnswerDraft> = {}
  for (const item of checklist) {
    const a = answers.find((x) => x.itemId === item.id)
    drafts[item.id] = {
      passed: typeof a?.passed === 'boolean' ? a.passed : null,
      value: a?.value === null || a?.value === undefined || Number.isNaN(Number(a.value)) ? null : Number(a.value),
      choice: a?.choice ?? '',
      text: a?.text ?? '',
    }
  }
  return drafts
}

/** Whether a finding of a maintenance task still waits for ticket-service to open its work order (not if cleared). */
export function unlinked(view: Pick<MaintenanceTask, 'findings'>): boolean {
  return view.findings.some((f) => !f.workOrderId && f.status !== 'CLEARED')
}

/** The answers the API takes, one per item, with only the field its type reads (and a remark when written). */
export function answersOf(checklist: readonly ChecklistItem[], drafts: Record<string, AnswerDraft>, photoIds: string[] = []): Answer[] {
  return checklist.map((item) => {
    const d = drafts[item.id] ?? emptyDraft()
    const answer: Answer = { itemId: item.id }
    if (item.type === 'PASS_FAIL') answer.passed = d.passed
    if (item.type === 'NUMBER') answer.value = d.value
    if (item.type === 'CHOICE') answer.choice = d.choice || null
    if (d.text.trim()) answer.text = d.text.trim()
    if (item.photoRequired || item.type === 'PHOTO') answer.photoIds = photoIds
    return answer
  })
}

/** The items not answered yet (the server would answer 422 invalid-answer), in checklist order. */
export function unanswered(checklist: readonly ChecklistItem[], drafts: Record<string, AnswerDraft>): ChecklistItem[] {
  return checklist.filter((item) => {
    const d = drafts[item.id] ?? emptyDraft()
    switch (item.type) {
      case 'PASS_FAIL':
        return d.passed === null
      case 'NUMBER':
        return d.value === null || d.value === undefined || Number.isNaN(Number(d.value))
      case 'CHOICE':
        return !d.choice
      default:
        return false
    }
  })
}

/** Items that need a photo, which the portal cannot attach yet (the phone app takes them). */
export function needsPhoto(checklist: readonly ChecklistItem[]): boolean {
  return checklist.some((item) => item.photoRequired || item.type === 'PHOTO')
}

/** An answer in words for the board: 合格 / 不合格, 0.32 MPa, the choice, the remark. */
export function answerWords(item: ChecklistItem | undefined, answer: Answer, words: { pass: string; fail: string }): string {
  const remark = answer.text ? answer.text : ''
  if (!item) return [answer.passed === true ? words.pass : answer.passed === false ? words.fail : '', answer.value ?? '', answer.choice ?? '', remark].filter((x) => x !== '').join(' · ')
  let main = ''
  if (item.type === 'PASS_FAIL') main = answer.passed === true ? words.pass : answer.passed === false ? words.fail : ''
  if (item.type === 'NUMBER') main = answer.value === null || answer.value === undefined ? '' : `${answer.value}${item.unit ? ` ${item.unit}` : ''}`
  if (item.type === 'CHOICE') main = answer.choice ?? ''
  if (item.type === 'PHOTO') main = `📷 ${(answer.photoIds ?? []).length}`
  return [main, item.type === 'TEXT' ? remark : remark ? `（${remark}）` : ''].filter(Boolean).join(' ')
}

/** The finding an abnormal answer reported (Rounds.report): its id is derived from the round, the point and the item. */
export function findingIdOf(roundId: string, pointId: string, itemId: string): string {
  return `round:${roundId}:${pointId}:${itemId}`
}

// --- editing a checklist ---------------------------------------------------------------------------------------------

/** An item as the editor holds it: options typed as one line each. */
export interface ItemDraft {
  id: string
  label: string
  type: ItemType
  min: number | null
  max: number | null
  unit: string
  options: string
  abnormalOptions: string[]
  photoRequired: boolean
  faultType: string
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'
  category: string
}

const ID = /^[A-Za-z0-9._-]{1,40}$/
const FAULT = /^[a-z0-9][a-z0-9.-]{1,59}$/

/** A new item with an id not yet used in the list: item-1, item-2… */
export function newItem(existing: readonly { id: string }[]): ItemDraft {
  let n = existing.length + 1
  while (existing.some((i) => i.id === `item-${n}`)) n += 1
  return { id: `item-${n}`, label: '', type: 'PASS_FAIL', min: null, max: null, unit: '', options: '', abnormalOptions: [], photoRequired: false, faultType: '', severity: 'MEDIUM', category: '' }
}

export function optionList(text: string): string[] {
  return [...new Set(text.split(/[\n,，、]/).map((o) => o.trim()).filter(Boolean))]
}

export function draftOf(item: ChecklistItem): ItemDraft {
  return {
    id: item.id, label: item.label, type: item.type, min: item.min ?? null, max: item.max ?? null, unit: item.unit ?? '',
    options: (item.options ?? []).join('\n'), abnormalOptions: [...(item.abnormalOptions ?? [])],
    photoRequired: !!item.photoRequired, faultType: item.faultType ?? '', severity: item.severity ?? 'MEDIUM', category: item.category ?? '',
  }
}

/** The item the API takes: only the fields its type uses. */
export function itemOf(d: ItemDraft): ChecklistItem {
  const options = optionList(d.options)
  return {
    id: d.id.trim(), label: d.label.trim(), type: d.type,
    min: d.type === 'NUMBER' ? d.min : null,
    max: d.type === 'NUMBER' ? d.max : null,
    unit: d.type === 'NUMBER' && d.unit.trim() ? d.unit.trim() : null,
    options: d.type === 'CHOICE' ? options : [],
    abnormalOptions: d.type === 'CHOICE' ? d.abnormalOptions.filter((o) => options.includes(o)) : [],
    photoRequired: d.photoRequired,
    faultType: canBeAbnormal(d.type) && d.faultType.trim() ? d.faultType.trim() : null,
    severity: canBeAbnormal(d.type) ? d.severity : null,
    category: d.category.trim() || null,
  }
}

/** The problems of a checklist as the editor shows them before sending, by item id (keys of the feature's messages). */
export function checklistProblems(items: readonly ItemDraft[], faultTypeRequired: boolean): Record<string, string> {
  const problems: Record<string, string> = {}
  const seen = new Set<string>()
  for (const d of items) {
    const id = d.id.trim()
    let problem: string | null = null
    if (!ID.test(id)) problem = 'checklist.problem.id'
    else if (seen.has(id)) problem = 'checklist.problem.idTwice'
    else if (!d.label.trim()) problem = 'checklist.problem.label'
    else if (d.type === 'NUMBER' && d.min !== null && d.max !== null && d.min > d.max) problem = 'checklist.problem.range'
    else if (d.type === 'CHOICE' && optionList(d.options).length === 0) problem = 'checklist.problem.options'
    else if (canBeAbnormal(d.type) && d.faultType.trim() && !FAULT.test(d.faultType.trim())) problem = 'checklist.problem.faultType'
    else if (canBeAbnormal(d.type) && faultTypeRequired && !d.faultType.trim()) problem = 'checklist.problem.faultTypeRequired'
    seen.add(id)
    if (problem) problems[d.id] ??= problem
  }
  return problems
}
