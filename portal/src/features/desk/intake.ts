import type { Person } from './directory'

/** Finding the caller among the community's owners and residents, and reading the server's field messages. */

export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '')
}

/**
 * Owners and residents whose phone holds the digits typed (at least three), or whose name holds the text typed;
 * phones that start with the digits first, then by phone.
 */
export function matchResidents(people: readonly Person[], query: string, limit = 8): Person[] {
  const text = query.trim()
  if (!text) return []
  const digits = phoneDigits(text)
  const byPhone = digits.length >= 3 && digits.length === text.replace(/[\s+-]/g, '').length
  const found = people.filter((p) => byPhone ? phoneDigits(p.phone ?? '').includes(digits) : (p.name ?? '').includes(text))
  const rank = (p: Person) => (byPhone && phoneDigits(p.phone ?? '').startsWith(digits) ? 0 : 1)
  return found
    .sort((a, b) => rank(a) - rank(b) || (a.phone ?? '').localeCompare(b.phone ?? ''))
    .slice(0, limit)
}

/**
 * The i18n key for a field message the platform writes in English (Bean Validation's and the intake rules'), or
 * as Bean Validation's Chinese bundle words a missing value ("不能为null"), so staff read it plainly; null when the message is not one of those (it is shown as it is).
 */
export function fieldMessageKey(message: string): string | null {
  if (/^must not be (blank|null|empty)$/.test(message) || / is required for /.test(message) || message === '不能为null') {
    return 'desk.err.required'
  }
  if (/^must match /.test(message)) return 'desk.err.format'
  if (/^size must be between /.test(message)) return 'desk.err.length'
  if (/^Unknown category /.test(message)) return 'desk.err.category'
  return null
}
