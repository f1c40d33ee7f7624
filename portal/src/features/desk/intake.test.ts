import { describe, expect, it } from 'vitest'
import { fieldMessageKey, lookupHint, LOOKUP_SIZE, ownerLookup } from './intake'
import type { Account, AccountQuery, FoundAccounts } from '../people/lookups'

const person = (name: string, phone: string): Account => ({
  id: phone, username: phone, name, phone, roles: ['OWNER'], communityIds: ['c1'], unitIds: [], skills: [], onDuty: false,
  enabled: true,
})

/** A server that answers each search when the test says so, and remembers what it was asked. */
function fakeServer() {
  const asked: { community: string; query: AccountQuery | null; options: Record<string, unknown> }[] = []
  const pending: { resolve: (found: FoundAccounts) => void; reject: (e: unknown) => void }[] = []
  const find = (community: string, query: AccountQuery | null, options: Record<string, unknown>) => {
    asked.push({ community, query, options })
    return new Promise<FoundAccounts>((resolve, reject) => pending.push({ resolve, reject }))
  }
  return { asked, pending, find }
}

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)

describe('looking the owner up as the agent types', () => {
  it('asks security-service for owners and residents by the first digits of the phone, or by name', async () => {
    const server = fakeServer()
    const search = ownerLookup(() => 'c1', server.find)

    const byPhone = search('138 0013')
    expect(server.asked[0]).toEqual({ community: 'c1', query: { phone: '1380013' },
      options: expect.objectContaining({ roles: ['OWNER', 'RESIDENT'], limit: LOOKUP_SIZE }) })
    server.pending[0].resolve({ accounts: [person('张伟', '13800138001')], total: 1 })
    expect(await byPhone).toEqual({ people: [person('张伟', '13800138001')], total: 1, searched: true, failed: false })

    const byName = search(' 张 ')
    expect(server.asked[1].query).toEqual({ q: '张' })
    server.pending[1].resolve({ accounts: [], total: 0 })
    expect((await byName)?.searched).toBe(true)
  })

  it('asks nothing for nothing, or for fewer than 4 digits', async () => {
    const server = fakeServer()
    const search = ownerLookup(() => 'c1', server.find)
    expect(await search('  ')).toEqual({ people: [], total: 0, searched: false, failed: false })
    expect(await search('138')).toEqual({ people: [], total: 0, searched: false, failed: false })
    expect(await ownerLookup(() => undefined, server.find)('13800138001')).toMatchObject({ searched: false })
    expect(server.asked).toEqual([])
  })

  it('lets a newer search win: the one it overtook is aborted and answers nothing', async () => {
    const server = fakeServer()
    const search = ownerLookup(() => 'c1', server.find)
    const older = search('1380')
    const newer = search('13800138002')
    expect(server.asked[0].options.signal).toBeInstanceOf(AbortSignal)
    expect((server.asked[0].options.signal as AbortSignal).aborted).toBe(true)
    expect((server.asked[1].options.signal as AbortSignal).aborted).toBe(false)

    server.pending[1].resolve({ accounts: [person('王芳', '13800138002')], total: 1 })
    server.pending[0].resolve({ accounts: [person('张伟', '13800138001'), person('王芳', '13800138002')], total: 2 })
    expect(await older).toBeNull()
    expect((await newer)?.people.map((p) => p.name)).toEqual(['王芳'])
  })

  it('says when the search failed, and an aborted search is no failure', async () => {
    const server = fakeServer()
    const search = ownerLookup(() => 'c1', server.find)
    const failing = search('张')
    server.pending[0].reject(new Error('503'))
    expect(await failing).toEqual({ people: [], total: 0, searched: true, failed: true })

    const aborted = search('王')
    server.pending[1].reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))
    expect(await aborted).toBeNull()
  })

  it('tells the agent to type more, that nobody matched, how many more there are, or that it failed', () => {
    const state = { typed: '', shown: 0, total: 0, searched: false, failed: false }
    expect(lookupHint(state, t)).toBe('')
    expect(lookupHint({ ...state, typed: '138' }, t)).toBe('desk.log.lookupMore')
    expect(lookupHint({ ...state, typed: '1380' }, t)).toBe('')
    expect(lookupHint({ ...state, typed: '张', searched: true }, t)).toBe('desk.log.lookupNone')
    expect(lookupHint({ ...state, typed: '张', searched: true, shown: 8, total: 23 }, t))
      .toBe('desk.log.lookupMany {"shown":8,"total":23}')
    expect(lookupHint({ ...state, typed: '张', searched: true, shown: 2, total: 2 }, t)).toBe('')
    expect(lookupHint({ ...state, typed: '张', searched: true, failed: true }, t)).toBe('desk.log.lookupFailed')
  })
})

describe('logging a request', () => {
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
