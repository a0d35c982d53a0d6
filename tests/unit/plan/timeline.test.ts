// Layout math of the timeline: whole months on the axis, years and months as percentages, bars
// with both ends included, months dropped when too many to label.
import { describe, expect, it } from 'vitest'
import { ganttModel } from '../../../src/shared/actionPlan/gantt.ts'
import { barGeometry, dayPct, timeAxis } from '../../../src/renderer/src/plan/timeline.ts'
import { planOf, riversideDoc } from './helpers.ts'

describe('timeAxis', () => {
  it('spans whole months with years and months as shares of the width', () => {
    const axis = timeAxis({ start: '2026-11-15', end: '2027-02-03' })
    // 1 Nov 2026 to 1 Mar 2027: 30 + 31 + 31 + 28 days.
    expect(axis.endDay - axis.startDay).toBe(120)
    expect(axis.years.map((y) => [y.value, y.widthPct])).toEqual([
      [2026, (61 / 120) * 100],
      [2027, (59 / 120) * 100],
    ])
    expect(axis.months.map((m) => `${m.year}-${m.value}`)).toEqual([
      '2026-11',
      '2026-12',
      '2027-1',
      '2027-2',
    ])
    expect(axis.months[2]?.startPct).toBeCloseTo((61 / 120) * 100)
    const total = axis.months.reduce((n, m) => n + m.widthPct, 0)
    expect(total).toBeCloseTo(100)
  })

  it('labels years only when the plan runs over more than three years', () => {
    expect(timeAxis({ start: '2026-01-01', end: '2028-12-31' }).months).toHaveLength(36)
    const long = timeAxis({ start: '2026-01-01', end: '2031-06-30' })
    expect(long.months).toEqual([])
    expect(long.years.map((y) => y.value)).toEqual([2026, 2027, 2028, 2029, 2030, 2031])
  })
})

describe('barGeometry', () => {
  it('places a bar from its first to its last day, both included', () => {
    const axis = timeAxis({ start: '2026-01-01', end: '2026-12-31' })
    const whole = barGeometry(axis, '2026-01-01', '2026-12-31')
    expect(whole.leftPct).toBe(0)
    expect(whole.widthPct).toBeCloseTo(100)
    const july = barGeometry(axis, '2026-07-01', '2026-07-31')
    expect(july.leftPct).toBeCloseTo((181 / 365) * 100)
    expect(july.widthPct).toBeCloseTo((31 / 365) * 100)
    expect(barGeometry(axis, '2026-03-10', '2026-03-10').widthPct).toBeCloseTo((1 / 365) * 100)
  })

  it('fits every riverside action inside the axis of the gantt model', () => {
    const model = ganttModel(planOf(riversideDoc()))
    if (model.range === null) throw new Error('riverside has dated actions')
    const axis = timeAxis(model.range)
    for (const row of model.groups.flatMap((g) => g.rows)) {
      const bar = barGeometry(axis, row.start, row.end)
      expect(bar.leftPct).toBeGreaterThanOrEqual(0)
      expect(bar.leftPct + bar.widthPct).toBeLessThanOrEqual(100 + 1e-9)
    }
  })

  it('finds today on the axis, or nothing outside it', () => {
    const axis = timeAxis({ start: '2026-01-01', end: '2026-12-31' })
    expect(dayPct(axis, '2026-01-01')).toBe(0)
    expect(dayPct(axis, '2027-01-01')).toBeUndefined()
    expect(dayPct(axis, '2025-12-31')).toBeUndefined()
  })
})
