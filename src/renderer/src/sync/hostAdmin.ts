// Facilitator requests to the host over this page's sync socket (adminWire.ts): the host checks
// that the user this socket proved is a facilitator, so the page needs no other credential.
import type { WebsocketProvider } from 'y-websocket'
import {
  MESSAGE_ADMIN,
  encodeAdminRequest,
  readAdminReply,
  type AdminReply,
  type AdminRequest,
} from '../../../shared/model/index.ts'
import type { Session } from '../session/session.ts'

const REPLY_TIMEOUT_MS = 8000

/** Sends `request`; resolves to the host's reply, rejects when offline or without an answer. */
export function sendAdmin(provider: WebsocketProvider, request: AdminRequest): Promise<AdminReply> {
  return new Promise((resolve, reject) => {
    const ws = provider.ws
    if (ws === null || ws.readyState !== 1 || !provider.wsconnected) {
      reject(new Error('not connected to the host'))
      return
    }
    const previous = provider.messageHandlers[MESSAGE_ADMIN]
    const restore = () => {
      window.clearTimeout(timer)
      if (previous === undefined) delete provider.messageHandlers[MESSAGE_ADMIN]
      else provider.messageHandlers[MESSAGE_ADMIN] = previous
    }
    const timer = window.setTimeout(() => {
      restore()
      reject(new Error('the host did not answer'))
    }, REPLY_TIMEOUT_MS)
    provider.messageHandlers[MESSAGE_ADMIN] = (_encoder, decoder) => {
      const reply = readAdminReply(decoder)
      if (reply === undefined || reply.op !== request.op) return
      restore()
      resolve(reply)
    }
    ws.send(new Uint8Array(encodeAdminRequest(request)))
  })
}

/**
 * Where this page goes once the join code changed (the host drops every connection made with the
 * old code, this one included): a browser opens the new join link; the desktop window reloads and
 * asks main again, whose host already has the new code.
 */
export function reopenWithToken(session: Session, token: string): void {
  if (session.mode === 'desktop') {
    window.location.reload()
    return
  }
  const url = new URL(window.location.href)
  url.search = `?token=${encodeURIComponent(token)}`
  url.hash = ''
  window.location.assign(url.toString())
}
