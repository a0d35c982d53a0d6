// DOCX through the `docx` package: real Word headings (so the navigation pane and a table of
// contents work), real tables and bullet lists, one language tag for spelling and hyphenation.
//
// The timeline is a table, not a picture: one row per action, one column per month (or quarter,
// or year, for longer plans), active periods shaded. A table stays editable, selectable and
// readable by screen readers, prints the same in Word and LibreOffice, and needs no rasteriser
// (an SVG in DOCX needs a PNG fallback, which pure TypeScript cannot draw). It sits in a
// landscape section so that the period columns have room.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableLayoutType,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'
import type { WorkshopDocument } from '../interchange/schema.ts'
import { fill } from '../i18n/fill.ts'
import type { GanttModel } from '../actionPlan/gantt.ts'
import { parseIsoDate } from './locale.ts'
import {
  buildReport,
  describeIndicator,
  describeMissing,
  describePlanIssues,
  describeSource,
  type ActionView,
  type BoardView,
  type Report,
} from './report.ts'
import {
  STAKEHOLDER_NUMBER_COLUMNS,
  stakeholderCells,
  stakeholderHeadings,
} from './stakeholderColumns.ts'
import { agendaTable, decisionsAndNotes, hasRunData, tookPart } from './summaryTables.ts'
import { STATUS_COLOURS } from './svgGantt.ts'
import { cleanText } from './text.ts'
import type { ExportOptions } from './types.ts'

type Block = Paragraph | Table

interface RunStyle {
  bold?: boolean
  italics?: boolean
  /** Half-points. */
  size?: number
  /** Hex RGB without "#". */
  color?: string
}

const text = (value: string, opts: RunStyle = {}): TextRun =>
  new TextRun({ text: cleanText(value), ...opts })

/** Runs of user text; newlines become line breaks. */
const runs = (value: string, opts: RunStyle = {}): TextRun[] =>
  cleanText(value)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, ...opts, ...(i > 0 && { break: 1 }) }))

const para = (value: string, opts: RunStyle = {}): Paragraph =>
  new Paragraph({ children: runs(value, opts) })

const heading = (value: string, level: 1 | 2 | 3 | 4, pageBreakBefore = false): Paragraph =>
  new Paragraph({
    heading: [
      HeadingLevel.HEADING_1,
      HeadingLevel.HEADING_2,
      HeadingLevel.HEADING_3,
      HeadingLevel.HEADING_4,
    ][level - 1],
    children: [text(value)],
    pageBreakBefore,
    keepNext: true,
  })

const bullet = (runs: TextRun[] | string, level = 0): Paragraph =>
  new Paragraph({ children: typeof runs === 'string' ? [text(runs)] : runs, bullet: { level } })

function cell(
  value: string | Paragraph[],
  opts: { header?: boolean; right?: boolean; fill?: string; size?: number; width?: number } = {},
): TableCell {
  const children =
    typeof value === 'string'
      ? [
          new Paragraph({
            children: [
              text(value, {
                bold: opts.header === true,
                ...(opts.size !== undefined && { size: opts.size }),
              }),
            ],
            ...(opts.right === true && { alignment: AlignmentType.RIGHT }),
          }),
        ]
      : value
  return new TableCell({
    children,
    ...(opts.width !== undefined && { width: { size: opts.width, type: WidthType.DXA } }),
    ...((opts.header === true || opts.fill !== undefined) && {
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill ?? 'EEF2F8' },
    }),
  })
}

/** Text width of a portrait A4 page with 1-inch margins, in twips. */
const PORTRAIT_WIDTH = 9026

