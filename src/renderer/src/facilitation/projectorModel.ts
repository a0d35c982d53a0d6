// Projector mode: the board large, without the app's chrome, the timer big in a corner, for the
// room's screen. F11 (or the button) enters and leaves it, Escape leaves it; the browser's full
// screen goes with it when the browser allows, and leaving full screen leaves the mode.

export interface ProjectorState {
  on: boolean
  /** The mode asked the browser for full screen (so leaving full screen leaves the mode). */
  fullscreen: boolean
}

export const PROJECTOR_OFF: ProjectorState = Object.freeze({ on: false, fullscreen: false })

export type ProjectorEvent =
  | { type: 'toggle' }
  | { type: 'key'; key: string; inTextField: boolean }
  | { type: 'fullscreen'; active: boolean }

export interface ProjectorStep {
  state: ProjectorState
  /** The key was handled (the browser's own action should not run). */
  handled: boolean
  requestFullscreen?: boolean
  exitFullscreen?: boolean
}

function enter(): ProjectorStep {
  return { state: { on: true, fullscreen: true }, handled: true, requestFullscreen: true }
}

function leave(state: ProjectorState): ProjectorStep {
  return {
    state: PROJECTOR_OFF,
    handled: true,
    ...(state.fullscreen && { exitFullscreen: true }),
  }
}

export function projectorStep(state: ProjectorState, event: ProjectorEvent): ProjectorStep {
  switch (event.type) {
    case 'toggle':
      return state.on ? leave(state) : enter()
    case 'key':
      if (event.key === 'F11') return state.on ? leave(state) : enter()
      // Escape in a text field belongs to the field (it cancels an edit).
      if (event.key === 'Escape' && state.on && !event.inTextField) return leave(state)
      return { state, handled: false }
    case 'fullscreen':
      // The browser left full screen (its own Escape, or F11 handled by the browser itself).
      if (!event.active && state.on && state.fullscreen)
        return { state: PROJECTOR_OFF, handled: false }
      if (event.active && state.on) return { state: { on: true, fullscreen: true }, handled: false }
      return { state, handled: false }
  }
}
