// What an Integrated Action Plan still lacks before a city can adopt it: per action the fields
// URBACT asks for (who, when, how much, how measured, what could go wrong), and for the plan
// objectives that have no action yet.
import type { Action, WorkshopDocument } from '../interchange/schema.ts'

export const MISSING_FIELDS = ['responsible', 'dates', 'budget', 'indicators', 'risks'] as const
export type MissingField = (typeof MISSING_FIELDS)[number]

export interface ActionCompleteness {
  actionId: string
  objectiveId: string
  title: string
  missing: MissingField[]
}

export type PlanIssue =
  | { kind: 'no-objectives' }
  | { kind: 'no-actions' }
  | { kind: 'objective-without-actions'; objectiveId: string; title: string }

export interface CompletenessReport {
  actions: ActionCompleteness[]
  plan: {
    actionsTotal: number
    actionsComplete: number
    /** How many actions lack each field. */
    missingCounts: Record<MissingField, number>
    issues: PlanIssue[]
    /** True when every action is complete and there is no plan-level issue. */
    complete: boolean
  }
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === ''

export function missingFields(action: Action): MissingField[] {
  const missing: MissingField[] = []
  if (blank(action.responsible)) missing.push('responsible')
  if (blank(action.start) || blank(action.end)) missing.push('dates')
  // A budget of 0 is an answer ("no cost"); only an absent budget is missing.
  if (action.budget === undefined || !Number.isFinite(action.budget)) missing.push('budget')
  const indicators = [...(action.outputIndicators ?? []), ...(action.resultIndicators ?? [])]
  if (!indicators.some((i) => !blank(i.name))) missing.push('indicators')
  if (blank(action.risks)) missing.push('risks')
  return missing
}

export function checkCompleteness(doc: WorkshopDocument): CompletenessReport {
  const { objectives, actions } = doc.actionPlan
  const perAction = actions.map((a) => ({
    actionId: a.id,
    objectiveId: a.objectiveId,
    title: a.title,
    missing: missingFields(a),
  }))
  const missingCounts = Object.fromEntries(MISSING_FIELDS.map((f) => [f, 0])) as Record<
    MissingField,
    number
  >
  for (const a of perAction) for (const f of a.missing) missingCounts[f] += 1

  const issues: PlanIssue[] = []
  if (objectives.length === 0) issues.push({ kind: 'no-objectives' })
  if (actions.length === 0) issues.push({ kind: 'no-actions' })
  const used = new Set(actions.map((a) => a.objectiveId))
  for (const o of objectives)
    if (!used.has(o.id))
      issues.push({ kind: 'objective-without-actions', objectiveId: o.id, title: o.title })

  const actionsComplete = perAction.filter((a) => a.missing.length === 0).length
  return {
    actions: perAction,
    plan: {
      actionsTotal: actions.length,
      actionsComplete,
      missingCounts,
      issues,
      complete: issues.length === 0 && actionsComplete === actions.length,
    },
  }
}