interface TableOptions {
  /** Column indexes to align right (numbers). */
  right?: readonly number[]
  foot?: readonly string[]
  /** Relative column widths; without them Word and LibreOffice split the page evenly. */
  weights?: readonly number[]
  /** Font size in half-points. */
  size?: number
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  opts: TableOptions = {},
): Table {
  const total = opts.weights?.reduce((a, b) => a + b, 0) ?? 0
  const widths = opts.weights?.map((w) => Math.floor((w / total) * PORTRAIT_WIDTH))
  const row = (cells: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c, i) =>
        cell(c, {
          header,
          right: opts.right?.includes(i) ?? false,
          ...(opts.size !== undefined && { size: opts.size }),
          ...(widths?.[i] !== undefined && { width: widths[i] }),
        }),
      ),
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths !== undefined && { columnWidths: widths }),
    rows: [
      row(head, true),
      ...rows.map((r) => row(r, false)),
      ...(opts.foot ? [row(opts.foot, true)] : []),
    ],
  })
}

function titlePage(r: Report): Block[] {
  const { t } = r.ctx
  return [
    new Paragraph({
      children: [text(r.doc.workshop.ulg ?? t.exportedWith, { bold: true, size: 20 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(r.title)] }),
    new Paragraph({
      children: [text(r.plan.title, { size: 30, color: '444444' })],
      spacing: { after: 240 },
    }),
    ...r.meta.map(
      (m) => new Paragraph({ children: [text(`${m.label}: `, { bold: true }), ...runs(m.value)] }),
    ),
  ]
}

function participants(r: Report): Block[] {
  const { t, fmt, names } = r.ctx
  const out: Block[] = [
    heading(t.participants, 1, true),
    para(fill(t.participantsTotal, { count: fmt.number(r.participants.total) })),
  ]
  if (!names) out.push(para(t.participantsHidden, { italics: true }))
  out.push(
    table(
      [t.sector, t.count],
      r.participants.sectors.map((s) => [s.label, fmt.number(s.count)]),
      { right: [1], weights: [4, 1] },
    ),
  )
  if (names) {
    for (const s of r.participants.sectors) {
      out.push(heading(s.label, 3))
      for (const p of s.people) {
        const detail = [p.organisation, p.role]
          .filter((x) => x !== undefined && x.trim() !== '')
          .join(', ')
        out.push(bullet(detail ? `${p.name} — ${detail}` : p.name))
      }
    }
  }
  return out
}

function summary(r: Report): Block[] {
  const { t, fmt } = r.ctx
  const s = r.summary
  const out: Block[] = [heading(t.sessionSummary, 1, true)]
  const people = tookPart(s, r.ctx)
  if (people !== undefined) {
    out.push(
      heading(t.tookPart, 2),
      para(fill(t.tookPartTotal, { count: fmt.number(people.count) })),
    )
    if (!r.ctx.names) out.push(para(t.participantsHidden, { italics: true }))
    out.push(
      table(people.table.head, people.table.rows, {
        right: people.table.numberColumns,
        weights: r.ctx.names ? [3, 1, 6] : [4, 1],
      }),
    )
  }
  out.push(heading(t.agenda, 2))
  if (s.agenda.length === 0) out.push(para(t.empty))
  else {
    const agenda = agendaTable(s, r.ctx)
    out.push(
      table(agenda.head, agenda.rows, {
        right: agenda.numberColumns,
        weights: hasRunData(s) ? [0.6, 4, 2.4, 1.4, 1.4, 1.4] : [0.6, 5, 3, 1.4],
        foot: agenda.foot,
      }),
    )
  }
  out.push(heading(t.topVoted, 2))
  if (s.topVoted.length === 0) out.push(para(t.noVotes))
  for (const board of s.topVoted) {
    out.push(heading(board.boardTitle, 3))
    if (board.items.length === 0) out.push(para(t.noVotes))
    for (const item of board.items)
      out.push(
        bullet([
          text(`${item.text} `),
          text(fill(t.votesValue, { votes: fmt.number(item.votes) }), { bold: true }),
        ]),
      )
  }
  const { decisions, notes } = decisionsAndNotes(s)
  if (decisions.length > 0) {
    out.push(heading(t.decisions, 2))
    for (const decision of decisions) out.push(bullet(runs(decision)))
  }
  for (const note of notes) out.push(para(note))
  return out
}

function board(b: BoardView, r: Report): Block[] {
  const { t, fmt } = r.ctx
  if (b.kind === 'user-stories') {
    const out: Block[] = [heading(`${b.title} (${t.userStories})`, 2)]
    if (b.themes.length === 0) out.push(para(t.empty))
    for (const theme of b.themes) {
      out.push(heading(`${t.theme}: ${theme.theme ?? t.noTheme}`, 3))
      for (const s of theme.stories) {
        const tags = [
          s.priority ? `${t.priority}: ${t.priorities[s.priority]}` : undefined,
          fill(t.votesValue, { votes: fmt.number(s.votes) }),
        ].filter((x) => x !== undefined)
        out.push(bullet([text(`${s.sentence} `), text(`(${tags.join(', ')})`, { italics: true })]))
        if (s.notes) out.push(bullet([text(`${t.notes}: ${s.notes}`, { italics: true })], 1))
      }
    }
    return out
  }
  if (b.kind === 'future-back') {
    const out: Block[] = [heading(`${b.title} (${t.futureBack})`, 2)]
    const step = (label: string, items: readonly { text: string }[]): void => {
      out.push(heading(label, 3))
      if (items.length === 0) out.push(para(t.empty))
      for (const i of items) out.push(bullet(i.text))
    }
    step(`${b.presentYear} · ${t.present} — ${t.firstSteps}`, b.firstSteps)
    for (const y of b.years) step(`${y.year} · ${t.milestones}`, y.items)
    step(`${b.horizonYear} · ${t.horizon} — ${t.vision}`, b.vision)
    return out
  }
  const out: Block[] = [
    heading(`${b.title} (${t.stakeholderMap})`, 2),
    para(t.gridCaption, { italics: true }),
    table(
      stakeholderHeadings(t),
      b.stakeholders.map((k) => stakeholderCells(k, t)),
      // Eight-point text and weighted columns, so that no word has to break inside a cell.
      { right: STAKEHOLDER_NUMBER_COLUMNS, weights: [3, 2, 1.9, 2, 1.9, 2, 2.2, 3], size: 16 },
    ),
    heading(t.relations, 3),
  ]
  if (b.relations.length === 0) out.push(para(t.noRelations))
  for (const rel of b.relations)
    out.push(bullet(`${rel.from} → ${rel.to}${rel.label ? `: ${rel.label}` : ''}`))
  return out
}

function action(a: ActionView, r: Report): Block[] {
  const { t, fmt } = r.ctx
  const out: Block[] = [heading(a.title, 3)]
  if (a.description) out.push(para(a.description))
  const rows: [string, Paragraph[]][] = []
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') rows.push([label, [para(value)]])
  }
  const indicators = (label: string, list: ActionView['outputIndicators']): void => {
    if (list.length > 0) rows.push([label, list.map((i) => bullet(describeIndicator(i)))])
  }
  add(t.responsible, a.responsible)
  add(t.partners, a.partners.join(', '))
  add(t.start, a.start === undefined ? undefined : fmt.date(a.start))
  add(t.end, a.end === undefined ? undefined : fmt.date(a.end))
  add(t.resources, a.resources)
  add(t.budget, a.budget === undefined ? undefined : fmt.money(a.budget))
  add(t.funding, a.funding)
  indicators(t.outputIndicators, a.outputIndicators)
  indicators(t.resultIndicators, a.resultIndicators)
  add(t.risks, a.risks)
  add(t.status, a.status === undefined ? undefined : t.statuses[a.status])
  if (rows.length > 0)
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: [2600, 6400],
        rows: rows.map(
          ([label, value]) =>
            new TableRow({
              cantSplit: true,
              children: [cell(label, { header: true }), cell(value)],
            }),
        ),
      }),
    )
  if (a.sources.length > 0) {
    out.push(para(t.evidence, { bold: true }))
    for (const s of a.sources) out.push(bullet(describeSource(s, r.ctx)))
  }
  if (a.missing.length > 0)
    out.push(para(`${t.missing}: ${describeMissing(a.missing, t)}`, { italics: true }))
  return out
}

