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

// The public key (user id) derived from the stored secret, kept beside it: deriving it is an
// Ed25519 scalar multiplication (tens of ms on first use) that would otherwise delay every
// board's first render. Stored as "secret userId", so it is used only for the very same secret.
export const SESSION_USER_STORAGE = 'tavolo.sessionUser'

type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>

function derivedOnce(storage: KeyStorage | null, secretKey: string): SessionIdentity {
  const cached = storage?.getItem(SESSION_USER_STORAGE)
  const prefix = `${secretKey} `
  if (typeof cached === 'string' && cached.startsWith(prefix) && cached.length > prefix.length)
    return { userId: cached.slice(prefix.length), secretKey }
  const identity = identityFromSecret(secretKey)
  remember(storage, identity)
  return identity
}

function remember(storage: KeyStorage | null, identity: SessionIdentity): void {
  try {
    storage?.setItem(SESSION_USER_STORAGE, `${identity.secretKey} ${identity.userId}`)
  } catch {
    // Storage full or disabled: the user id is derived again next time.
  }
}

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
    if (typeof stored === 'string' && stored !== '') return derivedOnce(storage, stored)
  } catch {
    // A damaged entry: replaced by a new identity below.
  }
  const identity = createIdentity()
  try {
    storage?.setItem(SESSION_KEY_STORAGE, identity.secretKey)
    remember(storage, identity)
  } catch {
    // Storage full or disabled: this page keeps the identity in memory.
  }
  return identity
}
