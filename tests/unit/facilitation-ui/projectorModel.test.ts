import { describe, expect, it } from 'vitest'
import {
  PROJECTOR_OFF,
  projectorStep,
} from '../../../src/renderer/src/facilitation/projectorModel.ts'

describe('projector mode', () => {
  it('enters with the button or F11 and asks for full screen', () => {
    expect(projectorStep(PROJECTOR_OFF, { type: 'toggle' })).toEqual({
      state: { on: true, fullscreen: true },
      handled: true,
      requestFullscreen: true,
    })
    const f11 = projectorStep(PROJECTOR_OFF, { type: 'key', key: 'F11', inTextField: false })
    expect(f11.state.on).toBe(true)
    expect(f11.handled).toBe(true)
  })

  it('leaves with Escape, F11 or the button, and leaves full screen with it', () => {
    const on = { on: true, fullscreen: true }
    expect(projectorStep(on, { type: 'key', key: 'Escape', inTextField: false })).toEqual({
      state: PROJECTOR_OFF,
      handled: true,
      exitFullscreen: true,
    })
    expect(projectorStep(on, { type: 'key', key: 'F11', inTextField: false }).state).toEqual(
      PROJECTOR_OFF,
    )
    expect(projectorStep(on, { type: 'toggle' }).exitFullscreen).toBe(true)
  })

  it('leaves when the browser leaves full screen on its own', () => {
    const on = { on: true, fullscreen: true }
    expect(projectorStep(on, { type: 'fullscreen', active: false }).state).toEqual(PROJECTOR_OFF)
    // Full screen the person chose outside projector mode is none of its business.
    expect(projectorStep(PROJECTOR_OFF, { type: 'fullscreen', active: true }).state).toEqual(
      PROJECTOR_OFF,
    )
  })

  it('leaves Escape in a text field to the field, and other keys alone', () => {
    const on = { on: true, fullscreen: false }
    expect(projectorStep(on, { type: 'key', key: 'Escape', inTextField: true })).toEqual({
      state: on,
      handled: false,
    })
    expect(projectorStep(on, { type: 'key', key: 'a', inTextField: false }).handled).toBe(false)
    expect(
      projectorStep(PROJECTOR_OFF, { type: 'key', key: 'Escape', inTextField: false }).handled,
    ).toBe(false)
    // Without full screen (refused by the browser), leaving asks nothing of it.
    expect(
      projectorStep(on, { type: 'key', key: 'Escape', inTextField: false }).exitFullscreen,
    ).toBeUndefined()
  })
})
