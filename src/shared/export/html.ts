// Self-contained HTML: inline CSS and SVG, no script, no external URL of any kind (a CSP meta tag
// forbids loading anything even if some text slipped through), print-friendly for PDF. Every
// user string is escaped by `esc`; markup comes only from this file.
import type { WorkshopDocument } from '../interchange/schema.ts'
import { fill } from '../i18n/fill.ts'
import { esc } from './escapeHtml.ts'
import { HTML_STYLE } from './htmlStyle.ts'
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
  STAKEHOLDER_NOTES_COLUMN,
  STAKEHOLDER_NUMBER_COLUMNS,
  stakeholderCells,
  stakeholderHeadings,
} from './stakeholderColumns.ts'
import { agendaTable, decisionsAndNotes, tookPart, type SummaryTable } from './summaryTables.ts'
import { ganttSvgs } from './svgGantt.ts'
import { stakeholderGridSvg } from './svgStakeholderGrid.ts'
import type { ExportOptions } from './types.ts'

type Html = string
/** A table cell: markup, or markup to align right (numbers). */
type Cell = Html | { num: Html }

const join = (parts: readonly Html[]): Html => parts.join('\n')
const multiline = (text: string): Html => esc(text).replace(/\r?\n/g, '<br>')

function table(
  head: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  foot?: readonly Cell[],
): Html {
  const cells = (row: readonly Cell[], tag: 'td' | 'th'): Html =>
    row
      .map((c) =>
        typeof c === 'string' ? `<${tag}>${c}</${tag}>` : `<${tag} class="num">${c.num}</${tag}>`,
      )
      .join('')
  return (
    `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('') +
    '</tbody>' +
    (foot ? `<tfoot><tr>${cells(foot, 'td')}</tr></tfoot>` : '') +
    '</table>'
  )
}

const num = (value: string): Cell => ({ num: esc(value) })

/** Plain-text cells escaped, the number columns aligned right. */
const cellsOf = (row: readonly string[], numbers: readonly number[]): Cell[] =>
  row.map((c, i) => (numbers.includes(i) ? num(c) : esc(c)))

function cells(t: Omit<SummaryTable, 'foot'>): [Cell[], Cell[][]] {
  return [cellsOf(t.head, t.numberColumns), t.rows.map((row) => cellsOf(row, t.numberColumns))]
}

function titlePage(r: Report): Html {
  const { t } = r.ctx
  const ulg = r.doc.workshop.ulg
  return join([
    '<section class="title-page">',
    `<p class="kicker">${esc(ulg ?? t.exportedWith)}</p>`,
    `<h1>${esc(r.title)}</h1>`,
    `<p class="subtitle">${esc(r.plan.title)}</p>`,
    '<dl class="meta">',
    ...r.meta.map((m) => `<dt>${esc(m.label)}</dt><dd>${esc(m.value)}</dd>`),
    '</dl>',
    '</section>',
  ])
}

function participants(r: Report): Html {
  const { t, fmt, names } = r.ctx
  const parts = [
    '<section class="page">',
    `<h2>${esc(t.participants)}</h2>`,
    `<p>${esc(fill(t.participantsTotal, { count: fmt.number(r.participants.total) }))}</p>`,
  ]
  if (!names) parts.push(`<p class="note">${esc(t.participantsHidden)}</p>`)
  parts.push(
    table(
      [esc(t.sector), esc(t.count)],
      r.participants.sectors.map((s) => [esc(s.label), num(fmt.number(s.count))]),
    ),
  )
  if (names) {
    for (const s of r.participants.sectors) {
      parts.push(`<h3>${esc(s.label)}</h3>`, '<ul>')
      for (const p of s.people) {
        const detail = [p.organisation, p.role]
          .filter((x) => x !== undefined && x.trim() !== '')
          .join(', ')
        parts.push(`<li>${esc(p.name)}${detail ? ` — ${esc(detail)}` : ''}</li>`)
      }
      parts.push('</ul>')
    }
  }
  parts.push('</section>')
  return join(parts)
}

function summary(r: Report): Html {
  const { t, fmt } = r.ctx
  const s = r.summary
  const parts = ['<section class="page">', `<h2>${esc(t.sessionSummary)}</h2>`]
  const people = tookPart(s, r.ctx)
  if (people !== undefined) {
    parts.push(
      `<h3>${esc(t.tookPart)}</h3>`,
      `<p>${esc(fill(t.tookPartTotal, { count: fmt.number(people.count) }))}</p>`,
    )
    if (!r.ctx.names) parts.push(`<p class="note">${esc(t.participantsHidden)}</p>`)
    parts.push(table(...cells(people.table)))
  }
  parts.push(`<h3>${esc(t.agenda)}</h3>`)
  if (s.agenda.length === 0) parts.push(`<p>${esc(t.empty)}</p>`)
  else {
    const agenda = agendaTable(s, r.ctx)
    const [head, rows] = cells(agenda)
    parts.push(table(head, rows, cellsOf(agenda.foot, agenda.numberColumns)))
  }
  parts.push(`<h3>${esc(t.topVoted)}</h3>`)
  if (s.topVoted.length === 0) parts.push(`<p>${esc(t.noVotes)}</p>`)
  for (const board of s.topVoted) {
    parts.push(`<h4>${esc(board.boardTitle)}</h4>`)
    if (board.items.length === 0) parts.push(`<p>${esc(t.noVotes)}</p>`)
    else
      parts.push(
        '<ol>',
        ...board.items.map(
          (i) =>
            `<li>${esc(i.text)} <span class="badge">${esc(fill(t.votesValue, { votes: fmt.number(i.votes) }))}</span></li>`,
        ),
        '</ol>',
      )
  }
  const { decisions, notes } = decisionsAndNotes(s)
  if (decisions.length > 0)
    parts.push(
      `<h3>${esc(t.decisions)}</h3>`,
      '<ol>',
      ...decisions.map((text) => `<li>${multiline(text)}</li>`),
      '</ol>',
    )
  for (const note of notes) parts.push(`<p>${multiline(note)}</p>`)
  parts.push('</section>')
  return join(parts)
}

function board(b: BoardView, r: Report): Html {
  const { t, fmt } = r.ctx
  if (b.kind === 'user-stories') {
    const parts = [`<h3>${esc(b.title)} <span class="badge">${esc(t.userStories)}</span></h3>`]
    if (b.themes.length === 0) parts.push(`<p>${esc(t.empty)}</p>`)
    for (const theme of b.themes) {
      parts.push(`<h4>${esc(t.theme)}: ${esc(theme.theme ?? t.noTheme)}</h4>`, '<ul>')
      for (const s of theme.stories) {
        const badges = [
          s.priority
            ? `<span class="badge">${esc(t.priority)}: ${esc(t.priorities[s.priority])}</span>`
            : '',
          `<span class="badge">${esc(fill(t.votesValue, { votes: fmt.number(s.votes) }))}</span>`,
        ].join('')
        const notes = s.notes ? `<br><span class="note">${multiline(s.notes)}</span>` : ''
        parts.push(`<li>${esc(s.sentence)} ${badges}${notes}</li>`)
      }
      parts.push('</ul>')
    }
    return join(parts)
  }
  if (b.kind === 'future-back') {
    const items = (list: readonly { text: string }[]): Html =>
      list.length === 0
        ? `<p>${esc(t.empty)}</p>`
        : `<ul>${list.map((i) => `<li>${esc(i.text)}</li>`).join('')}</ul>`
    return join([
      `<h3>${esc(b.title)} <span class="badge">${esc(t.futureBack)}</span></h3>`,
      '<ol class="timeline">',
      `<li><span class="timeline-year">${b.presentYear} · ${esc(t.present)} — ${esc(t.firstSteps)}</span>${items(b.firstSteps)}</li>`,
      ...b.years.map(
        (y) =>
          `<li><span class="timeline-year">${y.year} · ${esc(t.milestones)}</span>${items(y.items)}</li>`,
      ),
      `<li><span class="timeline-year">${b.horizonYear} · ${esc(t.horizon)} — ${esc(t.vision)}</span>${items(b.vision)}</li>`,
      '</ol>',
    ])
  }
  const parts = [
    `<h3>${esc(b.title)} <span class="badge">${esc(t.stakeholderMap)}</span></h3>`,
    `<figure>${stakeholderGridSvg(b.stakeholders, r.ctx)}<figcaption>${esc(t.gridCaption)}</figcaption></figure>`,
    table(
      stakeholderHeadings(t).map((h) => esc(h)),
      b.stakeholders.map((k) =>
        stakeholderCells(k, t).map((cell, i) =>
          STAKEHOLDER_NUMBER_COLUMNS.includes(i)
            ? num(cell)
            : i === STAKEHOLDER_NOTES_COLUMN
              ? multiline(cell)
              : esc(cell),
        ),
      ),
    ),
    `<h4>${esc(t.relations)}</h4>`,
  ]
  if (b.relations.length === 0) parts.push(`<p>${esc(t.noRelations)}</p>`)
  else
    parts.push(
      '<ul>',
      ...b.relations.map(
        (rel) =>
          `<li>${esc(rel.from)} → ${esc(rel.to)}${rel.label ? `: ${esc(rel.label)}` : ''}</li>`,
      ),
      '</ul>',
    )
  return join(parts)
}

function indicatorList(list: ActionView['outputIndicators']): Html {
  return `<ul>${list.map((i) => `<li>${esc(describeIndicator(i))}</li>`).join('')}</ul>`
}

function action(a: ActionView, r: Report): Html {
  const { t, fmt } = r.ctx
  const rows: [string, Html][] = []
  const add = (label: string, value: Html | undefined): void => {
    if (value !== undefined && value !== '') rows.push([label, value])
  }
  add(t.responsible, a.responsible === undefined ? undefined : esc(a.responsible))
  add(t.partners, a.partners.length === 0 ? undefined : esc(a.partners.join(', ')))
  add(t.start, a.start === undefined ? undefined : esc(fmt.date(a.start)))
  add(t.end, a.end === undefined ? undefined : esc(fmt.date(a.end)))
  add(t.resources, a.resources === undefined ? undefined : multiline(a.resources))
  add(t.budget, a.budget === undefined ? undefined : esc(fmt.money(a.budget)))
  add(t.funding, a.funding === undefined ? undefined : multiline(a.funding))
  add(
    t.outputIndicators,
    a.outputIndicators.length === 0 ? undefined : indicatorList(a.outputIndicators),
  )
  add(
    t.resultIndicators,
    a.resultIndicators.length === 0 ? undefined : indicatorList(a.resultIndicators),
  )
  add(t.risks, a.risks === undefined ? undefined : multiline(a.risks))
  add(t.status, a.status === undefined ? undefined : esc(t.statuses[a.status]))
  const parts = [
    '<article class="action">',
    `<h4>${esc(a.title)}</h4>`,
    a.description ? `<p>${multiline(a.description)}</p>` : '',
    `<table>${rows.map(([label, value]) => `<tr><th>${esc(label)}</th><td>${value}</td></tr>`).join('')}</table>`,
  ]
  if (a.sources.length > 0)
    parts.push(
      `<p><strong>${esc(t.evidence)}</strong></p>`,
      `<ul class="evidence">${a.sources.map((s) => `<li>${esc(describeSource(s, r.ctx))}</li>`).join('')}</ul>`,
    )
  if (a.missing.length > 0)
    parts.push(`<p class="missing">${esc(t.missing)}: ${esc(describeMissing(a.missing, t))}</p>`)
  parts.push('</article>')
  return join(parts.filter((p) => p !== ''))
}

function plan(r: Report): Html {
  const { t } = r.ctx
  const parts = ['<section class="page">', `<h2>${esc(r.plan.title)}</h2>`]
  if (r.plan.objectives.length === 0) parts.push(`<p>${esc(t.planIssues.noObjectives)}</p>`)
  for (const o of r.plan.objectives) {
    parts.push(`<h3>${esc(t.objective)}: ${esc(o.title)}</h3>`)
    if (o.description) parts.push(`<p>${multiline(o.description)}</p>`)
    if (o.actions.length === 0) parts.push(`<p>${esc(t.noActions)}</p>`)
    for (const a of o.actions) parts.push(action(a, r))
  }
  parts.push('</section>')
  return join(parts)
}

function timeline(r: Report): Html {
  const { t } = r.ctx
  const { gantt } = r.plan
  const parts = ['<section class="page">', `<h2>${esc(t.timeline)}</h2>`]
  const svgs = ganttSvgs(gantt, r.ctx)
  if (svgs.length === 0) parts.push(`<p>${esc(t.empty)}</p>`)
  for (const svg of svgs) parts.push(`<figure>${svg}</figure>`)
  if (svgs.length > 0) parts.push(`<p class="note">${esc(t.timelineCaption)}</p>`)
  if (gantt.undated.length > 0)
    parts.push(
      `<h3>${esc(t.undated)}</h3>`,
      `<ul>${gantt.undated.map((u) => `<li>${esc(u.title)}</li>`).join('')}</ul>`,
    )
  parts.push('</section>')
  return join(parts)
}

function budget(r: Report): Html {
  const { t, fmt } = r.ctx
  return join([
    '<section>',
    `<h2>${esc(t.budgetTotals)}</h2>`,
    table(
      [esc(t.objective), num(t.actionCount), num(t.budget)],
      r.plan.objectives.map((o) => [
        esc(o.title),
        num(fmt.number(o.actions.length)),
        num(fmt.money(o.budgetTotal)),
      ]),
      [esc(t.total), num(fmt.number(r.plan.actions.length)), num(fmt.money(r.plan.budgetTotal))],
    ),
    r.plan.unbudgeted > 0
      ? `<p class="note">${esc(fill(t.actionsWithoutBudget, { count: fmt.number(r.plan.unbudgeted) }))}</p>`
      : '',
    '</section>',
  ])
}

function completeness(r: Report): Html {
  const { t } = r.ctx
  const c = r.plan.completeness
  const parts = [
    '<section>',
    `<h2>${esc(t.completeness)}</h2>`,
    `<p>${esc(fill(t.completenessSummary, { complete: c.plan.actionsComplete, total: c.plan.actionsTotal }))}</p>`,
  ]
  const issues = describePlanIssues(r)
  if (issues.length > 0)
    parts.push(`<ul class="missing">${issues.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`)
  const incomplete = c.actions.filter((a) => a.missing.length > 0)
  if (incomplete.length === 0 && issues.length === 0) parts.push(`<p>${esc(t.allComplete)}</p>`)
  if (incomplete.length > 0)
    parts.push(
      table(
        [esc(t.action), esc(t.missing)],
        incomplete.map((a) => [esc(a.title), esc(describeMissing(a.missing, t))]),
      ),
    )
  parts.push('</section>')
  return join(parts)
}

export function renderHtmlReport(r: Report): string {
  const { t } = r.ctx
  const lang = r.doc.workshop.language?.trim() || r.ctx.fmt.locale
  return join([
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Tavolo">`,
    `<title>${esc(r.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    titlePage(r),
    participants(r),
    summary(r),
    r.boards.length > 0
      ? join([
          '<section class="page">',
          `<h2>${esc(t.boards)}</h2>`,
          ...r.boards.map((b) => board(b, r)),
          '</section>',
        ])
      : '',
    plan(r),
    timeline(r),
    budget(r),
    completeness(r),
    '</body>',
    '</html>',
    '',
  ])
}

export function renderHtml(doc: WorkshopDocument, options: ExportOptions = {}): string {
  return renderHtmlReport(buildReport(doc, options))
}
