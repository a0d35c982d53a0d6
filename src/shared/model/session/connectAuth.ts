// The client side of the session handshake (wire.ts) for a y-websocket `WebsocketProvider`:
// proves this device's identity to the host on every (re)connection, and reports refusals.
// The host corrects a refused edit by itself (it sends back the deletion and the value it
// kept), so the client only has to tell the user.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebsocketProvider } from 'y-websocket'
import { connectText, signText, type SessionIdentity } from './identity.ts'
import {
  MESSAGE_AUTH,
  MESSAGE_TAVOLO,
  PERMISSION_DENIED,
  encodeTavolo,
  parseRefusal,
  readTavolo,
  writeTavolo,
} from './wire.ts'

export interface SessionAuthOptions {
  /** The host accepted the proof; `role` as the host sees it (owner, facilitator, participant). */
  onWelcome?: (info: { userId: string; role: string }) => void
  /** The host refused (part of) an update: why, in plain words. */
  onRefused?: (reasons: string[]) => void
}

type Handler = WebsocketProvider['messageHandlers'][number]

/** Installs the handshake on `provider`; answers a function that removes it. */
export function attachSessionAuth(
  provider: WebsocketProvider,
  identity: SessionIdentity,
  options: SessionAuthOptions = {},
): () => void {
  const previousTavolo = provider.messageHandlers[MESSAGE_TAVOLO]
  const previousAuth = provider.messageHandlers[MESSAGE_AUTH]
  const tavolo: Handler = (encoder, decoder) => {
    let message
    try {
      message = readTavolo(decoder)
    } catch {
      return
    }
    if (message.kind === 'challenge') {
      const sig = signText(identity, connectText(message.workshopId, message.nonce))
      // What the handler writes into `encoder` is sent back to the host by the provider.
      encoding.writeVarUint(encoder, MESSAGE_TAVOLO)
      writeTavolo(encoder, { kind: 'proof', userId: identity.userId, sig })
    } else if (message.kind === 'welcome') {
      options.onWelcome?.({ userId: message.userId, role: message.role })
    }
  }
  const auth: Handler = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) !== PERMISSION_DENIED) return
    const reason = decoding.readVarString(decoder)
    const reasons = parseRefusal(reason)
    if (reasons !== undefined && options.onRefused !== undefined) options.onRefused(reasons)
    else console.warn(`Tavolo host refused: ${reason}`)
  }
  provider.messageHandlers[MESSAGE_TAVOLO] = tavolo
  provider.messageHandlers[MESSAGE_AUTH] = auth
  const hello = encodeTavolo({ kind: 'hello' })
  const sayHello = (): void => {
    const ws = provider.ws
    if (ws !== null && ws.readyState === 1) ws.send(new Uint8Array(hello))
  }
  const onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') sayHello()
  }
  provider.on('status', onStatus)
  if (provider.wsconnected) sayHello()
  return () => {
    provider.off('status', onStatus)
    if (previousTavolo === undefined) delete provider.messageHandlers[MESSAGE_TAVOLO]
    else provider.messageHandlers[MESSAGE_TAVOLO] = previousTavolo
    if (previousAuth !== undefined) provider.messageHandlers[MESSAGE_AUTH] = previousAuth
  }
}
