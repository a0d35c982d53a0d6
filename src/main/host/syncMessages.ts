// The y-websocket wire format (as spoken by the `y-websocket` client and @y/websocket-server):
// every frame starts with a varuint message type; sync frames then carry a varuint sync step and
// one varUint8Array payload; awareness frames carry one varUint8Array awareness update.
// `decodeMessage` decodes a frame completely and validates its payload before anything is applied
// anywhere, so that a frame that does not decode can never half-apply.
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { Awareness } from 'y-protocols/awareness'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import { MESSAGE_TAVOLO, readTavolo, type TavoloMessage } from '../../shared/model/session/wire.ts'
import {
  MESSAGE_ADMIN,
  readAdminRequest,
  type AdminRequest,
} from '../../shared/model/session/adminWire.ts'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3

export const SYNC_STEP1 = 0
export const SYNC_STEP2 = 1
export const SYNC_UPDATE = 2

export type AwarenessEntry = { clientId: number; clock: number; state: unknown }

export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'query-awareness' }
  | { kind: 'tavolo'; message: TavoloMessage }
  | { kind: 'admin'; request: AdminRequest }
  | { kind: 'auth' }
  | { kind: 'unknown'; type: number }

/** A frame that is not a well-formed y-websocket message. */
export class ProtocolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ProtocolError'
  }
}

export function decodeMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    let message: ClientMessage
    switch (type) {
      case MESSAGE_SYNC:
        message = decodeSync(decoder)
        break
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder)
        message = { kind: 'awareness', update, entries: decodeAwarenessUpdate(update) }
        break
      }
      case MESSAGE_QUERY_AWARENESS:
        message = { kind: 'query-awareness' }
        break
      case MESSAGE_AUTH:
        // Clients never need to send auth messages; the host authenticates at the upgrade.
        return { kind: 'auth' }
      case MESSAGE_TAVOLO:
        // The session handshake (who this connection writes for), see guard/handshake.ts.
        message = { kind: 'tavolo', message: readTavolo(decoder) }
        break
      case MESSAGE_ADMIN:
        // A facilitator's request (rotate the join code, remove someone), see adminWire.ts.
        message = { kind: 'admin', request: readAdminRequest(decoder) }
        break
      default:
        return { kind: 'unknown', type }
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message')
    return message
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(`malformed frame: ${String(error)}`, { cause: error })
  }
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  switch (step) {
    case SYNC_STEP1:
      Y.decodeStateVector(payload)
      return { kind: 'sync-step1', stateVector: payload }
    case SYNC_STEP2:
      validateUpdate(payload)
      return { kind: 'sync-step2', update: payload }
    case SYNC_UPDATE:
      validateUpdate(payload)
      return { kind: 'update', update: payload }
    default:
      throw new ProtocolError(`unknown sync step ${step}`)
  }
}

/** Decodes every struct and the delete set; throws on anything that does not parse. */
export function validateUpdate(update: Uint8Array): void {
  Y.decodeUpdate(update)
}

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new ProtocolError('awareness state must be an object or null')
    }
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after awareness update')
  return entries
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSync(SYNC_STEP1, Y.encodeStateVector(doc))
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSync(SYNC_STEP2, Y.encodeStateAsUpdate(doc, stateVector))
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SYNC_UPDATE, update)
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

export function encodeAwareness(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}
