// Decisions the facilitator writes down during the session (for the session summary). Removing
// one writes a tombstone: session keys are never deleted (a deletion has no author in Yjs).
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { newId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { PREFIX } from './keys.ts'
import { sessionMap, trustOf } from './trust.ts'
import { compact, parseDecision, type DecisionValue } from './values.ts'
import { checkTime, requireFacilitator, writeSession } from './write.ts'

export interface Decision extends DecisionValue {
  by: string
}

export interface DecisionInput {
  text: string
  stepId?: string
  boardId?: string
  itemIds?: string[]
}

function checkInput(input: Partial<DecisionInput>): void {
  if (
    input.text !== undefined &&
    (typeof input.text !== 'string' || input.text.trim() === '' || input.text.length > 2000)
  )
    throw new ModelError('decision.text: must be text of 1 to 2000 characters', 'text')
  if (
    input.itemIds !== undefined &&
    (!Array.isArray(input.itemIds) || !input.itemIds.every((x) => typeof x === 'string'))
  )
    throw new ModelError('decision.itemIds: must be a list of ids', 'itemIds')
}

function getDecision(doc: Y.Doc, id: string): Decision | undefined {
  const read = trustOf(doc).read(PREFIX.decision + id, 'facilitator', parseDecision)
  return read.status === 'ok' && read.value.id === id ? { ...read.value, by: read.by } : undefined
}

export function addDecision(
  doc: Y.Doc,
  input: DecisionInput,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireFacilitator(doc, 'decision')
  checkTime(now, 'decision')
  checkInput(input)
  const id = newId('d')
  const value: DecisionValue = {
    id,
    text: input.text.trim(),
    at: now,
    stepId: input.stepId,
    boardId: input.boardId,
    itemIds: input.itemIds,
  }
  writeSession(doc, { [PREFIX.decision + id]: compact(value) }, origin)
  return id
}

export function updateDecision(
  doc: Y.Doc,
  id: string,
  patch: Partial<DecisionInput>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'decision')
  checkInput(patch)
  const current = getDecision(doc, id)
  if (current === undefined || current.removed === true)
    throw new ModelError(`decision: no decision "${id}"`, 'id')
  const { by: _by, ...value } = current
  writeSession(
    doc,
    {
      [PREFIX.decision + id]: compact({
        ...value,
        ...patch,
        text: (patch.text ?? value.text).trim(),
      }),
    },
    origin,
  )
}

export function removeDecision(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  requireFacilitator(doc, 'decision')
  const current = getDecision(doc, id)
  if (current === undefined || current.removed === true)
    throw new ModelError(`decision: no decision "${id}"`, 'id')
  const { by: _by, ...value } = current
  writeSession(doc, { [PREFIX.decision + id]: { ...value, removed: true } }, origin)
}

/** The decisions in the order they were taken. */
export function listDecisions(doc: Y.Doc): Decision[] {
  const out: Decision[] = []
  for (const key of sessionMap(doc).keys()) {
    if (!key.startsWith(PREFIX.decision)) continue
    const d = getDecision(doc, key.slice(PREFIX.decision.length))
    if (d !== undefined && d.removed !== true) out.push(d)
  }
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
}
