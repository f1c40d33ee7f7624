// What every end-to-end test of the portal shares: Debian's Chromium driven by playwright-core (no browser
// download), the platform's URL and demo password from the environment (PortalBrowserTest sets them), signing in
// through the real login form, an owner's token for the owners' app, and a screenshot of each test's last page.
import { test } from 'node:test'
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createHash, randomBytes } from 'node:crypto'

export const BASE = (process.env.PORTAL_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const PASSWORD = process.env.PROPERTYOPS_DEMO_PASSWORD ?? 'propertyops-demo'
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(process.cwd(), 'target', 'e2e-screenshots')
export const COMMUNITY = 'e15d7d7d-4089-5b55-b750-a5f693ec6ab2'
export const UNIT_1_1_101 = '68ac8d21-fbad-588a-99b9-6808bb720063'
export const DESKTOP = { width: 1366, height: 768 }
export const PHONE = { width: 390, height: 844 }

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS, headless: true })
}

/**
 * A page for one person: a new browser context (its own cookies), the console's errors collected (a page that
 * logs an error or is refused by the Content-Security-Policy fails the test that checks `errors`).
 */
export async function personPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) page.errors.push(m.text())
  })
  return page
}

/** Fills the authorization server's login form (whatever page it is on) and submits it. */
export async function fillLogin(page, username) {
  const form = page.locator('form:has(input[name=password])').first()
  await form.locator('input[name=username]').fill(username)
  await form.locator('input[name=password]').fill(PASSWORD)
  await form.locator('[type=submit]').click()
}

/** Opens the portal (at a route, e.g. '/desk'), signs in as this demo person, and waits for the staff frame. */
export async function signIn(page, username, route = '/') {
  await page.goto(`${BASE}/#${route}`)
  await page.waitForURL(/\/login/)
  await fillLogin(page, username)
  await page.waitForURL((url) => url.origin === new URL(BASE).origin && !url.pathname.startsWith('/login')
    && !url.search.includes('code='))
  return page
}

/** An owner's access token for the owners' app (client propertyops-app), by authorization code + PKCE in a browser. */
export async function appToken(browser, username) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const verifier = randomBytes(48).toString('base64url')
    const challenge = createHash('sha256').update(verifier).digest('base64url')
    let code = null
    await page.route('http://127.0.0.1:8765/**', async (route) => {
      code = new URL(route.request().url()).searchParams.get('code')
      await route.fulfill({ status: 200, body: 'ok' })
    })
    const query = new URLSearchParams({
      response_type: 'code', client_id: 'propertyops-app', redirect_uri: 'http://127.0.0.1:8765/callback',
      scope: 'openid profile', state: randomBytes(8).toString('hex'), code_challenge: challenge, code_challenge_method: 'S256',
    })
    await page.goto(`${BASE}/oauth2/authorize?${query}`)
    await fillLogin(page, username)
    await page.waitForURL(/127\.0\.0\.1:8765/)
    const response = await fetch(`${BASE}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:8765/callback',
        client_id: 'propertyops-app', code_verifier: verifier }),
    })
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`)
    return (await response.json()).access_token
  } finally {
    await context.close()
  }
}

/** A JSON call to the platform through the gateway with a token; throws on anything but 2xx. */
export async function call(token, method, path, body, headers = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
  return text ? JSON.parse(text) : undefined
}

/** An owner's new repair request, as the app sends it; a unique title so a test finds its own. */
export async function submitRepair(ownerToken, title, extra = {}) {
  return call(ownerToken, 'POST', '/api/v1/tickets', {
    unitId: UNIT_1_1_101, kind: 'REPAIR', category: 'plumbing', urgency: 'NORMAL', title,
    description: '端到端测试', location: '厨房', ...extra,
  }, { 'Idempotency-Key': `e2e-${randomBytes(8).toString('hex')}` })
}

export function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`
}

/** Saves the page as target/e2e-screenshots/<name>.png for a reviewer to look at. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/**
 * Scenarios whose pages are kept track of: `open(viewport)` gives a person's page; when a scenario fails each page
 * it opened is saved as <prefix>-failed-<n>.png, and all are closed after it. `browser()` gives the launched browser.
 */
export function scenarios(prefix, browser) {
  const opened = []
  async function open(viewport) {
    const page = await personPage(browser(), viewport)
    opened.push(page)
    return page
  }
  function scenario(title, body) {
    test(title, async () => {
      opened.length = 0
      try {
        await body()
      } catch (e) {
        for (const [i, page] of opened.entries()) await screenshot(page, `${prefix}-failed-${i + 1}`).catch(() => undefined)
        throw e
      } finally {
        for (const page of opened) await page.context().close().catch(() => undefined)
      }
    })
  }
  return { open, scenario }
}

/** The person id a token is for (its subject). */
export function idOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).sub
}

/** An input by its data-test, whether the component put the attribute on the input (el-input) or on its root. */
export function input(name) {
  return `input[data-test=${name}], [data-test=${name}] input`
}
