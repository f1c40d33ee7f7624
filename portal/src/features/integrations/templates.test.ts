import { describe, expect, it } from 'vitest'
import { byKind, placeholders, rowMatches } from './templates'

describe('message templates', () => {
  const list = [
    { kind: 'WORK_ORDER_ACCEPTED', language: 'zh-CN' as const, title: '工单已受理：{number}', body: '您的工单 {number} 已由客服受理。' },
    { kind: 'WORK_ORDER_ACCEPTED', language: 'en' as const, title: 'Accepted: {number}', body: 'Customer service accepted {number}.' },
    { kind: 'WORK_ORDER_NEW', language: 'zh-CN' as const, title: '新{kind}待受理', body: '{title}（{urgency}）：{reporterName|业主}' },
  ]

  it('puts both languages of a kind in one row, in the order listed', () => {
    const rows = byKind(list)
    expect(rows.map((r) => r.kind)).toEqual(['WORK_ORDER_ACCEPTED', 'WORK_ORDER_NEW'])
    expect(rows[0].texts.en?.title).toBe('Accepted: {number}')
    expect(rows[1].texts.en).toBeUndefined()
  })

  it('finds the placeholders, fallbacks included, once each', () => {
    expect(placeholders('新{kind}待受理', '{title}（{urgency}）：{reporterName|业主} {title}')).toEqual(['kind', 'title', 'urgency', 'reporterName'])
    expect(placeholders('no placeholders {}')).toEqual([])
  })

  it('filters rows by kind or text', () => {
    const rows = byKind(list)
    expect(rows.filter((r) => rowMatches(r, 'accepted')).map((r) => r.kind)).toEqual(['WORK_ORDER_ACCEPTED'])
    expect(rows.filter((r) => rowMatches(r, '待受理')).map((r) => r.kind)).toEqual(['WORK_ORDER_NEW'])
    expect(rows.filter((r) => rowMatches(r, ' '))).toHaveLength(2)
  })
})
