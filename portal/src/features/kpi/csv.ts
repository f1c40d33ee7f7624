/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (so Chinese reads right), CRLF line ends, fields quoted
 * when they hold a comma, quote or line break. A text that a spreadsheet would take for a formula (=, +, -, @ at
 * the start) is prefixed with an apostrophe, so a name typed into the platform cannot run in someone's Excel.
 */
export type Cell = string | number | boolean | null | undefined

export const BOM = '\uFEFF'

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file's text, the BOM first. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Lets the browser save the text as a file (an object URL on a link with `download`, released afterwards). */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
