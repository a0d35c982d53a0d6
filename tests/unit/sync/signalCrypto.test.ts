// Our copy of y-webrtc's signaling encryption must read and write exactly what y-webrtc does.
import { describe, expect, it } from 'vitest'
import {
  decryptJson,
  encryptJson,
  fromBase64,
  toBase64,
} from '../../../src/renderer/src/sync/signalCrypto.ts'

interface YWebrtcCrypto {
  deriveKey(secret: string, roomName: string): Promise<CryptoKey>
  encryptJson(data: unknown, key: CryptoKey): Promise<Uint8Array>
  decryptJson(data: Uint8Array, key: CryptoKey): Promise<unknown>
}

// y-webrtc does not export its crypto module; load the file itself (same package version).
const modulePath = new URL('../../../node_modules/y-webrtc/src/crypto.js', import.meta.url).href
const theirs = (await import(modulePath)) as YWebrtcCrypto

describe('signaling encryption', () => {
  it('reads what y-webrtc writes and writes what y-webrtc reads', async () => {
    const key = await theirs.deriveKey('ABCD2345', 'tavolo-room')
    const announce = { type: 'announce', from: 'a1b2c3' }
    expect(await theirs.decryptJson(await encryptJson(announce, key), key)).toEqual(announce)
    expect(await decryptJson(await theirs.encryptJson(announce, key), key)).toEqual(announce)
  })

  it('answers undefined for another room’s key or garbage', async () => {
    const key = await theirs.deriveKey('ABCD2345', 'room-a')
    const other = await theirs.deriveKey('ABCD2345', 'room-b')
    const sealed = await encryptJson({ type: 'announce', from: 'x' }, key)
    expect(await decryptJson(sealed, other)).toBeUndefined()
    expect(await decryptJson(new Uint8Array([1, 2, 3]), key)).toBeUndefined()
    expect(fromBase64(toBase64(sealed))).toEqual(sealed)
    expect(fromBase64('%%%')).toBeUndefined()
  })
})
