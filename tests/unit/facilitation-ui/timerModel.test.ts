import { describe, expect, it } from 'vitest'
import {
  addTimerMinute,
  getTimer,
  pauseTimer,
  resetTimer,
  startStep,
  startTimer,
} from '../../../src/shared/model/index.ts'
import {
  ENDED_PULSE_MS,
  msUntilNextSecond,
  reachedZero,
  timerDisplay,
} from '../../../src/renderer/src/facilitation/timerModel.ts'
import { room } from './setup.ts'

const T0 = 1_700_000_000_000

describe('timer display', () => {
  it('counts a started step down on every screen from the stored deadline', () => {
    const r = room()
    startStep(r.facilitator.doc, r.steps[1] as string, T0)
    // Ana's screen, with its own clock, 90.2 s later.
    const shown = timerDisplay(getTimer(r.ana.doc), T0 + 90_200)
    expect(shown.text).toBe('28:30')
    expect(shown.cue).toBe('running')
    expect(shown.minutes).toBe(28)
    expect(shown.seconds).toBe(30)
    expect(shown.progress).toBeCloseTo(90.2 / 1800, 5)
    // Nothing ticks in the document: the same data, a later clock.
    expect(timerDisplay(getTimer(r.ben.doc), T0 + 1_799_001).text).toBe('0:01')
    expect(timerDisplay(getTimer(r.ben.doc), T0 + 1_800_000).text).toBe('0:00')
  })

  it('cues the last minute, pulses at zero, then shows the overrun', () => {
    const r = room()
    const doc = r.facilitator.doc
    startTimer(doc, 5 * 60_000, T0)
    expect(timerDisplay(getTimer(doc), T0 + 3 * 60_000).cue).toBe('running')
    expect(timerDisplay(getTimer(doc), T0 + 4 * 60_000 + 1).cue).toBe('soon')
    const atZero = timerDisplay(getTimer(doc), T0 + 5 * 60_000)
    expect(atZero.cue).toBe('ended')
    expect(atZero.over).toBe(true)
    expect(atZero.text).toBe('0:00')
    expect(timerDisplay(getTimer(doc), T0 + 5 * 60_000 + 1_000).text).toBe('+0:01')
    const later = timerDisplay(getTimer(doc), T0 + 5 * 60_000 + ENDED_PULSE_MS + 65_000)
    expect(later.cue).toBe('overrun')
    expect(later.text).toBe('+1:20')
    expect(later.progress).toBe(1)
  })

  it('a short countdown warns in its last quarter, not its last minute', () => {
    const r = room()
    startTimer(r.facilitator.doc, 80_000, T0)
    expect(timerDisplay(getTimer(r.ana.doc), T0 + 50_000).cue).toBe('running')
    expect(timerDisplay(getTimer(r.ana.doc), T0 + 61_000).cue).toBe('soon')
  })

  it('shows pause, an added minute and reset as the facilitator sets them', () => {
    const r = room()
    const doc = r.facilitator.doc
    startTimer(doc, 10 * 60_000, T0)
    pauseTimer(doc, T0 + 4 * 60_000)
    const paused = timerDisplay(getTimer(r.ana.doc), T0 + 9 * 60_000)
    expect(paused.cue).toBe('paused')
    expect(paused.text).toBe('6:00')
    addTimerMinute(doc, T0 + 9 * 60_000)
    expect(timerDisplay(getTimer(r.ana.doc), T0 + 20 * 60_000).text).toBe('7:00')
    resetTimer(doc)
    const idle = timerDisplay(getTimer(r.ana.doc), T0 + 21 * 60_000)
    expect(idle.cue).toBe('idle')
    expect(idle.progress).toBe(0)
    expect(idle.text).toBe('11:00')
  })

  it('shows hours for long countdowns', () => {
    const r = room()
    startTimer(r.facilitator.doc, 2 * 3_600_000, T0)
    expect(timerDisplay(getTimer(r.ana.doc), T0 + 1).text).toBe('2:00:00')
  })

  it('notices the moment a running countdown reaches zero, once', () => {
    const r = room()
    startTimer(r.facilitator.doc, 60_000, T0)
    const data = getTimer(r.ana.doc)
    const before = timerDisplay(data, T0 + 59_900).view
    const after = timerDisplay(data, T0 + 60_100).view
    const later = timerDisplay(data, T0 + 61_000).view
    expect(reachedZero(before, after)).toBe(true)
    expect(reachedZero(after, later)).toBe(false)
    // A screen that first sees the timer after zero does not chime.
    expect(reachedZero(undefined, after)).toBe(false)
    // Pausing is not reaching zero.
    pauseTimer(r.facilitator.doc, T0 + 30_000)
    expect(reachedZero(before, timerDisplay(getTimer(r.ana.doc), T0 + 60_100).view)).toBe(false)
  })

  it('ticks when the shown second changes', () => {
    const r = room()
    startTimer(r.facilitator.doc, 60_000, T0)
    expect(msUntilNextSecond(getTimer(r.ana.doc), T0 + 250)).toBe(750)
    expect(msUntilNextSecond(getTimer(r.ana.doc), T0 + 1000)).toBe(1000)
  })
})
