// The power/interest grid: influence (1..5, bottom to top) by interest (1..5, left to right).
// Values of 3 and above count as high, so the grid splits into the four classic quadrants:
// manage closely (high, high), keep satisfied (high influence), keep informed (high interest),
// monitor (low, low).
import type { Attitude, Sector, StakeholderGroup } from '../../../../shared/interchange/schema.ts'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'

export const SCALE = [1, 2, 3, 4, 5] as const
export const HIGH_FROM = 3

export type Quadrant = 'manage' | 'satisfy' | 'inform' | 'monitor'

export function quadrantOf(influence: number, interest: number): Quadrant {
  const highInfluence = influence >= HIGH_FROM
  const highInterest = interest >= HIGH_FROM
  if (highInfluence) return highInterest ? 'manage' : 'satisfy'
  return highInterest ? 'inform' : 'monitor'
}

export interface MapFilter {
  sector?: Sector
  group?: StakeholderGroup
  attitude?: Attitude
}

export function matchesFilter(k: StakeholderRecord, f: MapFilter): boolean {
  return (
    (f.sector === undefined || k.sector === f.sector) &&
    (f.group === undefined || k.group === f.group) &&
    (f.attitude === undefined || k.attitude === f.attitude)
  )
}

export function cellKey(influence: number, interest: number): string {
  return `${influence}:${interest}`
}

/** Stakeholders per cell ("influence:interest"), in registry order. */
export function gridCells(
  stakeholders: readonly StakeholderRecord[],
): Map<string, StakeholderRecord[]> {
  const cells = new Map<string, StakeholderRecord[]>()
  for (const k of stakeholders) {
    const key = cellKey(k.influence, k.interest)
    const list = cells.get(key)
    if (list === undefined) cells.set(key, [k])
    else list.push(k)
  }
  return cells
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'

/** Arrow keys on the grid: up/down change influence, left/right interest; undefined at an edge. */
export function gridStep(
  k: { influence: number; interest: number },
  key: GridKey,
): { influence: number; interest: number } | undefined {
  const next = { influence: k.influence, interest: k.interest }
  if (key === 'ArrowUp') next.influence += 1
  else if (key === 'ArrowDown') next.influence -= 1
  else if (key === 'ArrowRight') next.interest += 1
  else next.interest -= 1
  const inRange = (v: number) => v >= 1 && v <= 5
  return inRange(next.influence) && inRange(next.interest) ? next : undefined
}
