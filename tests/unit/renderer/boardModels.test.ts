import { describe, expect, it } from 'vitest'
import { buildTimeline, stepYear } from '../../../src/renderer/src/boards/future/timeline.ts'
import {
  cellKey,
  gridCells,
  gridStep,
  matchesFilter,
  quadrantOf,
} from '../../../src/renderer/src/boards/map/grid.ts'
import { boxExit, circleLayout, forceLayout } from '../../../src/renderer/src/boards/map/layout.ts'
import type { BoardItem, StakeholderRecord } from '../../../src/shared/model/records.ts'

describe('future-back timeline', () => {
  const items: BoardItem[] = [
    { type: 'vision', boardId: 'b', id: 'v1', text: 'No empty units' },
    { type: 'milestone', boardId: 'b', id: 'm1', year: 2029, text: 'Register' },
    { type: 'milestone', boardId: 'b', id: 'm2', year: 2027, text: 'Data' },
    { type: 'milestone', boardId: 'b', id: 'm3', year: 2040, text: 'Out of range' },
    { type: 'firstStep', boardId: 'b', id: 'f1', text: 'List units' },
  ]

  it('has one column per year from present to horizon, milestones in their year', () => {
    const tl = buildTimeline(items, 2026, 2035)
    expect(tl.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035])
    expect(tl.milestones.get(2029)?.map((m) => m.id)).toEqual(['m1'])
    expect(tl.milestones.get(2027)?.map((m) => m.id)).toEqual(['m2'])
    expect(tl.vision.map((v) => v.id)).toEqual(['v1'])
    expect(tl.firstSteps.map((f) => f.id)).toEqual(['f1'])
  })

  it('shows a milestone outside the range at the nearest end rather than dropping it', () => {
    const tl = buildTimeline(items, 2026, 2035)
    expect(tl.milestones.get(2035)?.map((m) => m.id)).toEqual(['m3'])
    expect(tl.milestoneCount).toBe(3)
  })

  it('steps a year with Alt+Left/Right, stopping at the ends', () => {
    expect(stepYear(2027, -1, 2026, 2035)).toBe(2026)
    expect(stepYear(2026, -1, 2026, 2035)).toBeUndefined()
    expect(stepYear(2035, 1, 2026, 2035)).toBeUndefined()
    expect(stepYear(2030, 1, 2026, 2035)).toBe(2031)
  })
})

describe('power/interest grid', () => {
  it('names the quadrants (3 and above is high)', () => {
    expect(quadrantOf(5, 5)).toBe('manage')
    expect(quadrantOf(3, 3)).toBe('manage')
    expect(quadrantOf(5, 2)).toBe('satisfy')
    expect(quadrantOf(2, 5)).toBe('inform')
    expect(quadrantOf(1, 1)).toBe('monitor')
  })

  it('moves with the arrow keys and stops at the edges', () => {
    expect(gridStep({ influence: 3, interest: 3 }, 'ArrowUp')).toEqual({
      influence: 4,
      interest: 3,
    })
    expect(gridStep({ influence: 3, interest: 3 }, 'ArrowLeft')).toEqual({
      influence: 3,
      interest: 2,
    })
    expect(gridStep({ influence: 5, interest: 3 }, 'ArrowUp')).toBeUndefined()
    expect(gridStep({ influence: 1, interest: 1 }, 'ArrowDown')).toBeUndefined()
    expect(gridStep({ influence: 1, interest: 5 }, 'ArrowRight')).toBeUndefined()
  })

  const k = (
    id: string,
    influence: number,
    interest: number,
    extra: Partial<StakeholderRecord> = {},
  ): StakeholderRecord => ({ id, name: id, influence, interest, ...extra })

  it('puts stakeholders in their cells in registry order', () => {
    const cells = gridCells([k('a', 5, 4), k('b', 1, 1), k('c', 5, 4)])
    expect(cells.get(cellKey(5, 4))?.map((x) => x.id)).toEqual(['a', 'c'])
    expect(cells.get(cellKey(1, 1))?.map((x) => x.id)).toEqual(['b'])
    expect(cells.get(cellKey(3, 3))).toBeUndefined()
  })

  it('filters by sector, group and attitude together', () => {
    const city = k('city', 5, 4, { sector: 'public', group: 'primary', attitude: 'supportive' })
    expect(matchesFilter(city, {})).toBe(true)
    expect(matchesFilter(city, { sector: 'public', attitude: 'supportive' })).toBe(true)
    expect(matchesFilter(city, { sector: 'public', group: 'target' })).toBe(false)
    expect(matchesFilter(k('x', 1, 1), { attitude: 'opposed' })).toBe(false)
  })
})

describe('relations layout', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g']

  it('puts nodes on an ellipse far enough apart for their cards', () => {
    const pos = circleLayout(ids)
    const points = ids.map((id) => pos.get(id))
    expect(points.every((p) => p !== undefined)).toBe(true)
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]
        const b = points[j]
        if (a === undefined || b === undefined) continue
        expect(Math.abs(a.x - b.x) > 180 || Math.abs(a.y - b.y) > 70).toBe(true)
      }
    }
  })

  it('spreads a graph deterministically, pulling linked nodes closer than unlinked ones', () => {
    const links = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]
    const one = forceLayout(ids, links)
    const two = forceLayout(ids, links)
    expect([...one.entries()]).toEqual([...two.entries()])
    const d = (x: string, y: string) => {
      const p = one.get(x)
      const q = one.get(y)
      return p === undefined || q === undefined ? NaN : Math.hypot(p.x - q.x, p.y - q.y)
    }
    expect(d('a', 'b')).toBeLessThan(d('a', 'g'))
    expect(Number.isFinite(d('f', 'g'))).toBe(true)
  })

  it('ends an arrow on the border of a box, towards the other box', () => {
    const box = { x: 0, y: 0, width: 100, height: 40 }
    expect(boxExit(box, { x: 1000, y: 20 })).toEqual({ x: 100, y: 20 })
    expect(boxExit(box, { x: 50, y: -500 })).toEqual({ x: 50, y: 0 })
  })
})
