import { describe, expect, it } from 'vitest'
import { filenameOf } from './download'

describe('the name a workbook is saved under', () => {
  it('reads the UTF-8 name the server gives Chinese names in', () => {
    expect(filenameOf(`attachment; filename="____.xlsx"; filename*=UTF-8''%E9%A2%84%E5%AD%98%E4%BD%99%E9%A2%9D.xlsx`, 'x.xlsx'))
      .toBe('预存余额.xlsx')
    expect(filenameOf(`attachment; filename*=UTF-8''%E6%94%B6%E7%BC%B4%E6%83%85%E5%86%B5-2026-12.xlsx`, 'x.xlsx')).toBe('收缴情况-2026-12.xlsx')
  })

  it('falls back to the plain name, but not to the placeholder of underscores', () => {
    expect(filenameOf('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx')
    expect(filenameOf('attachment; filename=report.xlsx', 'x.xlsx')).toBe('report.xlsx')
    expect(filenameOf('attachment; filename="____.xlsx"', 'fallback.xlsx')).toBe('fallback.xlsx')
    expect(filenameOf(null, 'fallback.xlsx')).toBe('fallback.xlsx')
  })

  it('never keeps a path, and survives a malformed escape', () => {
    expect(filenameOf(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fa.xlsx`, 'x.xlsx')).toBe('a.xlsx')
    expect(filenameOf(`attachment; filename="b.xlsx"; filename*=UTF-8''%E9%A2`, 'x.xlsx')).toBe('b.xlsx')
  })
})
