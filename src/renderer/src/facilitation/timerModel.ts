// What the shared timer shows on this screen: the clock text, a cue for the styling (calm, last
// minute, time's up, over time) and the moment the countdown reaches zero (for the optional
// sound). A pure function of the stored timer data and a clock, so every screen agrees and
// tests can inject the time.
import { timerView, type TimerView } from '../../../shared/model/session/timer.ts'
import type { TimerData } from '../../../shared/model/session/values.ts'

/**
 * idle: no countdown; running/paused: counting; soon: the last minute (or last quarter of a
 * short countdown); ended: just reached zero (a gentle pulse); overrun: past zero for a while.
 */
export type TimerCue = 'idle' | 'running' | 'paused' | 'soon' | 'ended' | 'overrun'

export interface TimerDisplay {
  view: TimerView
  /** "12:34" counting down; "+1:05" past zero; hours as "1:02:03". */
  text: string
  cue: TimerCue
  /** Share of the planned time used, 0..1 (1 once over). */
  progress: number
  /** Whole seconds shown: a component re-renders only when this changes. */
  shownSeconds: number
  /** Minutes and seconds, for a spoken label. */
  minutes: number
  seconds: number
  over: boolean
}

export const SOON_MS = 60_000
/** How long "time's up" pulses before it settles into the quieter over-time look. */
export const ENDED_PULSE_MS = 15_000

function clock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600)
  const m = Math.floor((totalSeconds % 3600) / 60)
  const s = totalSeconds % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** The last minute, or the last quarter of a countdown shorter than four minutes. */
function soonWindow(durationMs: number): number {
  return Math.min(SOON_MS, Math.max(10_000, durationMs / 4))
}

export function timerDisplay(data: TimerData, now: number): TimerDisplay {
  const view = timerView(data, now)
  const over = view.ended
  // Counting down shows whole seconds rounded up, so "0:00" appears exactly at the deadline;
  // over time counts up from it.
  const shownSeconds = over ? Math.floor(view.overrunMs / 1000) : Math.ceil(view.remainingMs / 1000)
  let cue: TimerCue
  if (view.state === 'idle') cue = 'idle'
  else if (over)
    cue = view.state === 'running' && view.overrunMs < ENDED_PULSE_MS ? 'ended' : 'overrun'
  else if (view.state === 'paused') cue = 'paused'
  else cue = view.remainingMs <= soonWindow(view.durationMs) ? 'soon' : 'running'
  const progress =
    view.durationMs <= 0 ? (over ? 1 : 0) : Math.min(1, 1 - view.remainingMs / view.durationMs)
  return {
    view,
    // Zero reads "0:00" for its first second, then the overrun counts up as "+0:01".
    text: over && shownSeconds > 0 ? `+${clock(shownSeconds)}` : clock(shownSeconds),
    cue,
    progress: view.state === 'idle' ? 0 : progress,
    shownSeconds,
    minutes: Math.floor(shownSeconds / 60),
    seconds: shownSeconds % 60,
    over,
  }
}

/**
 * Whether the countdown reached zero between two readings of a running timer (the moment for
 * the optional sound and the announcement). A timer that was already over when this screen
 * first saw it, or that was paused or reset, does not count.
 */
export function reachedZero(previous: TimerView | undefined, next: TimerView): boolean {
  return (
    previous !== undefined &&
    previous.state === 'running' &&
    next.state === 'running' &&
    !previous.ended &&
    next.ended
  )
}

/** How long until the shown text next changes (for a lean ticking interval). */
export function msUntilNextSecond(data: TimerData, now: number): number {
  const view = timerView(data, now)
  if (view.state !== 'running') return 1000
  const left = (data.deadline ?? now) - now
  const frac = ((left % 1000) + 1000) % 1000
  return frac === 0 ? 1000 : frac
}
