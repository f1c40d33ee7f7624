import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from './session'
import { base64Url } from './pkce'

function jwt(claims: Record<string, unknown>): string {
  const encode = (o: unknown) => base64Url(new TextEncoder().encode(JSON.stringify(o)))
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`
}

function tokenAnswer(access: string, refresh: string, expiresIn = 900) {
  return new Response(JSON.stringify({ access_token: access, refresh_token: refresh, expires_in: expiresIn, id_token: 'id' }),
    { status: 200, headers: { 'Content-Type': 'application/json' } })
}

describe('session', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    window.history.replaceState(null, '', '/')
  })

  it('trades the code for tokens only when the state matches, and cleans the address bar', async () => {
    sessionStorage.setItem('propertyops.portal.sign-in', JSON.stringify({ state: 's1', verifier: 'v'.repeat(64), returnTo: '/desk' }))
    window.history.replaceState(null, '', '/?code=c1&state=s1')
    fetchMock.mockResolvedValueOnce(tokenAnswer(jwt({ sub: 'p1', roles: ['CUSTOMER_SERVICE'], name: '赵敏' }), 'r1'))
    const session = useSession()

    expect(await session.completeSignIn()).toBe('/desk')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/oauth2/token')
    const form = new URLSearchParams(init.body)
    expect(form.get('grant_type')).toBe('authorization_code')
    expect(form.get('code_verifier')).toBe('v'.repeat(64))
    expect(form.get('client_id')).toBe('propertyops-portal')
    expect(form.get('client_secret')).toBeNull()
    expect(session.roles).toEqual(['CUSTOMER_SERVICE'])
    expect(session.isStaff).toBe(true)
    expect(window.location.search).toBe('')
    expect(sessionStorage.getItem('propertyops.portal.sign-in')).toBeNull()
  })

  it('refuses a code whose state is not the one it sent', async () => {
    sessionStorage.setItem('propertyops.portal.sign-in', JSON.stringify({ state: 'mine', verifier: 'v', returnTo: '/' }))
    window.history.replaceState(null, '', '/?code=c1&state=forged')
    await expect(useSession().completeSignIn()).rejects.toThrow(/state/)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('refreshes once for concurrent callers and uses the rotated refresh token next time', async () => {
    sessionStorage.setItem('propertyops.portal.sign-in', JSON.stringify({ state: 's', verifier: 'v', returnTo: '/' }))
    window.history.replaceState(null, '', '/?code=c&state=s')
    fetchMock.mockResolvedValueOnce(tokenAnswer(jwt({ sub: 'p1', roles: ['TECHNICIAN'] }), 'r1', 30))
    const session = useSession()
    await session.completeSignIn()

    fetchMock.mockResolvedValueOnce(tokenAnswer(jwt({ sub: 'p1', roles: ['TECHNICIAN'], n: 2 }), 'r2', 30))
    const [a, b] = await Promise.all([session.accessToken(), session.accessToken()])
    expect(a).toBe(b)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(new URLSearchParams(fetchMock.mock.calls[1][1].body).get('refresh_token')).toBe('r1')

    fetchMock.mockResolvedValueOnce(tokenAnswer(jwt({ sub: 'p1', roles: ['TECHNICIAN'], n: 3 }), 'r3', 900))
    await session.accessToken()
    expect(new URLSearchParams(fetchMock.mock.calls[2][1].body).get('refresh_token')).toBe('r2')
  })

  it('is signed out when the refresh token is refused', async () => {
    sessionStorage.setItem('propertyops.portal.sign-in', JSON.stringify({ state: 's', verifier: 'v', returnTo: '/' }))
    window.history.replaceState(null, '', '/?code=c&state=s')
    fetchMock.mockResolvedValueOnce(tokenAnswer(jwt({ sub: 'p1', roles: ['ADMIN'] }), 'r1', 10))
    const session = useSession()
    await session.completeSignIn()
    fetchMock.mockResolvedValueOnce(new Response('{"error":"invalid_grant"}', { status: 400 }))

    expect(await session.accessToken()).toBeNull()
    expect(session.signedIn).toBe(false)
  })
})
