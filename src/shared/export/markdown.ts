// Markdown (CommonMark with GFM tables). User text is escaped so that it stays text: a title
// "*Draft* [link](x)" prints with its asterisks and brackets, and a line starting with "-" or "1."
// does not turn into a list.
import type { WorkshopDocument } from '../interchange/schema.ts'
import { fill } from '../i18n/fill.ts'
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
import { agendaTable, agendaTotals, decisionsAndNotes, tookPart } from './summaryTables.ts'
import { cleanText, oneLine } from './text.ts'
import type { ExportOptions } from './types.ts'

/** Escapes one line of user text for inline use (list items, headings, table cells). */
export function md(value: string | number): string {
  const line = oneLine(cleanText(String(value)))
  // Only what could become markup: emphasis, code, links/images (via "["), raw HTML, table
  // pipes, strikethrough, entities. Parentheses and "!" are harmless once "[" is escaped, and
  // leaving them keeps the raw file readable.
  const escaped = line.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&')
  // At the start of a line "#", "+", "-", "=" or "1." / "1)" would start a heading or a list.
  return escaped
    .replace(/^([#+=-])(?=[\s#+=-]|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
}

/** Multi-line user text as paragraphs (blank lines kept), each line escaped. */
function mdBlock(value: string): string {
  return cleanText(value)
    .split(/\r?\n\s*\r?\n/)
    .map((para) =>
      para
        .split(/\r?\n/)
        .map((line) => md(line))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((para) => para !== '')
    .join('\n\n')
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  const rule = head.map((_, i) => (right.includes(i) ? '---:' : '---'))
  return [line(head), line(rule), ...rows.map(line)].join('\n')
}

function titlePage(r: Report): string[] {
  const out = [`# ${md(r.title)}`, '', `*${md(r.plan.title)}*`, '']
  for (const m of r.meta) out.push(`- **${md(m.label)}:** ${md(m.value)}`)
  return out
}

function participants(r: Report): string[] {
  const { t, fmt, names } = r.ctx
  const out = [
    '',
    `## ${md(t.participants)}`,
    '',
    md(fill(t.participantsTotal, { count: fmt.number(r.participants.total) })),
    '',
  ]
  if (!names) out.push(`*${md(t.participantsHidden)}*`, '')
  out.push(
    table(
      [md(t.sector), md(t.count)],
      r.participants.sectors.map((s) => [md(s.label), md(fmt.number(s.count))]),
      [1],
    ),
  )
  if (names) {
    for (const s of r.participants.sectors) {
      out.push('', `### ${md(s.label)}`, '')
      for (const p of s.people) {
        const detail = [p.organisation, p.role]
          .filter((x) => x !== undefined && x.trim() !== '')
          .join(', ')
        out.push(`- ${md(p.name)}${detail ? ` — ${md(detail)}` : ''}`)
      }
    }
  }
  return out
}

function summary(r: Report): string[] {
  const { t, fmt } = r.ctx
  const s = r.summary
  const out = ['', `## ${md(t.sessionSummary)}`]
  const people = tookPart(s, r.ctx)
  if (people !== undefined) {
    out.push('', `### ${md(t.tookPart)}`, '')
    out.push(md(fill(t.tookPartTotal, { count: fmt.number(people.count) })), '')
    if (!r.ctx.names) out.push(`*${md(t.participantsHidden)}*`, '')
    out.push(
      table(
        people.table.head.map((h) => md(h)),
        people.table.rows.map((row) => row.map((cell) => md(cell))),
        people.table.numberColumns,
      ),
    )
  }
  out.push('', `### ${md(t.agenda)}`, '')
  if (s.agenda.length === 0) out.push(md(t.empty))
  else {
    const agenda = agendaTable(s, r.ctx)
    out.push(
      table(
        agenda.head.map((h) => (h === '#' ? h : md(h))),
        agenda.rows.map((row) => row.map((cell) => md(cell))),
        agenda.numberColumns,
      ),
      '',
      md(agendaTotals(s, r.ctx)),
    )
  }
  out.push('', `### ${md(t.topVoted)}`)
  if (s.topVoted.length === 0) out.push('', md(t.noVotes))
  for (const board of s.topVoted) {
    out.push('', `#### ${md(board.boardTitle)}`, '')
    if (board.items.length === 0) out.push(md(t.noVotes))
    board.items.forEach((item, i) =>
      out.push(
        `${i + 1}. ${md(item.text)} (${md(fill(t.votesValue, { votes: fmt.number(item.votes) }))})`,
      ),
    )
  }
  const { decisions, notes } = decisionsAndNotes(s)
  if (decisions.length > 0) {
    out.push('', `### ${md(t.decisions)}`, '')
    decisions.forEach((text, i) => out.push(`${i + 1}. ${md(text)}`))
  }
  for (const note of notes) out.push('', mdBlock(note))
  return out
}

function board(b: BoardView, r: Report): string[] {
  const { t, fmt } = r.ctx
  if (b.kind === 'user-stories') {
    const out = ['', `### ${md(b.title)} (${md(t.userStories)})`]
    if (b.themes.length === 0) out.push('', md(t.empty))
    for (const theme of b.themes) {
      out.push('', `#### ${md(t.theme)}: ${md(theme.theme ?? t.noTheme)}`, '')
      for (const s of theme.stories) {
        const tags = [
          s.priority ? `${md(t.priority)}: ${md(t.priorities[s.priority])}` : undefined,
          md(fill(t.votesValue, { votes: fmt.number(s.votes) })),
        ].filter((x) => x !== undefined)
        out.push(`- ${md(s.sentence)} — *${tags.join(', ')}*`)
        if (s.notes) out.push(`  ${md(t.notes)}: ${md(s.notes)}`)
      }
    }
    return out
  }
  if (b.kind === 'future-back') {
    const out = ['', `### ${md(b.title)} (${md(t.futureBack)})`, '']
    const step = (heading: string, items: readonly { text: string }[]): void => {
      out.push(`- **${heading}**`)
      if (items.length === 0) out.push(`  - ${md(t.empty)}`)
      for (const i of items) out.push(`  - ${md(i.text)}`)
    }
    step(`${b.presentYear} · ${md(t.present)} — ${md(t.firstSteps)}`, b.firstSteps)
    for (const y of b.years) step(`${y.year} · ${md(t.milestones)}`, y.items)
    step(`${b.horizonYear} · ${md(t.horizon)} — ${md(t.vision)}`, b.vision)
    return out
  }
  const out = ['', `### ${md(b.title)} (${md(t.stakeholderMap)})`, '', md(t.gridCaption), '']
  out.push(
    table(
      stakeholderHeadings(t).map((h) => md(h)),
      b.stakeholders.map((k) => stakeholderCells(k, t).map((cell) => md(cell))),
      STAKEHOLDER_NUMBER_COLUMNS,
    ),
    '',
    `#### ${md(t.relations)}`,
    '',
  )
  if (b.relations.length === 0) out.push(md(t.noRelations))
  for (const rel of b.relations)
    out.push(`- ${md(rel.from)} → ${md(rel.to)}${rel.label ? `: ${md(rel.label)}` : ''}`)
  return out
}

function action(a: ActionView, r: Report): string[] {
  const { t, fmt } = r.ctx
  const out = ['', `#### ${md(a.title)}`, '']
  if (a.description) out.push(mdBlock(a.description), '')
  const field = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') out.push(`- **${md(label)}:** ${value}`)
  }
  const indicators = (label: string, list: ActionView['outputIndicators']): void => {
    if (list.length === 0) return
    out.push(`- **${md(label)}:**`)
    for (const i of list) out.push(`  - ${md(describeIndicator(i))}`)
  }
  field(t.responsible, a.responsible === undefined ? undefined : md(a.responsible))
  field(t.partners, a.partners.map(md).join(', '))
  field(t.start, a.start === undefined ? undefined : md(fmt.date(a.start)))
  field(t.end, a.end === undefined ? undefined : md(fmt.date(a.end)))
  field(t.resources, a.resources === undefined ? undefined : md(a.resources))
  field(t.budget, a.budget === undefined ? undefined : md(fmt.money(a.budget)))
  field(t.funding, a.funding === undefined ? undefined : md(a.funding))
  indicators(t.outputIndicators, a.outputIndicators)
  indicators(t.resultIndicators, a.resultIndicators)
  field(t.risks, a.risks === undefined ? undefined : md(a.risks))
  field(t.status, a.status === undefined ? undefined : md(t.statuses[a.status]))
  if (a.sources.length > 0) {
    out.push(`- **${md(t.evidence)}:**`)
    for (const s of a.sources) out.push(`  - ${md(describeSource(s, r.ctx))}`)
  }
  if (a.missing.length > 0) out.push('', `*${md(t.missing)}: ${md(describeMissing(a.missing, t))}*`)
  return out
}

function plan(r: Report): string[] {
  const { t } = r.ctx
  const out = ['', `## ${md(r.plan.title)}`]
  if (r.plan.objectives.length === 0) out.push('', md(t.planIssues.noObjectives))
  for (const o of r.plan.objectives) {
    out.push('', `### ${md(t.objective)}: ${md(o.title)}`)
    if (o.description) out.push('', mdBlock(o.description))
    if (o.actions.length === 0) out.push('', md(t.noActions))
    for (const a of o.actions) out.push(...action(a, r))
  }
  return out
}

function timeline(r: Report): string[] {
  const { t, fmt } = r.ctx
  const { gantt } = r.plan
  const out = ['', `## ${md(t.timeline)}`, '']
  const rows = gantt.groups.flatMap((g) =>
    g.rows.map((row) => [
      md(g.title),
      md(row.title),
      md(fmt.date(row.start)),
      md(fmt.date(row.end)),
    ]),
  )
  if (rows.length === 0) out.push(md(t.empty))
  else out.push(table([md(t.objective), md(t.action), md(t.start), md(t.end)], rows))
  if (gantt.undated.length > 0) {
    out.push('', `### ${md(t.undated)}`, '')
    for (const u of gantt.undated) out.push(`- ${md(u.title)}`)
  }
  return out
}

function budget(r: Report): string[] {
  const { t, fmt } = r.ctx
  const rows = r.plan.objectives.map((o) => [
    md(o.title),
    md(fmt.number(o.actions.length)),
    md(fmt.money(o.budgetTotal)),
  ])
  rows.push([
    `**${md(t.total)}**`,
    `**${md(fmt.number(r.plan.actions.length))}**`,
    `**${md(fmt.money(r.plan.budgetTotal))}**`,
  ])
  const out = [
    '',
    `## ${md(t.budgetTotals)}`,
    '',
    table([md(t.objective), md(t.actionCount), md(t.budget)], rows, [1, 2]),
  ]
  if (r.plan.unbudgeted > 0)
    out.push('', md(fill(t.actionsWithoutBudget, { count: fmt.number(r.plan.unbudgeted) })))
  return out
}

function completeness(r: Report): string[] {
  const { t } = r.ctx
  const c = r.plan.completeness
  const out = [
    '',
    `## ${md(t.completeness)}`,
    '',
    md(
      fill(t.completenessSummary, { complete: c.plan.actionsComplete, total: c.plan.actionsTotal }),
    ),
    '',
  ]
  const issues = describePlanIssues(r)
  for (const i of issues) out.push(`- ${md(i)}`)
  const incomplete = c.actions.filter((a) => a.missing.length > 0)
  for (const a of incomplete)
    out.push(`- ${md(a.title)} — ${md(t.missing)}: ${md(describeMissing(a.missing, t))}`)
  if (incomplete.length === 0 && issues.length === 0) out.push(md(t.allComplete))
  return out
}

export function renderMarkdownReport(r: Report): string {
  const boards =
    r.boards.length === 0
      ? []
      : ['', `## ${md(r.ctx.t.boards)}`, ...r.boards.flatMap((b) => board(b, r))]
  return (
    [
      ...titlePage(r),
      ...participants(r),
      ...summary(r),
      ...boards,
      ...plan(r),
      ...timeline(r),
      ...budget(r),
      ...completeness(r),
    ].join('\n') + '\n'
  )
}

export function renderMarkdown(doc: WorkshopDocument, options: ExportOptions = {}): string {
  return renderMarkdownReport(buildReport(doc, options))
}
