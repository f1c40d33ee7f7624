import { describe, expect, it } from 'vitest'
import { barOption, bars, hours, metricValue, money, percent } from './health'
import type { Figures } from './types'

const figures = (over: Partial<Figures>): Figures => ({
  equipmentCount: 1, operatingHours: 100, downtimeHours: 0, failures: 0, repairedFailures: 0, mtbfHours: null, mttrHours: null,
  availability: 1, repeatFailures: 0, repairCost: 0, lifetimeRepairCost: 0, purchasePrice: null, repairCostShareOfPrice: null,
  lifetimeRepairCostShareOfPrice: null, ...over,
})

describe('equipment health figures', () => {
  it('reads ratios as percentages and hours with two decimals; none as a dash', () => {
    expect(percent(0.99375)).toBe('99.38%')
    expect(percent(null)).toBe('—')
    expect(hours(715.5)).toBe('715.50')
    expect(hours(null)).toBe('—')
    expect(money(1280)).toBe('1,280.00')
    expect(metricValue(figures({ availability: 0.9938 }), 'availability')).toBe(99.38)
    expect(metricValue(figures({ mtbfHours: null }), 'mtbfHours')).toBeNull()
  })

  it('charts the worst first: most failures, least availability; leaves out pieces without the figure', () => {
    const rows = [
      { name: 'A', figures: figures({ failures: 1, availability: 0.99, mtbfHours: 50 }) },
      { name: 'B', figures: figures({ failures: 3, availability: 0.9, mtbfHours: 20 }) },
      { name: 'C', figures: figures({ failures: 0, availability: null, mtbfHours: null }) },
    ]
    expect(bars(rows, 'failures').map((b) => b.name)).toEqual(['B', 'A', 'C'])
    expect(bars(rows, 'availability').map((b) => [b.name, b.value])).toEqual([['B', 90], ['A', 99]])
    expect(bars(rows, 'mtbfHours').map((b) => b.name)).toEqual(['B', 'A'])
  })

  it('draws one bar series with the names on the axis', () => {
    const option = barOption([{ name: 'B', value: 3 }, { name: 'A', value: 1 }], '故障次数', '')
    expect(option.series).toHaveLength(1)
    expect((option.series as { data: number[] }[])[0].data).toEqual([3, 1])
    expect((option.xAxis as { data: string[] }).data).toEqual(['B', 'A'])
  })
})
