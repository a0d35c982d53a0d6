// Layout of the plan's timeline: a time axis over whole months (years along the top, months under
// them while they fit) and each action's bar as percentages of it, so the chart is plain HTML
// that scales with its container and prints. Dates are ISO days; arithmetic is in UTC days.
const DAY = 86_400_000

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY)
}

export interface Tick {
  /** A year (2026) or a month (1-12). */
  value: number
  year: number
  startPct: number
  widthPct: number
}

export interface TimeAxis {
  /** First day shown (the first of a month) and the day after the last shown. */
  startDay: number
  endDay: number
  years: Tick[]
  /** Empty when months would be too narrow to label (more than three years shown). */
  months: Tick[]
}

export const MAX_MONTHS_LABELLED = 36

export function timeAxis(range: { start: string; end: string }): TimeAxis {
  const [sy = 1970, sm = 1] = range.start.split('-').map(Number)
  const [ey = sy, em = sm] = range.end.split('-').map(Number)
  const startDay = Math.round(Date.UTC(sy, sm - 1, 1) / DAY)
  const endDay = Math.round(Date.UTC(ey, em, 1) / DAY) // first day of the month after the end
  const span = endDay - startDay
  const pct = (from: number, to: number) => ({
    startPct: ((from - startDay) / span) * 100,
    widthPct: ((to - from) / span) * 100,
  })
  const years: Tick[] = []
  for (let y = sy; y <= ey; y++) {
    const from = Math.max(startDay, Math.round(Date.UTC(y, 0, 1) / DAY))
    const to = Math.min(endDay, Math.round(Date.UTC(y + 1, 0, 1) / DAY))
    years.push({ value: y, year: y, ...pct(from, to) })
  }
  const monthCount = (ey - sy) * 12 + (em - sm) + 1
  const months: Tick[] = []
  if (monthCount <= MAX_MONTHS_LABELLED) {
    for (let i = 0; i < monthCount; i++) {
      const y = sy + Math.floor((sm - 1 + i) / 12)
      const m = ((sm - 1 + i) % 12) + 1
      const from = Math.round(Date.UTC(y, m - 1, 1) / DAY)
      const to = Math.round(Date.UTC(y, m, 1) / DAY)
      months.push({ value: m, year: y, ...pct(from, to) })
    }
  }
  return { startDay, endDay, years, months }
}

/** A bar from `start` to `end`, both days included. */
export function barGeometry(
  axis: TimeAxis,
  start: string,
  end: string,
): { leftPct: number; widthPct: number } {
  const span = axis.endDay - axis.startDay
  const from = dayNumber(start)
  const to = dayNumber(end) + 1
  return { leftPct: ((from - axis.startDay) / span) * 100, widthPct: ((to - from) / span) * 100 }
}

/** Where a day falls on the axis (for the "today" line), or undefined outside it. */
export function dayPct(axis: TimeAxis, iso: string): number | undefined {
  const day = dayNumber(iso)
  if (day < axis.startDay || day >= axis.endDay) return undefined
  return ((day - axis.startDay) / (axis.endDay - axis.startDay)) * 100
}
