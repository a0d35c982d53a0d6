// The JSON values stored under session keys, and tolerant parsers for them: a value of the wrong
// shape (a foreign or broken client) reads as "tampered", never as a crash.
export type TimerState = 'idle' | 'running' | 'paused'

/** The shared timer, stored as data (never as ticks): every peer derives the display from it. */
export interface TimerData {
  state: TimerState
  /** The planned length of the current countdown (grows with "add a minute"). */
  durationMs: number
  /** Epoch ms at which the countdown reaches zero (running only). */
  deadline?: number
  /** What was left when paused (negative once overrun). */
  remainingMs?: number
  /** The agenda step the countdown belongs to, if any. */
  stepId?: string
}

export interface LockValue {
  locked: boolean
  at: number
}

export interface RunValue {
  /** null: no step running. */
  stepId: string | null
  /** The step's board: where participants' screens go. */
  boardId?: string
  startedAt: number
}

export interface ToggleValue {
  on: boolean
  at: number
}

export interface SpotlightValue {
  itemId: string | null
  at: number
}

export interface Viewport {
  x: number
  y: number
  zoom: number
}

export interface FollowValue {
  active: boolean
  /** The facilitator's Yjs client (their window), so peers can match it with awareness. */
  facilitatorClientId: number
  boardId?: string
  viewport?: Viewport
  at: number
}

export interface VoteValue {
  id: string
  boardId: string
  title?: string
  dotsPerPerson: number
  allowStacking: boolean
  revealed: boolean
  open: boolean
  openedAt: number
  closedAt?: number
  /** Totals frozen when the vote closed: later dots (a forged late write) change nothing. */
  final?: Record<string, number>
}

export interface ProxyValue {
  id: string
  /** The name of the person in the room the facilitator votes for. */
  proxyFor: string
  participantId?: string
  removed?: boolean
}

export interface StepValue {
  stepId: string
  plannedMinutes: number
  /** First start and last end (epoch ms). */
  startedAt: number
  endedAt?: number
  /** Time the step was the running step, summed over its runs (ms). */
  usedMs: number
  runs: number
}

export interface DecisionValue {
  id: string
  text: string
  at: number
  stepId?: string
  boardId?: string
  itemIds?: string[]
  removed?: boolean
}

export interface PersonValue {
  name?: string
  participantId?: string
  at: number
}

type Fields = Record<string, unknown>

function record(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function optString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Sets `out[key]` only when defined, so absent stays absent. */
function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) out[key] = value
}

export function parseTimer(value: unknown): TimerData | undefined {
  const r = record(value)
  if (r === undefined) return undefined
  const { state, durationMs } = r
  if ((state !== 'idle' && state !== 'running' && state !== 'paused') || !finite(durationMs))
    return undefined
  const t: TimerData = { state, durationMs }
  if (state === 'running') {
    if (!finite(r.deadline)) return undefined
    t.deadline = r.deadline
  }
  if (state === 'paused') {
    if (!finite(r.remainingMs)) return undefined
    t.remainingMs = r.remainingMs
  }
  put(t, 'stepId', optString(r.stepId))
  return t
}

export function parseLock(value: unknown): LockValue | undefined {
  const r = record(value)
  return r !== undefined && typeof r.locked === 'boolean' && finite(r.at)
    ? { locked: r.locked, at: r.at }
    : undefined
}

export function parseRun(value: unknown): RunValue | undefined {
  const r = record(value)
  if (
    r === undefined ||
    !finite(r.startedAt) ||
    (r.stepId !== null && typeof r.stepId !== 'string')
  )
    return undefined
  const run: RunValue = { stepId: r.stepId, startedAt: r.startedAt }
  put(run, 'boardId', optString(r.boardId))
  return run
}

export function parseToggle(value: unknown): ToggleValue | undefined {
  const r = record(value)
  return r !== undefined && typeof r.on === 'boolean' && finite(r.at)
    ? { on: r.on, at: r.at }
    : undefined
}

export function parseSpotlight(value: unknown): SpotlightValue | undefined {
  const r = record(value)
  if (r === undefined || !finite(r.at) || (r.itemId !== null && typeof r.itemId !== 'string'))
    return undefined
  return { itemId: r.itemId, at: r.at }
}

