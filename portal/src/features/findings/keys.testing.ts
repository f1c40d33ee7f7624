import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** For the message tests of the findings and meters pages (never bundled): every key of a message tree, sorted. */
export function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]).sort()
}

/** The keys of `feature` the .vue and .ts files of a folder read literally (t('feature.a.b')). */
export function usedKeys(dir: string, feature: string): Set<string> {
  const used = new Set<string>()
  const pattern = new RegExp(`t\\('${feature}\\.([a-zA-Z0-9.-]+)'`, 'g')
  for (const file of readdirSync(dir).filter((f) => /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(pattern)) used.add(m[1])
  }
  return used
}
