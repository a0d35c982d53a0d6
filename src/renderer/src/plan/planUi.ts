// UI state of the plan view only (never plan content): which view shows, which actions are open,
// whether the checklist panel is out, and the field a checklist entry asked to focus.
import { create } from 'zustand'
import type { PlanField } from './checklist.ts'

export interface FieldRequest {
  actionId: string
  field: PlanField
  seq: number
}

interface PlanUiState {
  view: 'plan' | 'timeline'
  timelineAs: 'chart' | 'table'
  checklistOpen: boolean
  expanded: Readonly<Record<string, true>>
  field: FieldRequest | null
  /** An objective whose title (just created) or "Add action" button (checklist) to focus. */
  objectiveFocus: { objectiveId: string; target: 'title' | 'add'; seq: number } | null
}

export const usePlanUi = create<PlanUiState>(() => ({
  view: 'plan',
  timelineAs: 'chart',
  checklistOpen: true,
  expanded: {},
  field: null,
  objectiveFocus: null,
}))

let seq = 0

export const planUi = {
  setView(view: PlanUiState['view']): void {
    usePlanUi.setState({ view })
  },
  setTimelineAs(timelineAs: PlanUiState['timelineAs']): void {
    usePlanUi.setState({ timelineAs })
  },
  toggleChecklist(): void {
    usePlanUi.setState((s) => ({ checklistOpen: !s.checklistOpen }))
  },
  setExpanded(actionId: string, open: boolean): void {
    usePlanUi.setState((s) => {
      if (open === (s.expanded[actionId] === true)) return s
      const expanded = { ...s.expanded }
      if (open) expanded[actionId] = true
      else delete expanded[actionId]
      return { expanded }
    })
  },
  expandAll(actionIds: readonly string[]): void {
    usePlanUi.setState({ expanded: Object.fromEntries(actionIds.map((id) => [id, true] as const)) })
  },
  collapseAll(): void {
    usePlanUi.setState({ expanded: {} })
  },
  /** Opens the action in the plan view and focuses one of its fields once it has rendered. */
  jumpToField(actionId: string, field: PlanField): void {
    seq += 1
    usePlanUi.setState((s) => ({
      view: 'plan',
      expanded: { ...s.expanded, [actionId]: true },
      field: { actionId, field, seq },
    }))
  },
  doneField(done: number): void {
    if (usePlanUi.getState().field?.seq === done) usePlanUi.setState({ field: null })
  },
  jumpToObjective(objectiveId: string, target: 'title' | 'add'): void {
    seq += 1
    usePlanUi.setState({ view: 'plan', objectiveFocus: { objectiveId, target, seq } })
  },
  doneObjective(done: number): void {
    if (usePlanUi.getState().objectiveFocus?.seq === done)
      usePlanUi.setState({ objectiveFocus: null })
  },
}
