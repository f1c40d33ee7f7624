import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { challengeOf, claimsOf, randomToken } from './pkce'

/**
 * The signed-in person: authorization code + PKCE against the platform's authorization server, through the
 * gateway (same origin, so no CORS). Tokens live in memory only; the refresh token is replaced on every use
 * (rotation); signing out revokes it and ends the login session. Only the PKCE verifier and state survive the
 * redirect to the login page, in sessionStorage, and are removed when the code comes back.
 */
export const CLIENT_ID = 'propertyops-portal'
const PENDING = 'propertyops.portal.sign-in'
const SCOPE = 'openid profile'
const REFRESH_MARGIN_MS = 60_000

export type Role =
  | 'OWNER' | 'RESIDENT' | 'CUSTOMER_SERVICE' | 'TECHNICIAN' | 'SUPERVISOR' | 'SECURITY_GUARD'
  | 'CLEANER' | 'GARDENER' | 'FINANCE' | 'PROPERTY_MANAGER' | 'ADMIN'

export const STAFF_ROLES: readonly Role[] = [
  'CUSTOMER_SERVICE', 'TECHNICIAN', 'SUPERVISOR', 'SECURITY_GUARD', 'CLEANER', 'GARDENER', 'FINANCE',
  'PROPERTY_MANAGER', 'ADMIN',
]

interface Tokens {
  accessToken: string
  refreshToken?: string
  idToken?: string
  expiresAt: number
}

interface PendingSignIn {
  state: string
  verifier: string
  returnTo: string
}

function redirectUri(): string {
  return `${window.location.origin}/`
}

async function tokenRequest(form: Record<string, string>): Promise<Tokens> {
  const response = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ ...form, client_id: CLIENT_ID }),
    credentials: 'same-origin',
  })
  if (!response.ok) {
    throw new Error(`token endpoint answered ${response.status}`)
  }
  const body = await response.json()
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    idToken: body.id_token,
    expiresAt: Date.now() + Number(body.expires_in ?? 300) * 1000,
  }
}

export const useSession = defineStore('session', () => {
  const tokens = ref<Tokens | null>(null)
  let refreshing: Promise<boolean> | null = null

  const claims = computed(() => (tokens.value ? claimsOf(tokens.value.accessToken) : {}))
  const roles = computed(() => (claims.value.roles as Role[] | undefined) ?? [])
  const communityIds = computed(() => (claims.value.community_ids as string[] | undefined) ?? [])
  const userId = computed(() => String(claims.value.sub ?? ''))
  const displayName = computed(() => String(claims.value.name ?? claims.value.preferred_username ?? claims.value.sub ?? ''))
  const signedIn = computed(() => tokens.value !== null)
  const isStaff = computed(() => roles.value.some((role) => STAFF_ROLES.includes(role)))

  function hasAnyRole(wanted: readonly Role[] | undefined): boolean {
    return !wanted || wanted.length === 0 || roles.value.some((role) => wanted.includes(role))
  }

  /** Leaves for the login page; comes back to {@code returnTo} (a portal route) once signed in. */
  async function signIn(returnTo = '/'): Promise<void> {
    const pending: PendingSignIn = { state: randomToken(16), verifier: randomToken(48), returnTo }
    sessionStorage.setItem(PENDING, JSON.stringify(pending))
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: redirectUri(),
      scope: SCOPE,
      state: pending.state,
      code_challenge: await challengeOf(pending.verifier),
      code_challenge_method: 'S256',
    })
    window.location.assign(`/oauth2/authorize?${query}`)
  }

  /**
   * When the page was opened by the authorization server's redirect, trades the code for tokens and returns the
   * route to go on to; otherwise returns null. A code whose state does not match is refused.
   */
  async function completeSignIn(): Promise<string | null> {
    const params = new URLSearchParams(window.location.search)
    const code = params.get('code')
    const error = params.get('error')
    if (!code && !error) return null
    const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as PendingSignIn | null
    sessionStorage.removeItem(PENDING)
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`)
    if (error || !pending || params.get('state') !== pending.state) {
      throw new Error(error ?? 'sign-in state does not match')
    }
    tokens.value = await tokenRequest({
      grant_type: 'authorization_code',
      code: code!,
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    })
    return pending.returnTo
  }

  /** Trades the refresh token for new tokens (and a new refresh token); false when that is no longer possible. */
  function refresh(): Promise<boolean> {
    const current = tokens.value
    if (!current?.refreshToken) return Promise.resolve(false)
    refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: current.refreshToken })
      .then((fresh) => {
        tokens.value = { ...fresh, idToken: fresh.idToken ?? current.idToken }
        return true
      })
      .catch(() => {
        tokens.value = null
        return false
      })
      .finally(() => {
        refreshing = null
      })
    return refreshing
  }

  /** A valid access token, refreshed first when it is about to expire; null when signed out. */
  async function accessToken(): Promise<string | null> {
    if (!tokens.value) return null
    if (tokens.value.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      await refresh()
    }
    return tokens.value?.accessToken ?? null
  }

  /** Revokes the tokens, then ends the login session at the authorization server, which sends the browser back. */
  async function signOut(): Promise<void> {
    const current = tokens.value
    tokens.value = null
    if (!current) return
    const revoke = (token: string, hint: string) =>
      fetch('/oauth2/revoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, token_type_hint: hint, client_id: CLIENT_ID }),
      }).catch(() => undefined)
    await Promise.all([
      current.refreshToken ? revoke(current.refreshToken, 'refresh_token') : Promise.resolve(undefined),
      revoke(current.accessToken, 'access_token'),
    ])
    const logout = new URLSearchParams({ post_logout_redirect_uri: redirectUri() })
    if (current.idToken) logout.set('id_token_hint', current.idToken)
    window.location.assign(`/connect/logout?${logout}`)
  }

  return {
    tokens, roles, communityIds, userId, displayName, signedIn, isStaff,
    hasAnyRole, signIn, completeSignIn, refresh, accessToken, signOut,
  }
})
