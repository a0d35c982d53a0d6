// What every part of the plan view reads, computed once per change of the projection: the plan
// as a WorkshopDocument, the index of board items (for sources), the registry for the party
// pickers, and the completeness report.
import { createContext, useContext, useMemo } from 'react'
import {
  checkCompleteness,
  type CompletenessReport,
} from '../../../shared/actionPlan/completeness.ts'
import { buildItemIndex, type ItemIndex } from '../../../shared/actionPlan/sources.ts'
import type { WorkshopDocument } from '../../../shared/interchange/schema.ts'
import { useWorkshop } from '../doc/context.tsx'
import type { RegistryParty } from './fields/PartyCombobox.tsx'
import { planDocument } from './planDocument.ts'

export interface PlanData {
  doc: WorkshopDocument
  index: ItemIndex
  registry: RegistryParty[]
  report: CompletenessReport
}

export const PlanContext = createContext<PlanData | null>(null)

export function usePlanData(): PlanData {
  const data = useContext(PlanContext)
  if (data === null) throw new Error('usePlanData outside the plan view')
  return data
}

/** Builds PlanData from the store; re-computed only when a part it reads changed. */
export function useBuildPlanData(): PlanData {
  const info = useWorkshop((s) => s.info)
  const boards = useWorkshop((s) => s.boards)
  const items = useWorkshop((s) => s.items)
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const objectives = useWorkshop((s) => s.objectives)
  const actions = useWorkshop((s) => s.actions)
  return useMemo(() => {
    const doc = planDocument({ info, boards, items, stakeholders, objectives, actions })
    return {
      doc,
      index: buildItemIndex(doc),
      registry: stakeholders.map((k) => ({
        id: k.id,
        name: k.name,
        ...(k.sector !== undefined && { sector: k.sector }),
      })),
      report: checkCompleteness(doc),
    }
  }, [info, boards, items, stakeholders, objectives, actions])
}
