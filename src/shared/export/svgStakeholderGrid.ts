// The power/interest grid of a stakeholder map as inline SVG for HTML/PDF: influence 1..5 up,
// interest 1..5 across, the four classic quadrants shaded, each stakeholder a marker whose shape
// and colour give its attitude (shape too, so the grid still reads when printed in black).
// Every stakeholder is also listed in the table under the picture, so a crowded cell that shows
// "+2" hides nothing from the reader.
import type { Attitude } from '../interchange/schema.ts'
import { esc, truncate } from './escapeHtml.ts'
import type { Quadrant, ReportContext, StakeholderView } from './report.ts'
import { quadrantOf } from './report.ts'

const LEFT = 46
const BOTTOM = 40
const TOP = 22
const CELL_W = 132
const CELL_H = 80
const LINE = 13
const PER_CELL = 5
const GRID_W = CELL_W * 5
const GRID_H = CELL_H * 5
const WIDTH = LEFT + GRID_W + 8
const LEGEND = 26

const ATTITUDE_COLOURS: Record<Attitude | 'none', string> = {
  supportive: '#2f7d3c',
  neutral: '#6b6b6b',
  opposed: '#b3261e',
  none: '#3f6fb0',
}

const QUADRANT_FILL: Record<Quadrant, string> = {
  manageClosely: '#f6e3d8',
  keepSatisfied: '#f3efd9',
  keepInformed: '#e1ecf6',
  monitor: '#eeeeee',
}

function marker(attitude: Attitude | undefined, cx: number, cy: number): string {
  const colour = ATTITUDE_COLOURS[attitude ?? 'none']
  if (attitude === 'opposed')
    return `<rect x="${cx - 4}" y="${cy - 4}" width="8" height="8" fill="${colour}"/>`
  if (attitude === 'neutral')
    return `<path d="M${cx} ${cy - 5} l5 5 l-5 5 l-5 -5 z" fill="${colour}"/>`
  if (attitude === 'supportive') return `<circle cx="${cx}" cy="${cy}" r="4.5" fill="${colour}"/>`
  return `<circle cx="${cx}" cy="${cy}" r="4" fill="none" stroke="${colour}" stroke-width="1.5"/>`
}

const cellX = (interest: number): number => LEFT + (interest - 1) * CELL_W
const cellY = (influence: number): number => TOP + (5 - influence) * CELL_H

export function stakeholderGridSvg(
  stakeholders: readonly StakeholderView[],
  ctx: ReportContext,
): string {
  const parts: string[] = []
  for (let influence = 1; influence <= 5; influence++) {
    for (let interest = 1; interest <= 5; interest++) {
      const fill = QUADRANT_FILL[quadrantOf(influence, interest)]
      parts.push(
        `<rect x="${cellX(interest)}" y="${cellY(influence)}" width="${CELL_W}" height="${CELL_H}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>`,
      )
    }
  }
  const corner = (q: Quadrant, x: number, y: number, anchor: 'start' | 'end'): string =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" class="s-quadrant">${esc(ctx.t.quadrants[q])}</text>`
  parts.push(
    // Outside the cells, so that they never collide with stakeholder names.
    corner('keepSatisfied', LEFT + 2, TOP - 7, 'start'),
    corner('manageClosely', LEFT + GRID_W - 2, TOP - 7, 'end'),
    corner('monitor', LEFT + 2, TOP + GRID_H + 32, 'start'),
    corner('keepInformed', LEFT + GRID_W - 2, TOP + GRID_H + 32, 'end'),
  )
  for (let v = 1; v <= 5; v++) {
    parts.push(
      `<text x="${cellX(v) + CELL_W / 2}" y="${TOP + GRID_H + 14}" text-anchor="middle" class="s-tick">${v}</text>`,
      `<text x="${LEFT - 8}" y="${cellY(v) + CELL_H / 2 + 4}" text-anchor="end" class="s-tick">${v}</text>`,
    )
  }
  parts.push(
    `<text x="${LEFT + GRID_W / 2}" y="${TOP + GRID_H + 32}" text-anchor="middle" class="s-axis">${esc(ctx.t.interest)} →</text>`,
    `<text transform="translate(14 ${TOP + GRID_H / 2}) rotate(-90)" text-anchor="middle" class="s-axis">${esc(ctx.t.influence)} →</text>`,
  )

  const cells = new Map<string, StakeholderView[]>()
  for (const k of stakeholders) {
    const key = `${k.influence}/${k.interest}`
    cells.set(key, [...(cells.get(key) ?? []), k])
  }
  for (const list of cells.values()) {
    const first = list[0]
    if (first === undefined) continue
    const x = cellX(first.interest)
    const y = cellY(first.influence)
    const shown = list.length > PER_CELL ? list.slice(0, PER_CELL - 1) : list
    shown.forEach((k, i) => {
      const cy = y + 14 + i * LINE
      parts.push(
        `<g><title>${esc(k.name)}</title>${marker(k.attitude, x + 10, cy - 4)}` +
          `<text x="${x + 19}" y="${cy}" class="s-name">${esc(truncate(k.name, 21))}</text></g>`,
      )
    })
    if (shown.length < list.length)
      parts.push(
        `<text x="${x + 19}" y="${y + 14 + shown.length * LINE}" class="s-name">+${list.length - shown.length}</text>`,
      )
  }

  const legendY = TOP + GRID_H + BOTTOM
  const attitudes: [Attitude | undefined, string][] = [
    ['supportive', ctx.t.attitudes.supportive],
    ['neutral', ctx.t.attitudes.neutral],
    ['opposed', ctx.t.attitudes.opposed],
    [undefined, ctx.t.attitudeUnknown],
  ]
  attitudes.forEach(([attitude, label], i) => {
    const lx = LEFT + i * 165
    parts.push(
      marker(attitude, lx + 6, legendY + 10),
      `<text x="${lx + 16}" y="${legendY + 14}" class="s-legend">${esc(label)}</text>`,
    )
  })

  const height = legendY + LEGEND
  return (
    `<svg class="grid" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(ctx.t.gridCaption)}">` +
    parts.join('') +
    '</svg>'
  )
}
