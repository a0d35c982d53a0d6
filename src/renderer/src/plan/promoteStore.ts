// Which board item the "Add to action plan" dialog is open for, and the objective it used last
// (per workshop, kept in this browser) so a series of promotions goes on under the same one.
import { create } from 'zustand'

interface PromoteState {
  /** The item to promote; its board is found from the projection. */
  itemId: string | null
}

export const usePromote = create<PromoteState>(() => ({ itemId: null }))

/** Opens the promote dialog for a card, list row or stakeholder (the hook boards call). */
export function requestPromote(itemId: string): void {
  usePromote.setState({ itemId })
}

export function closePromote(): void {
  usePromote.setState({ itemId: null })
}

const KEY = 'tavolo.promote.objective.'

export function rememberedObjective(workshopId: string): string | undefined {
  try {
    return window.localStorage.getItem(KEY + workshopId) ?? undefined
  } catch {
    // Storage can be off (private mode, policies); the dialog then starts on the first objective.
    return undefined
  }
}

export function rememberObjective(workshopId: string, objectiveId: string): void {
  try {
    window.localStorage.setItem(KEY + workshopId, objectiveId)
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
