import { describe, expect, it } from 'vitest'
import { actionKey, categoryLabel, categoryOptions, noteOf, urges } from './timeline'

const trades = [
  { code: 'plumbing', name: '给排水', active: true, children: [
    { code: 'plumbing-leak', name: '漏水', active: true, children: [] },
    { code: 'plumbing-old', name: '旧类别', active: false, children: [] },
  ] },
  { code: 'parking', name: '停车', active: false, children: [] },
  { code: 'other', name: '其他', active: true },
]

describe('reading a work order', () => {
  it('names known steps and falls back for new ones', () => {
    expect(actionKey('accepted')).toBe('desk.action.accepted')
    expect(actionKey('sub-task-opened')).toBe('desk.action.sub-task-opened')
    expect(actionKey('teleported')).toBe('desk.action.other')
  })

  it('reads a dispatch note as the technician and an urgency change as its parts', () => {
    expect(noteOf({ action: 'dispatched', note: 'tech-1' })).toEqual({ kind: 'person', id: 'tech-1' })
    expect(noteOf({ action: 'urgency-changed', note: 'NORMAL → URGENT: 漏水已渗到楼下: 很急' }))
      .toEqual({ kind: 'urgency', from: 'NORMAL', to: 'URGENT', reason: '漏水已渗到楼下: 很急' })
    expect(noteOf({ action: 'urgency-changed', note: 'something else' })).toEqual({ kind: 'text', text: 'something else' })
    expect(noteOf({ action: 'sub-task-opened', note: 'WO-20261208-0036 cleaning' }))
      .toEqual({ kind: 'subtask', number: 'WO-20261208-0036', category: 'cleaning' })
    expect(noteOf({ action: 'commented', note: '师傅两点到' })).toEqual({ kind: 'text', text: '师傅两点到' })
    expect(noteOf({ action: 'accepted', note: null })).toEqual({ kind: 'none' })
  })

  it('counts the urges and tells the last', () => {
    expect(urges([{ action: 'submitted', at: '1' }, { action: 'urged', at: '2' }, { action: 'urged', at: '3' }]))
      .toEqual({ count: 2, last: '3' })
    expect(urges([])).toEqual({ count: 0, last: undefined })
  })

  it('offers active categories under their trade and names any code', () => {
    expect(categoryOptions(trades)).toEqual([
      { code: 'plumbing', label: '给排水', depth: 0 },
      { code: 'plumbing-leak', label: '给排水 / 漏水', depth: 1 },
      { code: 'other', label: '其他', depth: 0 },
    ])
    expect(categoryLabel(trades, 'plumbing-old')).toBe('给排水 / 旧类别')
    expect(categoryLabel(trades, 'parking')).toBe('停车')
    expect(categoryLabel(trades, 'gone')).toBe('gone')
    expect(categoryLabel(trades, undefined)).toBe('—')
  })
})
