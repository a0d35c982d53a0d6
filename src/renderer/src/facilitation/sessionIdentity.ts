// This device's user for facilitation: an Ed25519 key pair kept in the browser's (or the desktop
// window's) local storage, so that the same person keeps their role, their dots and their private
// cards when they reload or come back. The secret never leaves this storage: the document holds
// the public key and signatures only.
import {
  createIdentity,
  identityFromSecret,
  type SessionIdentity,
} from '../../../shared/model/session/identity.ts'

export const SESSION_KEY_STORAGE = 'tavolo.sessionKey'

type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>

function storageOrNull(): KeyStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // Storage disabled (private mode, policy): a key for this page only.
    return null
  }
}

/** The stored identity, or a new one (stored when storage works). */
export function loadSessionIdentity(storage: KeyStorage | null = storageOrNull()): SessionIdentity {
  try {
    const stored = storage?.getItem(SESSION_KEY_STORAGE)
    if (typeof stored === 'string' && stored !== '') return identityFromSecret(stored)
  } catch {
    // A damaged entry: replaced by a new identity below.
  }
  const identity = createIdentity()
  try {
    storage?.setItem(SESSION_KEY_STORAGE, identity.secretKey)
  } catch {
    // Storage full or disabled: this page keeps the identity in memory.
  }
  return identity
}