function parseViewport(value: unknown): Viewport | undefined {
  const r = record(value)
  return r !== undefined && finite(r.x) && finite(r.y) && finite(r.zoom) && r.zoom > 0
    ? { x: r.x, y: r.y, zoom: r.zoom }
    : undefined
}

export function parseFollow(value: unknown): FollowValue | undefined {
  const r = record(value)
  if (
    r === undefined ||
    typeof r.active !== 'boolean' ||
    !finite(r.at) ||
    !finite(r.facilitatorClientId)
  )
    return undefined
  const f: FollowValue = { active: r.active, facilitatorClientId: r.facilitatorClientId, at: r.at }
  put(f, 'boardId', optString(r.boardId))
  put(f, 'viewport', parseViewport(r.viewport))
  return f
}

function parseTotals(value: unknown): Record<string, number> | undefined {
  const r = record(value)
  if (r === undefined) return undefined
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(r))
    if (Number.isInteger(v) && (v as number) >= 0) out[k] = v as number
  return out
}

export function parseVote(value: unknown): VoteValue | undefined {
  const r = record(value)
  if (r === undefined) return undefined
  const { id, boardId, dotsPerPerson, allowStacking, revealed, open, openedAt } = r
  if (typeof id !== 'string' || typeof boardId !== 'string') return undefined
  if (!Number.isInteger(dotsPerPerson) || (dotsPerPerson as number) < 1) return undefined
  if (
    typeof allowStacking !== 'boolean' ||
    typeof revealed !== 'boolean' ||
    typeof open !== 'boolean'
  )
    return undefined
  if (!finite(openedAt)) return undefined
  const v: VoteValue = {
    id,
    boardId,
    dotsPerPerson: dotsPerPerson as number,
    allowStacking,
    revealed,
    open,
    openedAt,
  }
  put(v, 'title', optString(r.title))
  put(v, 'closedAt', finite(r.closedAt) ? r.closedAt : undefined)
  put(v, 'final', parseTotals(r.final))
  return v
}

export function parseProxy(value: unknown): ProxyValue | undefined {
  const r = record(value)
  if (r === undefined || typeof r.id !== 'string' || typeof r.proxyFor !== 'string')
    return undefined
  const p: ProxyValue = { id: r.id, proxyFor: r.proxyFor }
  put(p, 'participantId', optString(r.participantId))
  if (r.removed === true) p.removed = true
  return p
}

export function parseStep(value: unknown): StepValue | undefined {
  const r = record(value)
  if (r === undefined || typeof r.stepId !== 'string') return undefined
  const { plannedMinutes, startedAt, usedMs, runs } = r
  if (!finite(plannedMinutes) || !finite(startedAt) || !finite(usedMs) || !finite(runs))
    return undefined
  const s: StepValue = { stepId: r.stepId, plannedMinutes, startedAt, usedMs, runs }
  put(s, 'endedAt', finite(r.endedAt) ? r.endedAt : undefined)
  return s
}

export function parseDecision(value: unknown): DecisionValue | undefined {
  const r = record(value)
  if (r === undefined || typeof r.id !== 'string' || typeof r.text !== 'string' || !finite(r.at))
    return undefined
  const d: DecisionValue = { id: r.id, text: r.text, at: r.at }
  put(d, 'stepId', optString(r.stepId))
  put(d, 'boardId', optString(r.boardId))
  if (Array.isArray(r.itemIds))
    d.itemIds = r.itemIds.filter((x): x is string => typeof x === 'string')
  if (r.removed === true) d.removed = true
  return d
}

export function parsePerson(value: unknown): PersonValue | undefined {
  const r = record(value)
  if (r === undefined || !finite(r.at)) return undefined
  const p: PersonValue = { at: r.at }
  put(p, 'name', optString(r.name))
  put(p, 'participantId', optString(r.participantId))
  return p
}

export function parseRole(value: unknown): 'facilitator' | 'participant' | undefined {
  return value === 'facilitator' || value === 'participant' ? value : undefined
}

/** Removes `undefined` fields so a stored value never holds them. */
export function compact<T extends object>(value: T): T {
  const out = {} as T
  for (const [k, v] of Object.entries(value))
    if (v !== undefined) (out as Record<string, unknown>)[k] = v
  return out
}
