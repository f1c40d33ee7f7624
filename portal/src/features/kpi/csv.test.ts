import { describe, expect, it } from 'vitest'
import { BOM, csvCell, toCsv } from './csv'

describe('CSV for Excel', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const text = toCsv([['小区', '新增'], ['翠湖花园', 12]])
    expect(text.startsWith(BOM)).toBe(true)
    expect(text).toBe(`${BOM}小区,新增\r\n翠湖花园,12\r\n`)
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('他说"好"')).toBe('"他说""好"""')
    expect(csvCell('一行\n两行')).toBe('"一行\n两行"')
    expect(csvCell('plain')).toBe('plain')
  })

  it('leaves empty values empty and numbers as numbers, negative ones too', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(-3.5)).toBe('-3.5')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('defuses texts a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+86 139')).toBe("'+86 139")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@cmd')).toBe("'@cmd")
  })
})
