/**
 * The name a download is saved under, from its Content-Disposition: the UTF-8 name (filename*=UTF-8''…) first, as
 * the server's Chinese names only survive there, then the plain filename, else the fallback. Path parts are dropped.
 */
export function filenameOf(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      const name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
      if (name) return safe(name, fallback)
    } catch {
      /* a malformed escape: try the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name && !/^_+\.[a-z]+$/i.test(name) ? safe(name, fallback) : fallback
}

function safe(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? ''
  return base || fallback
}
