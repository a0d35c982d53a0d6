// The content every readable export shares (Markdown, HTML/PDF, DOCX; CSV/XLSX use its actions),
// computed once from the document: stakeholder ids resolved to names, sources resolved to the
// board items they came from, stories grouped by theme, budgets totalled, completeness checked.
// Renderers only lay this out, so every format says the same thing.
import type {
  ActionStatus,
  Attitude,
  Indicator,
  Participant,
  Priority,
  Sector,
  StakeholderGroup,
  TextItem,
  WorkshopDocument,
} from '../interchange/schema.ts'
import { SECTORS } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { exportCatalogFor } from '../i18n/exportCatalogs.ts'
import { fill } from '../i18n/fill.ts'
import {
  checkCompleteness,
  type CompletenessReport,
  type MissingField,
} from '../actionPlan/completeness.ts'
import { ganttModel, type GanttModel } from '../actionPlan/gantt.ts'
import {
  buildItemIndex,
  resolveSources,
  storyText,
  type ResolvedSource,
} from '../actionPlan/sources.ts'
import { resolveParty, stakeholderIndex } from '../actionPlan/stakeholders.ts'
import { formattersFor, type Formatters } from './locale.ts'
import { summaryWithoutNames, withoutNames } from './redact.ts'
import { computeSessionSummary, type SessionSummary } from './summary.ts'
import { present } from './text.ts'
import type { ExportOptions } from './types.ts'

export interface ReportContext {
  t: ExportCatalog
  fmt: Formatters
  /** False when participant names are left out. */
  names: boolean
}

export interface SectorCount {
  sector: Sector | undefined
  label: string
  count: number
  /** Empty when names are left out. */
  people: Participant[]
}

export interface StoryView {
  id: string
  sentence: string
  priority?: Priority
  votes: number
  notes?: string
}

export type Quadrant = keyof ExportCatalog['quadrants']

export interface StakeholderView {
  id: string
  name: string
  sector?: Sector
  group?: StakeholderGroup
  influence: number
  interest: number
  attitude?: Attitude
  quadrant: Quadrant
  notes?: string
}

export type BoardView =
  | {
      kind: 'user-stories'
      id: string
      title: string
      themes: { theme: string | undefined; stories: StoryView[] }[]
    }
  | {
      kind: 'future-back'
      id: string
      title: string
      presentYear: number
      horizonYear: number
      firstSteps: TextItem[]
      /** Milestones by year, earliest first. */
      years: { year: number; items: TextItem[] }[]
      vision: TextItem[]
    }
  | {
      kind: 'stakeholder-map'
      id: string
      title: string
      stakeholders: StakeholderView[]
      relations: { id: string; from: string; to: string; label?: string }[]
    }

export interface ActionView {
  id: string
  objectiveId: string
  objectiveTitle: string
  title: string
  description?: string
  /** Stakeholder ids resolved to names. */
  responsible?: string
  partners: string[]
  start?: string
  end?: string
  resources?: string
  budget?: number
  funding?: string
  outputIndicators: Indicator[]
  resultIndicators: Indicator[]
  risks?: string
  status?: ActionStatus
  sources: ResolvedSource[]
  missing: MissingField[]
}

export interface ObjectiveView {
  id: string
  title: string
  description?: string
  actions: ActionView[]
  budgetTotal: number
  /** Actions of this objective without a budget. */
  unbudgeted: number
}

export interface Report {
  ctx: ReportContext
  /** The document as exported (names already removed when `names` is false). */
  doc: WorkshopDocument
  title: string
  /** Title-page metadata, labelled. */
  meta: { label: string; value: string }[]
  participants: { total: number; sectors: SectorCount[] }
  summary: SessionSummary
  boards: BoardView[]
  plan: {
    title: string
    objectives: ObjectiveView[]
    actions: ActionView[]
    budgetTotal: number
    unbudgeted: number
    gantt: GanttModel
    completeness: CompletenessReport
  }
}

export function quadrantOf(influence: number, interest: number): Quadrant {
  // On the 1..5 scales, 3 and above counts as high (the middle cell goes to the upper half).
  const power = influence >= 3
  const concern = interest >= 3
  if (power) return concern ? 'manageClosely' : 'keepSatisfied'
  return concern ? 'keepInformed' : 'monitor'
}

/** Applies the `names` option and returns the document and context renderers work from. */
export function prepare(
  input: WorkshopDocument,
  options: ExportOptions = {},
): { doc: WorkshopDocument; ctx: ReportContext } {
  const language = options.language ?? input.workshop.language
  const t = options.catalog ?? exportCatalogFor(language)
  const names = options.names ?? true
  const doc = names ? input : withoutNames(input, t)
  const fmt = formattersFor(options.locale ?? language)
  return { doc, ctx: { t, fmt, names } }
}

