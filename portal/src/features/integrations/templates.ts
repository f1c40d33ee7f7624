/** Message templates (notification-service): what each kind of message says, in Chinese and English. */
export type Language = 'zh-CN' | 'en'
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en']

export interface TemplateView {
  kind: string
  language: Language
  title: string
  body: string
}

export interface TemplateRow {
  kind: string
  texts: Partial<Record<Language, TemplateView>>
}

/** One row per kind, in the order the API lists them, with each language's text. */
export function byKind(list: TemplateView[]): TemplateRow[] {
  const rows = new Map<string, TemplateRow>()
  for (const template of list) {
    const row = rows.get(template.kind) ?? { kind: template.kind, texts: {} }
    row.texts[template.language] = template
    rows.set(template.kind, row)
  }
  return [...rows.values()]
}

/** The placeholders a text uses: "{number}" → number, "{reporterName|业主}" (with a fallback) → reporterName. */
export function placeholders(...texts: string[]): string[] {
  const found = new Set<string>()
  for (const text of texts) for (const m of text.matchAll(/\{([A-Za-z][A-Za-z0-9_.]*)(?:\|[^}]*)?\}/g)) found.add(m[1])
  return [...found]
}

/** Whether the row matches what was typed (kind or any text), ignoring case. */
export function rowMatches(row: TemplateRow, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  return [row.kind, ...Object.values(row.texts).flatMap((t) => [t!.title, t!.body])].some((v) => v.toLowerCase().includes(q))
}
