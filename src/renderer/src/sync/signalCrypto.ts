// The encryption y-webrtc puts on signaling messages when a room has a password, in its exact
// wire format (y-webrtc/src/crypto.js, which the package does not export): a lib0 `writeAny` value
// sealed with AES-GCM under the room's key, written as varString 'AES-GCM', varUint8Array iv,
// varUint8Array ciphertext. meshKeeper.ts needs it to read announces and to send its own.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

export async function encryptJson(value: unknown, key: CryptoKey): Promise<Uint8Array> {
  const plain = encoding.createEncoder()
  // writeAny takes lib0's `any` shape (JSON-like values); the callers pass small plain objects.
  encoding.writeAny(plain, value as Parameters<typeof encoding.writeAny>[1])
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoding.toUint8Array(plain),
  )
  const out = encoding.createEncoder()
  encoding.writeVarString(out, 'AES-GCM')
  encoding.writeVarUint8Array(out, iv)
  encoding.writeVarUint8Array(out, new Uint8Array(cipher))
  return encoding.toUint8Array(out)
}

/** The value, or undefined when the data is not sealed with this key (another room, garbage). */
export async function decryptJson(data: Uint8Array, key: CryptoKey): Promise<unknown> {
  try {
    const decoder = decoding.createDecoder(data)
    if (decoding.readVarString(decoder) !== 'AES-GCM') return undefined
    // Copies: WebCrypto wants buffers of their own, not views into the decoder's.
    const iv = new Uint8Array(decoding.readVarUint8Array(decoder))
    const cipher = new Uint8Array(decoding.readVarUint8Array(decoder))
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher)
    return decoding.readAny(decoding.createDecoder(new Uint8Array(plain)))
  } catch {
    return undefined
  }
}

export function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

export function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
