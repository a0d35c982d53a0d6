// Projector mode on this screen: the state machine (projectorModel.ts) applied to the page (a
// class on <body>, the browser's full screen).
import { useFacilitationUi } from './facilitationUi.ts'
import { projectorStep, type ProjectorEvent } from './projectorModel.ts'

export const PROJECTOR_CLASS = 'projector-mode'

/** Applies an event; answers whether it was handled (a key the browser should not act on). */
export function projectorEvent(event: ProjectorEvent): boolean {
  const step = projectorStep(useFacilitationUi.getState().projector, event)
  useFacilitationUi.setState({ projector: step.state })
  document.body.classList.toggle(PROJECTOR_CLASS, step.state.on)
  if (step.requestFullscreen === true && document.fullscreenElement === null)
    document.documentElement.requestFullscreen?.().catch(() => {
      // Full screen refused (no gesture, a policy): projector mode works in the window.
      useFacilitationUi.setState((s) => ({ projector: { ...s.projector, fullscreen: false } }))
    })
  if (step.exitFullscreen === true && document.fullscreenElement !== null)
    document.exitFullscreen().catch(() => {})
  return step.handled
}

export function toggleProjector(): void {
  projectorEvent({ type: 'toggle' })
}