function plan(r: Report): Block[] {
  const { t } = r.ctx
  const out: Block[] = [heading(r.plan.title, 1, true)]
  if (r.plan.objectives.length === 0) out.push(para(t.planIssues.noObjectives))
  for (const o of r.plan.objectives) {
    out.push(heading(`${t.objective}: ${o.title}`, 2))
    if (o.description) out.push(para(o.description))
    if (o.actions.length === 0) out.push(para(t.noActions))
    for (const a of o.actions) out.push(...action(a, r))
  }
  return out
}

interface Period {
  label: string
  from: number
  to: number
}

/** Months for plans up to 18 months, quarters up to 6 years, years beyond. */
export function timelinePeriods(range: { start: string; end: string }, locale: string): Period[] {
  const first = parseIsoDate(range.start) ?? new Date(0)
  const last = parseIsoDate(range.end) ?? first
  const months =
    (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
    last.getUTCMonth() -
    first.getUTCMonth() +
    1
  const step = months <= 18 ? 1 : months <= 72 ? 3 : 12
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  const periods: Period[] = []
  let y = first.getUTCFullYear()
  let m = Math.floor(first.getUTCMonth() / step) * step
  while (Date.UTC(y, m, 1) <= last.getTime()) {
    const from = Date.UTC(y, m, 1)
    const to = Date.UTC(y, m + step, 1) - 1
    const label =
      step === 1
        ? `${monthName.format(from)} ${String(y).slice(-2)}`
        : step === 3
          ? `Q${m / 3 + 1} ${y}`
          : String(y)
    periods.push({ label, from, to })
    m += step
    if (m >= 12) {
      y += Math.floor(m / 12)
      m %= 12
    }
  }
  return periods
}

function timelineTable(gantt: GanttModel, r: Report): Table | undefined {
  if (gantt.range === null) return undefined
  const { t } = r.ctx
  const periods = timelinePeriods(gantt.range, r.ctx.fmt.locale)
  const small = 14
  // Fixed widths in twips: landscape A4 less 1-inch margins is 13958; the titles get 3600.
  const labelWidth = 3600
  const periodWidth = Math.floor((13900 - labelWidth) / periods.length)
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(t.action, { header: true, size: small, width: labelWidth }),
      ...periods.map((p) => cell(p.label, { header: true, size: small, width: periodWidth })),
    ],
  })
  // Runs of inactive and active periods become merged cells (at most three per row instead of
  // one per period): the same picture with a fraction of the XML, which keeps large plans light.
  const spans = (from: number, to: number, colour: string): TableCell[] => {
    const out: TableCell[] = []
    let i = 0
    while (i < periods.length) {
      const period = periods[i]
      if (period === undefined) break
      const active = from <= period.to && to >= period.from
      let j = i + 1
      for (; j < periods.length; j++) {
        const next = periods[j]
        if (next === undefined || (from <= next.to && to >= next.from) !== active) break
      }
      out.push(
        new TableCell({
          columnSpan: j - i,
          width: { size: periodWidth * (j - i), type: WidthType.DXA },
          ...(active && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: colour } }),
          children: [new Paragraph({ children: [] })],
        }),
      )
      i = j
    }
    return out
  }
  const rows: TableRow[] = [header]
  for (const group of gantt.groups) {
    if (group.rows.length === 0) continue
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: periods.length + 1,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F8' },
            children: [
              new Paragraph({ children: [text(group.title, { bold: true, size: small })] }),
            ],
          }),
        ],
      }),
    )
    for (const row of group.rows) {
      const from = parseIsoDate(row.start)?.getTime() ?? 0
      const to = parseIsoDate(row.end)?.getTime() ?? from
      const colour = STATUS_COLOURS[row.status ?? 'none'].slice(1).toUpperCase()
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(row.title, { size: small, width: labelWidth }),
            ...spans(from, to, colour),
          ],
        }),
      )
    }
  }
  return new Table({
    width: { size: labelWidth + periodWidth * periods.length, type: WidthType.DXA },
    columnWidths: [labelWidth, ...periods.map(() => periodWidth)],
    layout: TableLayoutType.FIXED,
    rows,
  })
}

