// The host side of the session handshake (src/shared/model/session/wire.ts): a fresh nonce per
// HELLO, single use; a PROOF that verifies binds the connection to that user for its lifetime.
// Awareness (`user.id`) is not used for this: any peer can announce any awareness state.
import { randomBytes } from 'node:crypto'
import { connectText, isUserId, verifyText } from '../../../shared/model/index.ts'

export class Handshake {
  private nonce: string | null = null
  /** The proven user, once the proof verified. */
  user: string | undefined

  /** A new challenge nonce (any earlier one is forgotten). */
  challenge(): string {
    this.nonce = randomBytes(32).toString('base64url')
    return this.nonce
  }

  /** Checks a proof against the pending nonce; the nonce is used up either way. */
  prove(workshopId: string, userId: string, sig: string): boolean {
    const nonce = this.nonce
    this.nonce = null
    if (nonce === null || this.user !== undefined || !isUserId(userId)) return false
    if (!verifyText(userId, connectText(workshopId, nonce), sig)) return false
    this.user = userId
    return true
  }
}
