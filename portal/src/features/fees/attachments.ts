import type { Attachment, AttachmentBody, FeeItem, Formula, TargetKind } from './types'
import { TARGET_KINDS } from './types'
import { normalizeAmount } from './money'

/**
 * Who a fee item is charged to (收费对象): the targets its formulas allow, whether an attachment applies on a day,
 * and the form of a new one as it is sent.
 */
export interface AttachmentForm {
  kind: TargetKind
  /** the building, unit type, unit, parking space or person (the community's own id for COMMUNITY) */
  id: string
  holderId: string
  amount: string
  startsOn: string
  endsOn: string | null
}

export const BULK_TARGETS: readonly TargetKind[] = ['COMMUNITY', 'BUILDING', 'UNIT_TYPE']

/** The targets every standard of the item suits: by area or meter only units; per parking space no person. */
export function allowedTargets(formulas: readonly Formula[]): TargetKind[] {
  const needsUnit = formulas.some((f) => f === 'BUILDING_AREA' || f === 'INTERIOR_AREA' || f === 'METERED')
  const perSpace = formulas.includes('PER_PARKING_SPACE')
  return TARGET_KINDS.filter((k) => {
    if (needsUnit) return k === 'COMMUNITY' || k === 'BUILDING' || k === 'UNIT_TYPE' || k === 'UNIT'
    if (perSpace) return k !== 'PERSON'
    return true
  })
}

/** Whether an item's attachments state their amounts (a STATED fee, in any of its versions). */
export function statesAmounts(item: Pick<FeeItem, 'standards'>): boolean {
  return item.standards.some((s) => s.formula === 'STATED')
}

export type AttachmentState = 'ACTIVE' | 'FUTURE' | 'ENDED'

export function attachmentState(a: Pick<Attachment, 'startsOn' | 'endsOn'>, day: string): AttachmentState {
  if (a.endsOn && a.endsOn < day) return 'ENDED'
  if (a.startsOn > day) return 'FUTURE'
  return 'ACTIVE'
}

export function emptyAttachmentForm(startsOn: string): AttachmentForm {
  return { kind: 'UNIT', id: '', holderId: '', amount: '', startsOn, endsOn: null }
}

/** The id a target kind starts with: the community's own for COMMUNITY, nothing for the others. */
export function targetIdFor(kind: TargetKind, communityId: string): string {
  return kind === 'COMMUNITY' ? communityId : ''
}

export type AttachmentProblem = 'targetRequired' | 'holderRequired' | 'amountRequired' | 'amountFormat' | 'dates'

export function attachmentProblems(form: AttachmentForm, stated: boolean): Partial<Record<'id' | 'holderId' | 'amount' | 'endsOn', AttachmentProblem>> {
  const problems: Partial<Record<'id' | 'holderId' | 'amount' | 'endsOn', AttachmentProblem>> = {}
  if (!form.id.trim()) problems.id = 'targetRequired'
  if (form.kind === 'PARKING_SPACE' && !form.holderId.trim()) problems.holderId = 'holderRequired'
  if (stated) {
    const amount = normalizeAmount(form.amount)
    if (!form.amount.trim()) problems.amount = 'amountRequired'
    else if (amount === null || amount === '0.00' || !/^\d{1,9}(\.\d{1,2})?$/.test(form.amount.trim())) problems.amount = 'amountFormat'
  }
  if (form.endsOn && form.endsOn < form.startsOn) problems.endsOn = 'dates'
  return problems
}

export function attachmentBodyOf(form: AttachmentForm, stated: boolean): AttachmentBody {
  return {
    target: { kind: form.kind, id: form.id.trim(), ...(form.kind === 'PARKING_SPACE' ? { holderId: form.holderId.trim() } : {}) },
    ...(stated ? { amount: normalizeAmount(form.amount) ?? form.amount.trim() } : {}),
    startsOn: form.startsOn,
    ...(form.endsOn ? { endsOn: form.endsOn } : {}),
  }
}
