// Running the agenda: the facilitator starts a step, everyone's screen moves to the step's board
// (`run.boardId`), the timer counts the step's planned minutes down, and the time each step was
// actually running is logged for the session summary (planned vs used, overrun).
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { listAgenda } from '../read.ts'
import { readAgendaStep } from '../records.ts'
import { KEY, PREFIX } from './keys.ts'
import { MINUTE_MS } from './timer.ts'
import { sessionMap, trustOf } from './trust.ts'
import {
  compact,
  parseRun,
  parseStep,
  type RunValue,
  type StepValue,
  type TimerData,
} from './values.ts'
import { checkTime, requireFacilitator } from './write.ts'

export interface RunningStep extends RunValue {
  /** Who started it. */
  by: string
}

/** The step running now (undefined when none, or when the value is not a facilitator's). */
export function getRun(doc: Y.Doc): RunningStep | undefined {
  const read = trustOf(doc).read(KEY.run, 'facilitator', parseRun)
  if (read.status !== 'ok' || read.value.stepId === null) return undefined
  return { ...read.value, by: read.by }
}

function readLog(doc: Y.Doc, stepId: string): StepValue | undefined {
  const read = trustOf(doc).read(PREFIX.step + stepId, 'facilitator', parseStep)
  return read.status === 'ok' ? read.value : undefined
}

/** The log of the running step with the current run added up to `now`. */
function closeRun(doc: Y.Doc, run: RunValue, now: number): StepValue | undefined {
  if (run.stepId === null) return undefined
  const log = readLog(doc, run.stepId)
  if (log === undefined) return undefined
  return { ...log, usedMs: log.usedMs + Math.max(0, now - run.startedAt), endedAt: now }
}

/**
 * Starts agenda step `stepId`: ends the running one (logging its time), moves everyone to the
 * step's board and starts the timer on its planned minutes.
 */
export function startStep(
  doc: Y.Doc,
  stepId: string,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'agenda')
  checkTime(now, 'agenda')
  const entity = entities(doc, ROOT.agenda).get(stepId)
  if (entity === undefined) throw new ModelError(`agenda: no step "${stepId}"`, 'stepId')
  const step = readAgendaStep(stepId, entity)
  const current = getRun(doc)
  doc.transact(() => {
    const session = sessionMap(doc)
    const closed = current === undefined ? undefined : closeRun(doc, current, now)
    if (closed !== undefined) session.set(PREFIX.step + closed.stepId, compact(closed))
    const previous = closed?.stepId === stepId ? closed : readLog(doc, stepId)
    const log: StepValue =
      previous === undefined
        ? { stepId, plannedMinutes: step.minutes, startedAt: now, usedMs: 0, runs: 1 }
        : { ...previous, plannedMinutes: step.minutes, runs: previous.runs + 1 }
    session.set(PREFIX.step + stepId, compact(log))
    session.set(KEY.run, compact({ stepId, boardId: step.boardId, startedAt: now }))
    const durationMs = Math.round(step.minutes * MINUTE_MS)
    const timer: TimerData =
      durationMs > 0
        ? { state: 'running', durationMs, deadline: now + durationMs, stepId }
        : { state: 'idle', durationMs: 0, stepId }
    session.set(KEY.timer, compact(timer))
  }, origin)
}

/** Ends the running step (logging its time); the timer goes idle. */
export function endStep(
  doc: Y.Doc,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'agenda')
  checkTime(now, 'agenda')
  const current = getRun(doc)
  if (current === undefined) throw new ModelError('agenda: no step is running', 'stepId')
  doc.transact(() => {
    const session = sessionMap(doc)
    const closed = closeRun(doc, current, now)
    if (closed !== undefined) session.set(PREFIX.step + closed.stepId, compact(closed))
    session.set(KEY.run, { stepId: null, startedAt: now })
    session.set(KEY.timer, { state: 'idle', durationMs: 0 })
  }, origin)
}

export interface StepLog extends StepValue {
  /** Title of the agenda step now (its current title), or the id when it was removed. */
  title: string
  usedMinutes: number
  /** Used minus planned, never below zero. */
  overrunMinutes: number
  running: boolean
}

const round1 = (x: number): number => Math.round(x * 10) / 10

/** The time log of every step that was run, in agenda order; `now` adds the running step's time. */
export function listStepLogs(doc: Y.Doc, now?: number): StepLog[] {
  const run = getRun(doc)
  const agenda = entities(doc, ROOT.agenda)
  const logs: StepLog[] = []
  for (const key of sessionMap(doc).keys()) {
    if (!key.startsWith(PREFIX.step)) continue
    const log = readLog(doc, key.slice(PREFIX.step.length))
    if (log === undefined) continue
    const running = run?.stepId === log.stepId
    const usedMs =
      log.usedMs + (running && now !== undefined ? Math.max(0, now - (run?.startedAt ?? now)) : 0)
    const entity = agenda.get(log.stepId)
    const usedMinutes = round1(usedMs / MINUTE_MS)
    logs.push({
      ...log,
      usedMs,
      title: entity === undefined ? log.stepId : readAgendaStep(log.stepId, entity).title,
      usedMinutes,
      overrunMinutes: round1(Math.max(0, usedMs / MINUTE_MS - log.plannedMinutes)),
      running,
    })
  }
  // Agenda order; steps removed from the agenda since come last, by start time.
  const position = new Map(listAgenda(doc).map((step, i) => [step.id, i]))
  return logs.sort(
    (a, b) =>
      (position.get(a.stepId) ?? Infinity) - (position.get(b.stepId) ?? Infinity) ||
      a.startedAt - b.startedAt,
  )
}
