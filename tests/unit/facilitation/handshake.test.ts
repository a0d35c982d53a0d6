import { describe, expect, it } from 'vitest'
import * as decoding from 'lib0/decoding'
import { Handshake } from '../../../src/main/host/guard/index.ts'
import {
  MESSAGE_TAVOLO,
  connectText,
  encodeRefusal,
  encodeTavolo,
  parseRefusal,
  readTavolo,
  signText,
} from '../../../src/shared/model/index.ts'
import { alice, bob } from './helpers.ts'

describe('session handshake', () => {
  it('accepts a proof of the current nonce once, and nothing else', () => {
    const h = new Handshake()
    expect(h.prove('w', alice.userId, 'no nonce yet')).toBe(false)
    const nonce = h.challenge()
    const proof = signText(alice, connectText('w', nonce))
    // Bob cannot use Alice's id; a proof for another workshop does not count.
    expect(h.prove('w', bob.userId, proof)).toBe(false)
    const n2 = h.challenge()
    expect(h.prove('other', alice.userId, signText(alice, connectText('w', n2)))).toBe(false)
    // A replayed proof of an older nonce fails.
    h.challenge()
    expect(h.prove('w', alice.userId, proof)).toBe(false)
    const n4 = h.challenge()
    expect(h.prove('w', alice.userId, signText(alice, connectText('w', n4)))).toBe(true)
    expect(h.user).toBe(alice.userId)
    // Once proven, the connection keeps its user.
    const n5 = h.challenge()
    expect(h.prove('w', bob.userId, signText(bob, connectText('w', n5)))).toBe(false)
    expect(h.user).toBe(alice.userId)
  })

  it('round-trips its messages and refusals', () => {
    for (const m of [
      { kind: 'hello' },
      { kind: 'challenge', nonce: 'n', workshopId: 'w' },
      { kind: 'proof', userId: alice.userId, sig: 's' },
      { kind: 'welcome', userId: alice.userId, role: 'participant' },
    ] as const) {
      const d = decoding.createDecoder(encodeTavolo(m))
      expect(decoding.readVarUint(d)).toBe(MESSAGE_TAVOLO)
      expect(readTavolo(d)).toEqual(m)
    }
    const refusal = decoding.createDecoder(encodeRefusal(['board "b" is locked']))
    expect([decoding.readVarUint(refusal), decoding.readVarUint(refusal)]).toEqual([2, 0])
    expect(parseRefusal(decoding.readVarString(refusal))).toEqual(['board "b" is locked'])
    expect(parseRefusal('plain text')).toBeUndefined()
  })
})