function timeline(r: Report): Block[] {
  const { t } = r.ctx
  const out: Block[] = [heading(t.timeline, 1)]
  const tbl = timelineTable(r.plan.gantt, r)
  if (tbl === undefined) out.push(para(t.empty))
  else
    out.push(
      new Paragraph({
        children: [
          text(`${t.timelineCaption}  `, { italics: true }),
          ...(['planned', 'in-progress', 'done'] as const).flatMap((status) => [
            text('■ ', { color: STATUS_COLOURS[status].slice(1).toUpperCase() }),
            text(`${t.statuses[status]}  `),
          ]),
        ],
      }),
      tbl,
    )
  if (r.plan.gantt.undated.length > 0) {
    out.push(heading(t.undated, 2))
    for (const u of r.plan.gantt.undated) out.push(bullet(u.title))
  }
  return out
}

function budgetAndCompleteness(r: Report): Block[] {
  const { t, fmt } = r.ctx
  const c = r.plan.completeness
  const out: Block[] = [
    heading(t.budgetTotals, 1, true),
    table(
      [t.objective, t.actionCount, t.budget],
      r.plan.objectives.map((o) => [
        o.title,
        fmt.number(o.actions.length),
        fmt.money(o.budgetTotal),
      ]),
      {
        right: [1, 2],
        weights: [5, 1.2, 2],
        foot: [t.total, fmt.number(r.plan.actions.length), fmt.money(r.plan.budgetTotal)],
      },
    ),
  ]
  if (r.plan.unbudgeted > 0)
    out.push(para(fill(t.actionsWithoutBudget, { count: fmt.number(r.plan.unbudgeted) })))
  out.push(
    heading(t.completeness, 1),
    para(
      fill(t.completenessSummary, { complete: c.plan.actionsComplete, total: c.plan.actionsTotal }),
    ),
  )
  const issues = describePlanIssues(r)
  for (const i of issues) out.push(bullet(i))
  const incomplete = c.actions.filter((a) => a.missing.length > 0)
  for (const a of incomplete)
    out.push(
      bullet([
        text(a.title, { bold: true }),
        text(` — ${t.missing}: ${describeMissing(a.missing, t)}`),
      ]),
    )
  if (incomplete.length === 0 && issues.length === 0) out.push(para(t.allComplete))
  return out
}

export function buildDocx(r: Report): Document {
  const lang = r.doc.workshop.language?.trim() || r.ctx.fmt.locale
  const portrait = (children: Block[]): ISectionOptions => ({ children })
  const boards =
    r.boards.length === 0
      ? []
      : [heading(r.ctx.t.boards, 1, true), ...r.boards.flatMap((b) => board(b, r))]
  return new Document({
    title: cleanText(r.title),
    creator: 'Tavolo',
    description: cleanText(r.plan.title),
    // Calibri: Word's own default, with Greek and Cyrillic; LibreOffice maps it to Carlito.
    styles: {
      default: {
        document: {
          run: { language: { value: lang }, font: 'Calibri', size: 21 },
          paragraph: { spacing: { after: 80 } },
        },
      },
    },
    sections: [
      portrait([...titlePage(r), ...participants(r), ...summary(r), ...boards, ...plan(r)]),
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: timeline(r),
      },
      portrait(budgetAndCompleteness(r)),
    ],
  })
}

export async function renderDocxReport(r: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(r)))
}

export async function renderDocx(
  doc: WorkshopDocument,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  return renderDocxReport(buildReport(doc, options))
}