function participantsBySector(doc: WorkshopDocument, ctx: ReportContext): SectorCount[] {
  const out: SectorCount[] = []
  for (const sector of [...SECTORS, undefined]) {
    const people = doc.participants.filter((p) => p.sector === sector)
    if (people.length === 0) continue
    out.push({
      sector,
      label: sector === undefined ? ctx.t.sectorUnknown : ctx.t.sectors[sector],
      count: people.length,
      people: ctx.names ? people : [],
    })
  }
  return out
}

function boardViews(doc: WorkshopDocument, ctx: ReportContext): BoardView[] {
  return doc.boards.map((board): BoardView => {
    if (board.kind === 'user-stories') {
      const themes = new Map<string | undefined, StoryView[]>()
      board.stories.forEach((s) => {
        const theme = present(s.theme)
        const list = themes.get(theme) ?? []
        list.push({
          id: s.id,
          sentence: storyText(s, ctx.t),
          ...(s.priority !== undefined && { priority: s.priority }),
          votes: s.votes ?? 0,
          ...(present(s.notes) !== undefined && { notes: s.notes }),
        })
        themes.set(theme, list)
      })
      // Themes in order of first appearance, stories without a theme last; most votes first.
      const ordered = [...themes.entries()].sort(
        ([a], [b]) => Number(a === undefined) - Number(b === undefined),
      )
      return {
        kind: 'user-stories',
        id: board.id,
        title: board.title,
        themes: ordered.map(([theme, stories]) => ({
          theme,
          stories: stories
            .map((s, i) => ({ s, i }))
            .sort((a, b) => b.s.votes - a.s.votes || a.i - b.i)
            .map(({ s }) => s),
        })),
      }
    }
    if (board.kind === 'future-back') {
      const years = new Map<number, TextItem[]>()
      for (const m of board.milestones)
        years.set(m.year, [...(years.get(m.year) ?? []), { id: m.id, text: m.text }])
      return {
        kind: 'future-back',
        id: board.id,
        title: board.title,
        presentYear: board.presentYear,
        horizonYear: board.horizonYear,
        firstSteps: board.firstSteps,
        years: [...years.entries()]
          .sort(([a], [b]) => a - b)
          .map(([year, items]) => ({ year, items })),
        vision: board.vision,
      }
    }
    const names = new Map(board.stakeholders.map((k) => [k.id, k.name]))
    return {
      kind: 'stakeholder-map',
      id: board.id,
      title: board.title,
      stakeholders: board.stakeholders.map((k) => ({
        id: k.id,
        name: k.name,
        ...(k.sector !== undefined && { sector: k.sector }),
        ...(k.group !== undefined && { group: k.group }),
        influence: k.influence,
        interest: k.interest,
        ...(k.attitude !== undefined && { attitude: k.attitude }),
        quadrant: quadrantOf(k.influence, k.interest),
        ...(present(k.notes) !== undefined && { notes: k.notes }),
      })),
      relations: board.relations.map((r) => ({
        id: r.id,
        from: names.get(r.from) ?? r.from,
        to: names.get(r.to) ?? r.to,
        ...(present(r.label) !== undefined && { label: r.label }),
      })),
    }
  })
}

function metadata(doc: WorkshopDocument, ctx: ReportContext): Report['meta'] {
  const w = doc.workshop
  const rows: [string, string | undefined][] = [
    [ctx.t.ulg, w.ulg],
    [ctx.t.city, w.city],
    [ctx.t.date, w.date === undefined ? undefined : ctx.fmt.date(w.date)],
    [ctx.t.facilitator, ctx.names ? w.facilitator : undefined],
    [
      ctx.t.participants,
      doc.participants.length > 0 ? ctx.fmt.number(doc.participants.length) : undefined,
    ],
    [ctx.t.description, w.description],
  ]
  return rows.flatMap(([label, value]) =>
    present(value) === undefined ? [] : [{ label, value: value ?? '' }],
  )
}

/**
 * The caller's summary (read from the session, so names not yet removed) or, without one, the
 * plan's own from the already prepared document.
 */
function sessionSummaryOf(
  input: WorkshopDocument,
  doc: WorkshopDocument,
  ctx: ReportContext,
  given: SessionSummary | undefined,
): SessionSummary {
  if (given === undefined) return computeSessionSummary(doc, ctx.t)
  return ctx.names ? given : summaryWithoutNames(given, input, ctx.t)
}

