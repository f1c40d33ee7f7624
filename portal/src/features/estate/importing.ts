import type { ImportProblem, ImportView } from './api'

/**
 * The XLSX import's rules as the page applies them: a dry run first; the real import only for the file the dry run
 * checked, when it found no problem and something to create. The service applies them again (a file with problems
 * answers 422 and writes nothing).
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** The gateway and the service take at most 10 MB. */
export const MAX_BYTES = 10 * 1024 * 1024

/** The codes of a row's problems that have a label; others show the code. */
export const PROBLEM_CODES = [
  'missing-value', 'invalid-floor', 'not-a-number', 'invalid-area', 'interior-larger-than-building', 'duplicate-unit',
  'existing-unit-changes', 'unknown-type', 'unknown-state', 'invalid-unit',
] as const

/** What identifies a chosen file: a dry run of another file (or the same name changed since) does not count. */
export function fileKey(file: Pick<File, 'name' | 'size' | 'lastModified'> | null): string | null {
  return file ? `${file.name}:${file.size}:${file.lastModified}` : null
}

/** The i18n key (under estate.importCheck) of why a file cannot be sent, or null when it can. */
export function fileProblem(file: Pick<File, 'name' | 'size'> | null): string | null {
  if (!file) return 'none'
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx'
  if (file.size === 0) return 'emptyFile'
  if (file.size > MAX_BYTES) return 'tooLarge'
  return null
}

export type ImportStep = 'choose' | 'problems' | 'nothingNew' | 'ready' | 'imported'

/**
 * Where the import stands for the chosen file: nothing checked yet, checked with problems, checked with nothing to
 * create, ready to import, or imported.
 */
export function importStep(result: ImportView | null, checkedKey: string | null, chosenKey: string | null): ImportStep {
  if (!result || !chosenKey || checkedKey !== chosenKey) return 'choose'
  if (!result.dryRun && result.written) return 'imported'
  if (result.problemCount > 0) return 'problems'
  if (result.unitsToCreate === 0) return 'nothingNew'
  return 'ready'
}

/** Whether "import" may be pressed: only after a clean dry run of this very file that would create something. */
export function mayImport(result: ImportView | null, checkedKey: string | null, chosenKey: string | null): boolean {
  return importStep(result, checkedKey, chosenKey) === 'ready'
}

/** The label key of a problem's code ("missing-value" → estate.importCode.missingValue), or null for a code without one. */
export function problemCodeKey(code: string): string | null {
  return (PROBLEM_CODES as readonly string[]).includes(code)
    ? `estate.importCode.${code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}` : null
}

/** Problems one page of the table shows. */
export function problemPage(problems: readonly ImportProblem[], page: number, size: number): ImportProblem[] {
  const start = Math.max(0, (page - 1) * size)
  return problems.slice(start, start + size)
}
