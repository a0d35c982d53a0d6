// Who is who in a session. A user is an Ed25519 key pair that each peer keeps in its own local
// storage; the user id is the public key (base64url). A Yjs client id is bound to a user by a
// signed statement, so that nobody can claim to be the owner or a facilitator by writing their
// public id somewhere: user ids are public (announced in awareness, written in the document),
// only the secret key proves one. @noble/curves verifies synchronously, so every read function
// stays a plain function of the document.
import { ed25519 } from '@noble/curves/ed25519.js'

export interface SessionIdentity {
  /** The public key, base64url (43 characters). Safe to show and to write in the document. */
  userId: string
  /** The secret key, base64url. Keep it in the device's local storage; never put it in the doc. */
  secretKey: string
}

const USER_ID = /^[A-Za-z0-9_-]{43}$/

export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && USER_ID.test(value)
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return globalThis.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const binary = globalThis.atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

const encoder = new TextEncoder()

/** A new user identity (random key pair). */
export function createIdentity(): SessionIdentity {
  const secret = ed25519.utils.randomSecretKey()
  return { userId: toBase64Url(ed25519.getPublicKey(secret)), secretKey: toBase64Url(secret) }
}

/** The identity of a stored secret key; throws when it is not one. */
export function identityFromSecret(secretKey: string): SessionIdentity {
  const secret = fromBase64Url(secretKey)
  if (secret === undefined || secret.length !== 32)
    throw new Error('identity: not a Tavolo secret key')
  return { userId: toBase64Url(ed25519.getPublicKey(secret)), secretKey }
}

export function signText(identity: SessionIdentity, text: string): string {
  const secret = fromBase64Url(identity.secretKey)
  if (secret === undefined || secret.length !== 32)
    throw new Error('identity: not a Tavolo secret key')
  return toBase64Url(ed25519.sign(encoder.encode(text), secret))
}

// Verifying costs about a millisecond; the same few hundred statements are checked again on every
// read, so results are remembered (bounded, so a flood of forged statements cannot grow it).
const verified = new Map<string, boolean>()
const MAX_CACHE = 20_000

export function verifyText(userId: string, text: string, sig: string): boolean {
  const cacheKey = `${userId}\n${sig}\n${text}`
  const known = verified.get(cacheKey)
  if (known !== undefined) return known
  let ok = false
  const key = isUserId(userId) ? fromBase64Url(userId) : undefined
  const signature = fromBase64Url(sig)
  if (
    key !== undefined &&
    key.length === 32 &&
    signature !== undefined &&
    signature.length === 64
  ) {
    try {
      ok = ed25519.verify(signature, encoder.encode(text), key)
    } catch {
      ok = false
    }
  }
  if (verified.size >= MAX_CACHE) verified.clear()
  verified.set(cacheKey, ok)
  return ok
}

/**
 * Builds ed25519's precomputed point tables now: the first signature and the first check of a
 * session otherwise build them (about 20 ms) inside the first render of a board, while the
 * person waits. Called while the page still waits for the workshop to arrive.
 */
export function warmUpSignatures(): void {
  const scratch = createIdentity()
  verifyText(scratch.userId, 'warm-up', signText(scratch, 'warm-up'))
}

/** What a client binding signs: this Yjs client of this workshop writes for this user. */
export function bindingText(workshopId: string, clientId: number, userId: string): string {
  return `tavolo-bind\n${workshopId}\n${clientId}\n${userId}`
}

/** What a connection proves to the host: it holds the user's key right now (host's nonce). */
export function connectText(workshopId: string, nonce: string): string {
  return `tavolo-connect\n${workshopId}\n${nonce}`
}
