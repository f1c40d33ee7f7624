import { describe, expect, it } from 'vitest'
import { allowedSteps, closeReservedToOthers, type StepSubject, type Viewer } from './actions'

const agent: Viewer = { id: 'agent-1', roles: ['CUSTOMER_SERVICE'] }
const colleague: Viewer = { id: 'agent-2', roles: ['CUSTOMER_SERVICE'] }
const supervisor: Viewer = { id: 'sup-1', roles: ['SUPERVISOR'] }
const technician: Viewer = { id: 'tech-1', roles: ['TECHNICIAN'] }
const otherTechnician: Viewer = { id: 'tech-2', roles: ['TECHNICIAN'] }
const finance: Viewer = { id: 'fin-1', roles: ['FINANCE'] }

const order = (over: Partial<StepSubject> = {}): StepSubject => ({
  status: 'SUBMITTED', kind: 'REPAIR', accountableAgentId: null, assigneeId: null, parentId: null, ...over,
})
const steps = (w: StepSubject, v: Viewer) => [...allowedSteps(w, v)].sort()

describe('the steps a work order offers', () => {
  it('lets the desk accept a new request, change its urgency or cancel it; a technician only comments', () => {
    expect(steps(order(), agent)).toEqual(['accept', 'cancel', 'comment', 'photo', 'subtasks', 'urgency'])
    expect(steps(order(), technician)).toEqual(['comment', 'photo'])
    expect(steps(order(), finance)).toEqual([])
  })

  it('offers dispatch once accepted, and sub-tasks only to the accountable agent or a supervisor', () => {
    const accepted = order({ status: 'ACCEPTED', accountableAgentId: 'agent-1' })
    expect(allowedSteps(accepted, agent).has('dispatch')).toBe(true)
    expect(allowedSteps(accepted, agent).has('subtask')).toBe(true)
    expect(allowedSteps(accepted, colleague).has('subtask')).toBe(false)
    expect(allowedSteps(accepted, supervisor).has('subtask')).toBe(true)
    expect(allowedSteps({ ...accepted, parentId: 'lead' }, agent).has('subtask')).toBe(false)
    expect(allowedSteps(accepted, agent).has('accept')).toBe(false)
  })

  it('lets the agent answer a complaint without dispatch, not a repair', () => {
    const complaint = order({ status: 'ACCEPTED', kind: 'COMPLAINT', accountableAgentId: 'agent-1' })
    expect(allowedSteps(complaint, agent).has('answer')).toBe(true)
    expect(allowedSteps(complaint, colleague).has('answer')).toBe(false)
    expect(allowedSteps({ ...complaint, kind: 'REPAIR' }, agent).has('answer')).toBe(false)
  })

  it('puts work on hold for its technician or a supervisor, never for the desk', () => {
    const working = order({ status: 'IN_PROGRESS', accountableAgentId: 'agent-1', assigneeId: 'tech-1' })
    expect(allowedSteps(working, technician).has('hold')).toBe(true)
    expect(allowedSteps(working, otherTechnician).has('hold')).toBe(false)
    expect(allowedSteps(working, supervisor).has('hold')).toBe(true)
    expect(allowedSteps(working, agent).has('hold')).toBe(false)
    const held = { ...working, status: 'ON_HOLD' as const }
    expect(allowedSteps(held, technician).has('resume')).toBe(true)
    expect(allowedSteps(held, technician).has('hold')).toBe(false)
    expect(allowedSteps(held, agent).has('urgency')).toBe(true)
  })

  it('revisits a confirmed work order; only the accountable agent or a supervisor closes it', () => {
    const confirmed = order({ status: 'CONFIRMED', accountableAgentId: 'agent-1' })
    expect(allowedSteps(confirmed, colleague).has('revisit')).toBe(true)
    expect(allowedSteps(confirmed, technician).has('revisit')).toBe(false)
    expect(allowedSteps(confirmed, agent).has('cancel')).toBe(false)
    const revisited = order({ status: 'REVISITED', accountableAgentId: 'agent-1' })
    expect(allowedSteps(revisited, agent).has('close')).toBe(true)
    expect(allowedSteps(revisited, supervisor).has('close')).toBe(true)
    expect(allowedSteps(revisited, colleague).has('close')).toBe(false)
    expect(closeReservedToOthers(revisited, colleague)).toBe(true)
    expect(closeReservedToOthers(revisited, agent)).toBe(false)
    expect(closeReservedToOthers(revisited, technician)).toBe(false)
  })

  it('offers nothing but reading on an archived work order', () => {
    expect(steps(order({ status: 'ARCHIVED', accountableAgentId: 'agent-1' }), agent)).toEqual(['subtasks'])
    expect(steps(order({ status: 'CLOSED' }), agent)).toEqual(['comment', 'photo', 'subtasks'])
  })
})
