// The "Action plan" section of a workshop. The plan view itself lives in ../plan (objectives and
// actions with every field, the timeline and the completeness checklist).
import { PlanView } from '../plan/PlanView.tsx'

export function ActionsView() {
  return <PlanView />
}
