// The Gantt timeline as inline SVG for HTML/PDF. A long plan is split into several pictures of
// at most MAX_LINES lines each, each with its own time axis, because a single SVG cannot break
// across printed pages.
import type { GanttModel, GanttRow } from '../actionPlan/gantt.ts'
import type { ActionStatus } from '../interchange/schema.ts'
import { esc, truncate } from './escapeHtml.ts'
import { parseIsoDate } from './locale.ts'
import type { ReportContext } from './report.ts'

const WIDTH = 720
const LABEL = 250
const X0 = LABEL + 8
const X1 = WIDTH - 12
const AXIS = 34
const ROW = 20
const LEGEND = 28
const MAX_LINES = 36
const DAY = 86_400_000

export const STATUS_COLOURS: Record<ActionStatus | 'none', string> = {
  planned: '#3f6fb0',
  'in-progress': '#c9801a',
  done: '#3b8b4b',
  none: '#777777',
}

type Line = { kind: 'objective'; title: string } | { kind: 'action'; row: GanttRow }

function timeScale(range: { start: string; end: string }) {
  const from = parseIsoDate(range.start)?.getTime() ?? 0
  // Bars run to the end of their last day.
  const to = (parseIsoDate(range.end)?.getTime() ?? from) + DAY
  const span = Math.max(to - from, DAY)
  const x = (iso: string, endOfDay = false): number => {
    const t = (parseIsoDate(iso)?.getTime() ?? from) + (endOfDay ? DAY : 0)
    return X0 + ((t - from) / span) * (X1 - X0)
  }
  return { from, to, x }
}

function axis(range: { start: string; end: string }, locale: string, height: number): string {
  const { from, to, x } = timeScale(range)
  const first = new Date(from)
  const last = new Date(to)
  const months =
    (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth()
  const monthName = new Intl.DateTimeFormat(locale, { month: 'narrow', timeZone: 'UTC' })
  const parts: string[] = []
  // Month ticks when the plan spans up to three years, otherwise years only.
  for (let y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y++) {
    for (let m = 0; m < 12; m++) {
      const t = Date.UTC(y, m, 1)
      if (t < from || t > to) continue
      const iso = new Date(t).toISOString().slice(0, 10)
      const px = x(iso).toFixed(1)
      if (m === 0) {
        parts.push(`<line x1="${px}" y1="4" x2="${px}" y2="${height}" class="g-year"/>`)
      } else if (months <= 36) {
        parts.push(`<line x1="${px}" y1="${AXIS - 8}" x2="${px}" y2="${height}" class="g-month"/>`)
      }
      if (months <= 36) {
        const mid = x(new Date(Date.UTC(y, m, 15)).toISOString().slice(0, 10))
        if (mid > X0 && mid < X1)
          parts.push(
            `<text x="${mid.toFixed(1)}" y="${AXIS - 10}" class="g-tick">${esc(monthName.format(t))}</text>`,
          )
      }
    }
    const yStart = Math.max(Date.UTC(y, 0, 1), from)
    const yEnd = Math.min(Date.UTC(y + 1, 0, 1), to)
    if (yEnd - yStart > (to - from) / 40) {
      const mid = x(new Date((yStart + yEnd) / 2).toISOString().slice(0, 10))
      parts.push(`<text x="${mid.toFixed(1)}" y="14" class="g-yearlabel">${y}</text>`)
    }
  }
  return parts.join('')
}

function legend(ctx: ReportContext, y: number): string {
  const entries: [string, string][] = [
    [STATUS_COLOURS.planned, ctx.t.statuses.planned],
    [STATUS_COLOURS['in-progress'], ctx.t.statuses['in-progress']],
    [STATUS_COLOURS.done, ctx.t.statuses.done],
  ]
  return entries
    .map(
      ([colour, label], i) =>
        `<rect x="${X0 + i * 140}" y="${y + 8}" width="14" height="10" fill="${colour}"/>` +
        `<text x="${X0 + i * 140 + 20}" y="${y + 17}" class="g-legend">${esc(label)}</text>`,
    )
    .join('')
}

function picture(lines: Line[], range: { start: string; end: string }, ctx: ReportContext): string {
  const height = AXIS + lines.length * ROW
  const { x } = timeScale(range)
  const body = lines.map((line, i) => {
    const top = AXIS + i * ROW
    if (line.kind === 'objective') {
      return (
        `<rect x="0" y="${top}" width="${WIDTH}" height="${ROW}" class="g-band"/>` +
        `<text x="4" y="${top + 14}" class="g-objective">${esc(truncate(line.title, 80))}</text>`
      )
    }
    const { row } = line
    const colour = STATUS_COLOURS[row.status ?? 'none']
    const x1 = x(row.start)
    const x2 = x(row.end, true)
    const label = `<text x="12" y="${top + 14}" class="g-label">${esc(truncate(row.title, 40))}</text>`
    const mark = row.partial
      ? `<path d="M${x1.toFixed(1)} ${top + 3} l7 7 l-7 7 l-7 -7 z" fill="${colour}"/>`
      : `<rect x="${x1.toFixed(1)}" y="${top + 4}" width="${Math.max(x2 - x1, 2).toFixed(1)}" height="${ROW - 8}" rx="2" fill="${colour}"/>`
    return `<g><title>${esc(`${row.title} (${ctx.fmt.date(row.start)} – ${ctx.fmt.date(row.end)})`)}</title>${label}${mark}</g>`
  })
  const total = height + LEGEND
  return (
    `<svg class="gantt" viewBox="0 0 ${WIDTH} ${total}" width="${WIDTH}" height="${total}" role="img" aria-label="${esc(ctx.t.timelineCaption)}">` +
    axis(range, ctx.fmt.locale, height) +
    body.join('') +
    legend(ctx, height) +
    '</svg>'
  )
}

/** Zero or more SVG pictures; none when no action is dated. */
export function ganttSvgs(model: GanttModel, ctx: ReportContext): string[] {
  if (model.range === null) return []
  const range = model.range
  const pictures: string[] = []
  let lines: Line[] = []
  const flush = (): void => {
    if (lines.length > 0) pictures.push(picture(lines, range, ctx))
    lines = []
  }
  for (const group of model.groups) {
    if (group.rows.length === 0) continue
    if (lines.length + 2 > MAX_LINES) flush()
    lines.push({ kind: 'objective', title: group.title })
    for (const row of group.rows) {
      if (lines.length >= MAX_LINES) {
        flush()
        lines.push({ kind: 'objective', title: group.title })
      }
      lines.push({ kind: 'action', row })
    }
  }
  flush()
  return pictures
}
