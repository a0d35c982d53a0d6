// The shared timer. It is stored as data (state, deadline, remaining), never as ticks, so a peer
// joining late or reconnecting shows the same countdown, and the document changes only when the
// facilitator acts. Display = timerView(data, the peer's clock).
//
// Limit: the deadline is in the facilitator's clock. Peers whose clocks are off by N seconds show
// the countdown off by N seconds (laptops on a venue network are usually within a second).
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { KEY } from './keys.ts'
import { trustOf } from './trust.ts'
import { compact, parseTimer, type TimerData } from './values.ts'
import { checkTime, requireFacilitator, writeSession } from './write.ts'

export const MINUTE_MS = 60_000
const MAX_DURATION_MS = 24 * 60 * MINUTE_MS

export const IDLE_TIMER: TimerData = Object.freeze({ state: 'idle', durationMs: 0 }) as TimerData

export interface TimerView {
  state: TimerData['state']
  durationMs: number
  /** What is left, never below zero. */
  remainingMs: number
  /** How far past zero (0 until the countdown ends). */
  overrunMs: number
  /** The countdown reached zero (running or paused past zero). */
  ended: boolean
}

/** What the timer shows at `now`: a pure function of the stored data and a clock. */
export function timerView(timer: TimerData | { timer: TimerData }, now: number): TimerView {
  const t = 'timer' in timer ? timer.timer : timer
  let left: number
  if (t.state === 'running') left = (t.deadline ?? now) - now
  else if (t.state === 'paused') left = t.remainingMs ?? 0
  else left = t.durationMs
  return {
    state: t.state,
    durationMs: t.durationMs,
    remainingMs: Math.max(0, left),
    overrunMs: t.state === 'idle' ? 0 : Math.max(0, -left),
    ended: t.state !== 'idle' && left <= 0,
  }
}

/** The current timer data (idle when unset, or when written by someone not a facilitator). */
export function getTimer(doc: Y.Doc): TimerData {
  const read = trustOf(doc).read(KEY.timer, 'facilitator', parseTimer)
  return read.status === 'ok' ? read.value : IDLE_TIMER
}

function checkDuration(ms: number): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DURATION_MS)
    throw new ModelError('timer.durationMs: must be between 0 and 24 hours', 'durationMs')
  return Math.round(ms)
}

function write(doc: Y.Doc, timer: TimerData, origin: unknown): void {
  writeSession(doc, { [KEY.timer]: compact(timer) }, origin)
}

/** Starts a countdown of `durationMs` now (replacing any other). */
export function startTimer(
  doc: Y.Doc,
  durationMs: number,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
  stepId?: string,
): void {
  requireFacilitator(doc, 'timer')
  checkTime(now, 'timer')
  const d = checkDuration(durationMs)
  write(doc, { state: 'running', durationMs: d, deadline: now + d, stepId }, origin)
}

/** The timer, for the facilitator to change at `now`; refused unless it is in `state`. */
function timerWhen(
  doc: Y.Doc,
  now: number,
  state: 'running' | 'paused',
  becoming: 'paused' | 'resumed',
): TimerData {
  requireFacilitator(doc, 'timer')
  checkTime(now, 'timer')
  const t = getTimer(doc)
  if (t.state !== state)
    throw new ModelError(`timer: only a ${state} timer can be ${becoming}`, 'state')
  return t
}

export function pauseTimer(
  doc: Y.Doc,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = timerWhen(doc, now, 'running', 'paused')
  write(
    doc,
    {
      state: 'paused',
      durationMs: t.durationMs,
      remainingMs: (t.deadline ?? now) - now,
      stepId: t.stepId,
    },
    origin,
  )
}

export function resumeTimer(
  doc: Y.Doc,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = timerWhen(doc, now, 'paused', 'resumed')
  write(
    doc,
    {
      state: 'running',
      durationMs: t.durationMs,
      deadline: now + (t.remainingMs ?? 0),
      stepId: t.stepId,
    },
    origin,
  )
}

/** Adds time (a minute by default) to the countdown, whatever its state. */
export function addTimerMinute(
  doc: Y.Doc,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
  ms: number = MINUTE_MS,
): void {
  requireFacilitator(doc, 'timer')
  checkTime(now, 'timer')
  const extra = checkDuration(ms)
  const t = getTimer(doc)
  const durationMs = checkDuration(t.durationMs + extra)
  if (t.state === 'running')
    write(doc, { ...t, durationMs, deadline: (t.deadline ?? now) + extra }, origin)
  else if (t.state === 'paused')
    write(doc, { ...t, durationMs, remainingMs: (t.remainingMs ?? 0) + extra }, origin)
  else write(doc, { ...t, durationMs }, origin)
}

/** Back to idle, showing the full duration (`durationMs`, default the current one). */
export function resetTimer(doc: Y.Doc, durationMs?: number, origin: unknown = LOCAL_ORIGIN): void {
  requireFacilitator(doc, 'timer')
  const t = getTimer(doc)
  write(
    doc,
    {
      state: 'idle',
      durationMs: durationMs === undefined ? t.durationMs : checkDuration(durationMs),
      stepId: t.stepId,
    },
    origin,
  )
}
