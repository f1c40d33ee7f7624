import { describe, expect, it } from 'vitest'
import { fieldMessageKey, matchResidents } from './intake'
import type { Person } from './directory'

const person = (name: string, phone: string): Person =>
  ({ id: phone, username: phone, name, phone, roles: ['OWNER'], communityIds: ['c1'], unitIds: [] })
const people = [person('张伟', '13800138001'), person('王芳', '13800138002'), person('张三', '13900001380')]

describe('logging a request', () => {
  it('finds owners by the digits of their phone, those starting with them first', () => {
    expect(matchResidents(people, '138 0013 8002').map((p) => p.name)).toEqual(['王芳'])
    expect(matchResidents(people, '1380').map((p) => p.name)).toEqual(['张伟', '王芳', '张三'])
    expect(matchResidents(people, '13')).toEqual([])
  })

  it('finds owners by name, and nobody for nothing', () => {
    expect(matchResidents(people, '张').map((p) => p.name)).toEqual(['张伟', '张三'])
    expect(matchResidents(people, '  ')).toEqual([])
    expect(matchResidents(people, '1380', 1)).toHaveLength(1)
  })

  it('reads the platform\'s English field messages as keys, and leaves others as they are', () => {
    expect(fieldMessageKey('must not be blank')).toBe('desk.err.required')
    expect(fieldMessageKey('reporterName is required for staff-intake')).toBe('desk.err.required')
    expect(fieldMessageKey('must match "\\+?[0-9][0-9 -]{4,19}"')).toBe('desk.err.format')
    expect(fieldMessageKey('size must be between 0 and 120')).toBe('desk.err.length')
    expect(fieldMessageKey("Unknown category 'x' in this community")).toBe('desk.err.category')
    expect(fieldMessageKey('不能为null')).toBe('desk.err.required')
    expect(fieldMessageKey('不能为空')).toBeNull()
    expect(fieldMessageKey('already taken')).toBeNull()
  })
})
