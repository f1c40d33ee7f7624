import { describe, expect, it } from 'vitest'
import { balanceOf, byMonth, feeIncomeOf, lineBodies, lineForm, lineForms, lineProblems, mayCorrect, publishBlock, totalOf } from './disclosure'
import type { Disclosure } from './types'

const disclosure = (month: string, version: number, extra: Partial<Disclosure> = {}): Disclosure => ({
  id: `c:${month}:v${version}`, communityId: 'c', month, version, status: 'DRAFT', expenses: [], commonIncome: [], feeIncome: [],
  collectionRate: null, totalIncome: '0.00', totalExpenses: '0.00', changes: null, editedBy: 'fin', editedAt: null,
  publishedBy: null, publishedAt: null, revision: 1, ...extra,
})

describe('the disclosure editor', () => {
  it('sends the rows with something in them, amounts with two places', () => {
    const rows = [
      { ...lineForm(), category: ' 绿化养护 ', amount: '8600', note: '' },
      lineForm(),
      { ...lineForm(), category: '保洁', amount: '1200.5', note: ' 外包 ' },
    ]
    expect(lineBodies(rows)).toEqual([
      { category: '绿化养护', amount: '8600.00', note: null },
      { category: '保洁', amount: '1200.50', note: '外包' },
    ])
    expect(totalOf(rows)).toBe(980050)
    expect(totalOf([{ amount: '0.10' }, { amount: '0.20' }, { amount: 'x' }])).toBe(30)
  })

  it('points at rows missing a category or an amount', () => {
    const [a, b, c, d] = [
      { ...lineForm(), category: '保洁', amount: '' },
      { ...lineForm(), amount: '12' },
      { ...lineForm(), category: '广告', amount: '1.234' },
      lineForm(),
    ]
    expect(lineProblems([a, b, c, d])).toEqual({
      [a.key]: { amount: 'amountRequired' }, [b.key]: { category: 'categoryRequired' }, [c.key]: { amount: 'amountFormat' },
    })
    expect(lineForms([{ category: '停车', amount: '300.00', note: null }])[0]).toMatchObject({ category: '停车', amount: '300.00', note: '' })
  })

  it('groups versions by month, newest first', () => {
    const groups = byMonth([disclosure('2026-10', 1), disclosure('2026-11', 1, { status: 'PUBLISHED' }), disclosure('2026-11', 2)])
    expect(groups.map((g) => [g.month, g.versions.map((v) => v.version)])).toEqual([['2026-11', [2, 1]], ['2026-10', [1]]])
    expect(mayCorrect(groups[0])).toBe(false)
    expect(mayCorrect({ month: '2026-11', versions: [disclosure('2026-11', 1, { status: 'PUBLISHED' })] })).toBe(true)
  })

  it('lets only someone else publish, and a correction only with what changed', () => {
    const draft = disclosure('2026-11', 1, { expenses: [{ category: '保洁', amount: '1.00' }] })
    expect(publishBlock(draft, 'manager')).toBeNull()
    expect(publishBlock(draft, 'fin')).toBe('ownEdit')
    expect(publishBlock({ ...draft, status: 'PUBLISHED' }, 'manager')).toBe('published')
    expect(publishBlock({ ...draft, version: 2 }, 'manager')).toBe('changesRequired')
    expect(publishBlock({ ...draft, version: 2, changes: '绿化费更正' }, 'manager')).toBeNull()
  })

  it('adds up income and the balance in fen', () => {
    expect(feeIncomeOf({ feeIncome: [{ feeName: '物业费', collected: '0.10' }, { feeName: '停车费', collected: '0.20' }] })).toBe(30)
    expect(balanceOf({ totalIncome: '100.10', totalExpenses: '200.20' })).toBe(-10010)
  })
})
