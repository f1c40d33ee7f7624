import { beforeEach, describe, expect, it, vi } from 'vitest'
import { accountQuery, categoryNames, findAccounts } from './lookups'

const { api } = vi.hoisted(() => ({ api: vi.fn() }))
vi.mock('../../api/http', () => ({ api, get: vi.fn() }))

describe('category names', () => {
  it('names top trades plainly and sub-categories under their trade', () => {
    expect(categoryNames([
      { code: 'plumbing', name: '给排水', active: true, children: [{ code: 'plumbing-leak', name: '漏水', active: true, children: [] }] },
      { code: 'hvac', name: '暖通空调', active: true, children: [] },
    ])).toEqual({ plumbing: '给排水', 'plumbing-leak': '给排水 / 漏水', hvac: '暖通空调' })
  })
})

describe('what is asked of the people search for what was typed', () => {
  it('takes digits as the beginning of a phone, as people write them, from 4 digits on', () => {
    expect(accountQuery('138 0013 8001')).toEqual({ phone: '13800138001' })
    expect(accountQuery('138-0013')).toEqual({ phone: '1380013' })
    expect(accountQuery('+86 138 0013 8001')).toEqual({ phone: '13800138001' })
    expect(accountQuery('8613800138001')).toEqual({ phone: '13800138001' })
    expect(accountQuery(' 1380 ')).toEqual({ phone: '1380' })
    expect(accountQuery('138')).toBeNull()
    expect(accountQuery('1'.repeat(20))).toEqual({ phone: '1'.repeat(15) })
  })

  it('takes anything else as a name or username, and nothing as nothing', () => {
    expect(accountQuery(' 张伟 ')).toEqual({ q: '张伟' })
    expect(accountQuery('zhou')).toEqual({ q: 'zhou' })
    expect(accountQuery('zhou 139')).toEqual({ q: 'zhou 139' })
    expect(accountQuery('李'.repeat(80))).toEqual({ q: '李'.repeat(64) })
    expect(accountQuery('   ')).toBeNull()
  })
})

describe('finding people', () => {
  beforeEach(() => api.mockReset())

  it('asks for one page of the roles wanted and reads the total from X-Total-Count', async () => {
    api.mockResolvedValue({ data: [{ id: 'a' }], status: 200, headers: new Headers({ 'X-Total-Count': '23' }) })
    const found = await findAccounts('c1', { phone: '1380' }, { roles: ['OWNER', 'RESIDENT'], limit: 8 })

    expect(found).toEqual({ accounts: [{ id: 'a' }], total: 23 })
    expect(api).toHaveBeenCalledWith('/api/v1/accounts', {
      query: { communityId: 'c1', phone: '1380', role: ['OWNER', 'RESIDENT'], limit: 8, page: undefined },
      signal: undefined,
    })
  })

  it('counts what came when the server says no total', async () => {
    api.mockResolvedValue({ data: [{ id: 'a' }, { id: 'b' }], status: 200, headers: new Headers() })
    expect((await findAccounts('c1', null, { page: 2 })).total).toBe(2)
    expect(api.mock.calls[0][1].query).toMatchObject({ communityId: 'c1', page: 2 })
  })
})
