// The browser's user id is derived from its stored secret once and kept beside it; the kept id is
// used only for the very same secret, so a replaced secret never keeps a stale user id.
import { describe, expect, it } from 'vitest'
import { identityFromSecret } from '../../../src/shared/model/session/identity.ts'
import {
  SESSION_KEY_STORAGE,
  SESSION_USER_STORAGE,
  loadSessionIdentity,
} from '../../../src/renderer/src/facilitation/sessionIdentity.ts'

function memoryStorage() {
  const store = new Map<string, string>()
  return {
    store,
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  }
}

describe('session identity cache', () => {
  it('keeps the derived user id beside the secret and reuses it', () => {
    const storage = memoryStorage()
    const first = loadSessionIdentity(storage)
    expect(first.userId).toBe(identityFromSecret(first.secretKey).userId)
    expect(storage.store.get(SESSION_USER_STORAGE)).toBe(`${first.secretKey} ${first.userId}`)
    expect(loadSessionIdentity(storage)).toEqual(first)
  })

  it('derives again when the secret changed', () => {
    const storage = memoryStorage()
    const first = loadSessionIdentity(storage)
    const other = loadSessionIdentity(memoryStorage())
    storage.store.set(SESSION_KEY_STORAGE, other.secretKey)
    const now = loadSessionIdentity(storage)
    expect(now).toEqual(other)
    expect(now.userId).not.toBe(first.userId)
    expect(storage.store.get(SESSION_USER_STORAGE)).toBe(`${other.secretKey} ${other.userId}`)
  })

  it('derives a stored secret without a kept user id (stored before the cache existed)', () => {
    const storage = memoryStorage()
    const known = loadSessionIdentity(memoryStorage())
    storage.store.set(SESSION_KEY_STORAGE, known.secretKey)
    expect(loadSessionIdentity(storage)).toEqual(known)
  })
})
