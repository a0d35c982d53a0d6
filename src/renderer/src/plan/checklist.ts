// The completeness check as a list the group works through, in the order the plan shows it:
// objectives in plan order, each followed by its actions that still lack something. Each entry
// names what is missing so the UI can jump straight to that field.
import type {
  CompletenessReport,
  MissingField,
  PlanIssue,
} from '../../../shared/actionPlan/completeness.ts'
import type { Action, Objective } from '../../../shared/interchange/schema.ts'

export type ChecklistEntry =
  | { kind: 'plan'; key: string; issue: PlanIssue }
  | {
      kind: 'action'
      key: string
      actionId: string
      objectiveId: string
      title: string
      missing: MissingField[]
    }

export interface Checklist {
  entries: ChecklistEntry[]
  /** Things to fill in: every missing field of every action, plus every plan-level issue. */
  count: number
}

export function buildChecklist(
  report: CompletenessReport,
  objectives: readonly Objective[],
  actions: readonly Action[],
): Checklist {
  const missing = new Map(report.actions.map((a) => [a.actionId, a]))
  const entries: ChecklistEntry[] = []
  const issueOf = (objectiveId: string) =>
    report.plan.issues.find(
      (i) => i.kind === 'objective-without-actions' && i.objectiveId === objectiveId,
    )
  for (const issue of report.plan.issues)
    if (issue.kind !== 'objective-without-actions')
      entries.push({ kind: 'plan', key: issue.kind, issue })

  const pushAction = (a: Action) => {
    const m = missing.get(a.id)
    if (m === undefined || m.missing.length === 0) return
    entries.push({
      kind: 'action',
      key: a.id,
      actionId: a.id,
      objectiveId: a.objectiveId,
      title: a.title,
      missing: m.missing,
    })
  }
  const known = new Set(objectives.map((o) => o.id))
  for (const o of objectives) {
    const issue = issueOf(o.id)
    if (issue !== undefined) entries.push({ kind: 'plan', key: `objective-${o.id}`, issue })
    for (const a of actions) if (a.objectiveId === o.id) pushAction(a)
  }
  // Actions whose objective is gone (a concurrent removal) still need their fields.
  for (const a of actions) if (!known.has(a.objectiveId)) pushAction(a)

  const count = entries.reduce((n, e) => n + (e.kind === 'plan' ? 1 : e.missing.length), 0)
  return { entries, count }
}

/** The form field that answers a missing item: where "jump to" puts the focus. */
export function fieldForMissing(
  missing: MissingField,
  action: Pick<Action, 'start' | 'end'>,
): PlanField {
  switch (missing) {
    case 'responsible':
      return 'responsible'
    case 'dates':
      return action.start === undefined ? 'start' : 'end'
    case 'budget':
      return 'budget'
    case 'indicators':
      return 'outputIndicators'
    case 'risks':
      return 'risks'
  }
}

export const PLAN_FIELDS = [
  'title',
  'status',
  'description',
  'responsible',
  'partners',
  'start',
  'end',
  'budget',
  'funding',
  'resources',
  'outputIndicators',
  'resultIndicators',
  'risks',
] as const
export type PlanField = (typeof PLAN_FIELDS)[number]

/** The DOM id of an action's field, so that a checklist entry can focus it. */
export function fieldDomId(actionId: string, field: PlanField): string {
  return `action-${actionId}-${field}`
}
