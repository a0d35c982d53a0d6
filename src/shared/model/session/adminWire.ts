// Facilitator requests to the host, on the sync socket (message type 101, next to the session
// handshake's 100). Why this path and not an HTTP route: the sync connection is the only place
// where the host knows who is asking (the user the handshake proved for this very socket), and
// whether that user is a facilitator is read from the host's own document. An HTTP request would
// carry only the join token, which every participant has.
//
//   client → host  ADMIN {"op":"rotate"}                 new join code; everyone must rejoin
//   client → host  ADMIN {"op":"remove","userId":U}      drop U's connections and keep U out
//                                                        while this host runs
//   client → host  ADMIN {"op":"readmit","userId":U}     let U join again
//   client → host  ADMIN {"op":"removed"}                who is kept out now
//   host → client  ADMIN {"op":"rotate","ok":true,"token":T}
//                  ADMIN {"op":"remove","ok":true,"removed":N}
//                  ADMIN {"op":"readmit","ok":true}
//                  ADMIN {"op":"removed","ok":true,"userIds":[U,…]}
//                  ADMIN {"op":…,"ok":false,"reason":"…"}   refused (not a facilitator, …)
//
// The payload is one JSON string: small, rare, and readable in a packet capture.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { isUserId } from './identity.ts'

export const MESSAGE_ADMIN = 101

export type AdminRequest =
  | { op: 'rotate' }
  | { op: 'remove'; userId: string }
  | { op: 'readmit'; userId: string }
  | { op: 'removed' }

export type AdminReply =
  | { op: 'rotate'; ok: true; token: string }
  | { op: 'remove'; ok: true; removed: number }
  | { op: 'readmit'; ok: true }
  | { op: 'removed'; ok: true; userIds: string[] }
  | { op: AdminRequest['op']; ok: false; reason: string }

function frame(value: unknown): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE_ADMIN)
  encoding.writeVarString(e, JSON.stringify(value))
  return encoding.toUint8Array(e)
}

export function encodeAdminRequest(request: AdminRequest): Uint8Array {
  return frame(request)
}

export function encodeAdminReply(reply: AdminReply): Uint8Array {
  return frame(reply)
}

// A request is one op and at most one user id; a reply may list the people removed from a session.
const MAX_REQUEST_CHARS = 500
const MAX_REPLY_CHARS = 64_000

function readJson(d: decoding.Decoder, max: number): Record<string, unknown> {
  const text = decoding.readVarString(d)
  if (text.length > max) throw new Error('admin message too long')
  const value: unknown = JSON.parse(text)
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('admin message must be a JSON object')
  return value as Record<string, unknown>
}

/** Reads a request after its message type; throws on anything malformed. */
export function readAdminRequest(d: decoding.Decoder): AdminRequest {
  const v = readJson(d, MAX_REQUEST_CHARS)
  if (v.op === 'rotate') return { op: 'rotate' }
  if (v.op === 'removed') return { op: 'removed' }
  if (v.op === 'remove' && isUserId(v.userId)) return { op: 'remove', userId: v.userId }
  if (v.op === 'readmit' && isUserId(v.userId)) return { op: 'readmit', userId: v.userId }
  throw new Error(
    'admin message: op must be "rotate" or "removed", or "remove" or "readmit" with a user id',
  )
}

/** Reads a reply after its message type; undefined when it is not one. */
export function readAdminReply(d: decoding.Decoder): AdminReply | undefined {
  try {
    const v = readJson(d, MAX_REPLY_CHARS)
    if (v.op !== 'rotate' && v.op !== 'remove' && v.op !== 'readmit' && v.op !== 'removed')
      return undefined
    if (v.ok === false) return { op: v.op, ok: false, reason: String(v.reason) }
    if (v.op === 'rotate' && typeof v.token === 'string')
      return { op: 'rotate', ok: true, token: v.token }
    if (v.op === 'remove' && typeof v.removed === 'number')
      return { op: 'remove', ok: true, removed: v.removed }
    if (v.op === 'readmit') return { op: 'readmit', ok: true }
    if (v.op === 'removed' && Array.isArray(v.userIds) && v.userIds.every(isUserId))
      return { op: 'removed', ok: true, userIds: v.userIds }
    return undefined
  } catch {
    return undefined
  }
}
