// This screen's facilitation UI state (never in the document): whether the facilitation tools
// are open and on which tab, projector mode, the summary, and this person's "follow me" state.
import { create } from 'zustand'
import { FOLLOW_OFF, type FollowState } from './followModel.ts'
import { PROJECTOR_OFF, type ProjectorState } from './projectorModel.ts'

export type PanelTab = 'run' | 'vote' | 'people' | 'decisions'

interface FacilitationUiState {
  panel: PanelTab | null
  projector: ProjectorState
  summary: boolean
  follow: FollowState
}

export const useFacilitationUi = create<FacilitationUiState>(() => ({
  panel: null,
  projector: PROJECTOR_OFF,
  summary: false,
  follow: FOLLOW_OFF,
}))

export const facilitationUi = {
  openPanel(tab: PanelTab = useFacilitationUi.getState().panel ?? 'run'): void {
    useFacilitationUi.setState({ panel: tab })
  },
  closePanel(): void {
    useFacilitationUi.setState({ panel: null })
  },
  togglePanel(): void {
    const { panel } = useFacilitationUi.getState()
    useFacilitationUi.setState({ panel: panel === null ? 'run' : null })
  },
  showSummary(on: boolean): void {
    useFacilitationUi.setState({ summary: on })
  },
}
