// Tavolo's session messages inside the y-websocket protocol (message type 100; y-websocket uses
// 0–3, and a stock client never receives type 100 unless it asked with HELLO).
//
//   client → host  HELLO                      "I can prove who I am"
//   host → client  CHALLENGE nonce workshopId a fresh random nonce
//   client → host  PROOF userId sig           Ed25519 over connectText(workshopId, nonce)
//   host → client  WELCOME userId role        the connection now writes as userId
//
// Refusals use the standard y-protocols auth message (type 2, "permission denied") with a JSON
// reason `{"tavolo":"refused","reasons":[…]}`, so a stock client logs them too.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

export const MESSAGE_TAVOLO = 100
export const MESSAGE_AUTH = 2
export const PERMISSION_DENIED = 0

const HELLO = 0
const CHALLENGE = 1
const PROOF = 2
const WELCOME = 3

export type TavoloMessage =
  | { kind: 'hello' }
  | { kind: 'challenge'; nonce: string; workshopId: string }
  | { kind: 'proof'; userId: string; sig: string }
  | { kind: 'welcome'; userId: string; role: string }

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE_TAVOLO)
  write(e)
  return encoding.toUint8Array(e)
}

export function writeTavolo(e: encoding.Encoder, message: TavoloMessage): void {
  switch (message.kind) {
    case 'hello':
      encoding.writeVarUint(e, HELLO)
      break
    case 'challenge':
      encoding.writeVarUint(e, CHALLENGE)
      encoding.writeVarString(e, message.nonce)
      encoding.writeVarString(e, message.workshopId)
      break
    case 'proof':
      encoding.writeVarUint(e, PROOF)
      encoding.writeVarString(e, message.userId)
      encoding.writeVarString(e, message.sig)
      break
    case 'welcome':
      encoding.writeVarUint(e, WELCOME)
      encoding.writeVarString(e, message.userId)
      encoding.writeVarString(e, message.role)
      break
  }
}

/** A whole frame (message type included). */
export function encodeTavolo(message: TavoloMessage): Uint8Array {
  return frame((e) => writeTavolo(e, message))
}

/** Reads a Tavolo message after its message type; throws on anything malformed. */
export function readTavolo(d: decoding.Decoder): TavoloMessage {
  const kind = decoding.readVarUint(d)
  const text = (): string => {
    const s = decoding.readVarString(d)
    if (s.length > 200) throw new Error('tavolo message field too long')
    return s
  }
  switch (kind) {
    case HELLO:
      return { kind: 'hello' }
    case CHALLENGE:
      return { kind: 'challenge', nonce: text(), workshopId: text() }
    case PROOF:
      return { kind: 'proof', userId: text(), sig: text() }
    case WELCOME:
      return { kind: 'welcome', userId: text(), role: text() }
    default:
      throw new Error(`unknown tavolo message ${kind}`)
  }
}

export interface Refusal {
  tavolo: 'refused'
  reasons: string[]
}

export function encodeRefusal(reasons: string[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE_AUTH)
  encoding.writeVarUint(e, PERMISSION_DENIED)
  encoding.writeVarString(e, JSON.stringify({ tavolo: 'refused', reasons } satisfies Refusal))
  return encoding.toUint8Array(e)
}

/** The reasons of a refusal sent by a Tavolo host, or undefined for any other reason text. */
export function parseRefusal(reason: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(reason)
    if (typeof value !== 'object' || value === null) return undefined
    const { tavolo, reasons } = value as Record<string, unknown>
    if (tavolo !== 'refused' || !Array.isArray(reasons)) return undefined
    return reasons.filter((r): r is string => typeof r === 'string')
  } catch {
    return undefined
  }
}
