// The future-back board as a timeline: one column per year from the present (left) to the
// horizon (right). Milestones sit in their year's column, in list order; a milestone whose year
// is outside the range (a concurrent edit of the range) shows at the nearest end.
import type { Milestone, TextItem } from '../../../../shared/interchange/schema.ts'
import type { BoardItem } from '../../../../shared/model/records.ts'

export interface Timeline {
  years: number[]
  vision: TextItem[]
  firstSteps: TextItem[]
  /** Milestones per year (every year of `years` has an entry). */
  milestones: ReadonlyMap<number, Milestone[]>
  milestoneCount: number
}

export function buildTimeline(
  items: readonly BoardItem[],
  presentYear: number,
  horizonYear: number,
): Timeline {
  const years: number[] = []
  for (let y = presentYear; y <= horizonYear; y++) years.push(y)
  const milestones = new Map<number, Milestone[]>(years.map((y) => [y, []]))
  const vision: TextItem[] = []
  const firstSteps: TextItem[] = []
  let milestoneCount = 0
  for (const item of items) {
    if (item.type === 'vision') vision.push({ id: item.id, text: item.text })
    else if (item.type === 'firstStep') firstSteps.push({ id: item.id, text: item.text })
    else if (item.type === 'milestone') {
      const { type: _t, boardId: _b, ...m } = item
      const year = Math.max(presentYear, Math.min(horizonYear, m.year))
      milestones.get(year)?.push(m)
      milestoneCount++
    }
  }
  return { years, vision, firstSteps, milestones, milestoneCount }
}

/** The year Alt+Left/Right moves a milestone to, or undefined at the ends of the range. */
export function stepYear(
  year: number,
  delta: -1 | 1,
  presentYear: number,
  horizonYear: number,
): number | undefined {
  const next = year + delta
  return next < presentYear || next > horizonYear ? undefined : next
}