export function buildReport(input: WorkshopDocument, options: ExportOptions = {}): Report {
  const { doc, ctx } = prepare(input, options)
  const people = stakeholderIndex(doc)
  const items = buildItemIndex(doc, ctx.t)
  const completeness = checkCompleteness(doc)
  const missingById = new Map(completeness.actions.map((a) => [a.actionId, a.missing]))
  const objectiveTitles = new Map(doc.actionPlan.objectives.map((o) => [o.id, o.title]))

  const actions: ActionView[] = doc.actionPlan.actions.map((a) => {
    const responsible = present(a.responsible)
    return {
      id: a.id,
      objectiveId: a.objectiveId,
      objectiveTitle: objectiveTitles.get(a.objectiveId) ?? a.objectiveId,
      title: a.title,
      ...(present(a.description) !== undefined && { description: a.description }),
      ...(responsible !== undefined && { responsible: resolveParty(people, responsible) }),
      partners: (a.partners ?? [])
        .filter((p) => present(p) !== undefined)
        .map((p) => resolveParty(people, p.trim())),
      ...(a.start !== undefined && { start: a.start }),
      ...(a.end !== undefined && { end: a.end }),
      ...(present(a.resources) !== undefined && { resources: a.resources }),
      ...(a.budget !== undefined && Number.isFinite(a.budget) && { budget: a.budget }),
      ...(present(a.funding) !== undefined && { funding: a.funding }),
      outputIndicators: a.outputIndicators ?? [],
      resultIndicators: a.resultIndicators ?? [],
      ...(present(a.risks) !== undefined && { risks: a.risks }),
      ...(a.status !== undefined && { status: a.status }),
      sources: resolveSources(doc, a, items),
      missing: missingById.get(a.id) ?? [],
    }
  })

  const byObjective = new Map<string, ActionView[]>()
  for (const a of actions)
    byObjective.set(a.objectiveId, [...(byObjective.get(a.objectiveId) ?? []), a])
  const objectives: ObjectiveView[] = doc.actionPlan.objectives.map((o) => ({
    id: o.id,
    title: o.title,
    ...(present(o.description) !== undefined && { description: o.description }),
    actions: byObjective.get(o.id) ?? [],
    budgetTotal: 0,
    unbudgeted: 0,
  }))
  // Actions whose objective is gone (only in a document mid-edit) still get printed.
  for (const [id, list] of byObjective)
    if (!objectiveTitles.has(id))
      objectives.push({ id, title: id, actions: list, budgetTotal: 0, unbudgeted: 0 })
  for (const o of objectives) {
    o.budgetTotal = o.actions.reduce((sum, a) => sum + (a.budget ?? 0), 0)
    o.unbudgeted = o.actions.filter((a) => a.budget === undefined).length
  }

  return {
    ctx,
    doc,
    title: doc.workshop.title,
    meta: metadata(doc, ctx),
    participants: { total: doc.participants.length, sectors: participantsBySector(doc, ctx) },
    summary: sessionSummaryOf(input, doc, ctx, options.summary),
    boards: boardViews(doc, ctx),
    plan: {
      title: present(doc.actionPlan.title) ?? ctx.t.actionPlan,
      objectives,
      actions,
      budgetTotal: objectives.reduce((sum, o) => sum + o.budgetTotal, 0),
      unbudgeted: objectives.reduce((sum, o) => sum + o.unbudgeted, 0),
      gantt: ganttModel(doc),
      completeness,
    },
  }
}

/** Readable list of what an action lacks ("budget, risks"). */
export function describeMissing(missing: readonly MissingField[], t: ExportCatalog): string {
  return missing.map((m) => t.missingFields[m]).join(', ')
}

/** Plan-level issues as sentences. */
export function describePlanIssues(report: Report): string[] {
  const t = report.ctx.t
  return report.plan.completeness.plan.issues.map((issue) =>
    issue.kind === 'no-objectives'
      ? t.planIssues.noObjectives
      : issue.kind === 'no-actions'
        ? t.planIssues.noActions
        : fill(t.planIssues.objectiveWithoutActions, { title: issue.title }),
  )
}

/** A source as one line: "User story: As a … (Who needs what, 6 votes)". */
export function describeSource(source: ResolvedSource, ctx: ReportContext): string {
  const detail = [
    source.boardTitle,
    source.year === undefined ? '' : String(source.year),
    source.votes === undefined
      ? ''
      : fill(ctx.t.votesValue, { votes: ctx.fmt.number(source.votes) }),
  ].filter((part) => part !== '')
  const line = `${ctx.t.sourceKinds[source.kind]}: ${source.text}`
  return detail.length === 0 ? line : `${line} (${detail.join(', ')})`
}

/** "Name: target" of an indicator. */
export function describeIndicator(i: Indicator): string {
  return present(i.target) === undefined ? i.name : `${i.name}: ${i.target}`
}
