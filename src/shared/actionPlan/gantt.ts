// The timeline of the action plan as data: one group per objective (in plan order), one row per
// dated action, and the overall range. Renderers draw it (SVG in HTML/PDF, a table in DOCX).
import type { ActionStatus, WorkshopDocument } from '../interchange/schema.ts'

export interface GanttRow {
  actionId: string
  title: string
  /** ISO dates; an action with only one of start/end gets a one-day row on that date. */
  start: string
  end: string
  /** True when the action has only one of its two dates. */
  partial: boolean
  status?: ActionStatus
}

export interface GanttGroup {
  objectiveId: string
  title: string
  rows: GanttRow[]
  /** Range of the group's rows; absent when none of its actions is dated. */
  start?: string
  end?: string
}

export interface GanttModel {
  groups: GanttGroup[]
  /** Actions with neither start nor end, in plan order. */
  undated: { actionId: string; objectiveId: string; title: string }[]
  /** Earliest start and latest end over all rows; null when nothing is dated. */
  range: { start: string; end: string } | null
}

const minIso = (a: string | undefined, b: string): string => (a === undefined || b < a ? b : a)
const maxIso = (a: string | undefined, b: string): string => (a === undefined || b > a ? b : a)

export function ganttModel(doc: WorkshopDocument): GanttModel {
  const groups = new Map<string, GanttGroup>()
  for (const o of doc.actionPlan.objectives)
    groups.set(o.id, { objectiveId: o.id, title: o.title, rows: [] })
  const undated: GanttModel['undated'] = []
  let start: string | undefined
  let end: string | undefined

  for (const a of doc.actionPlan.actions) {
    const first = a.start ?? a.end
    const last = a.end ?? a.start
    if (first === undefined || last === undefined) {
      undated.push({ actionId: a.id, objectiveId: a.objectiveId, title: a.title })
      continue
    }
    let group = groups.get(a.objectiveId)
    if (group === undefined) {
      // An action whose objective is gone still belongs on the timeline.
      group = { objectiveId: a.objectiveId, title: a.objectiveId, rows: [] }
      groups.set(a.objectiveId, group)
    }
    // Swap reversed dates rather than draw a negative bar; validation reports them elsewhere.
    const [s, e] = first <= last ? [first, last] : [last, first]
    group.rows.push({
      actionId: a.id,
      title: a.title,
      start: s,
      end: e,
      partial: a.start === undefined || a.end === undefined,
      ...(a.status !== undefined && { status: a.status }),
    })
    group.start = minIso(group.start, s)
    group.end = maxIso(group.end, e)
    start = minIso(start, s)
    end = maxIso(end, e)
  }
  return {
    groups: [...groups.values()],
    undated,
    range: start !== undefined && end !== undefined ? { start, end } : null,
  }
}
