import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ModelError,
  bindClient,
  bindingText,
  createIdentity,
  ensureClientBound,
  identityFromSecret,
  isFacilitator,
  listFacilitators,
  lockBoard,
  isBoardLocked,
  pinSessionOwner,
  roleOf,
  sessionOwner,
  setRole,
  signText,
  actorOf,
  joinSession,
  listPeople,
} from '../../../src/shared/model/index.ts'
import { alice, bob, capture, carol, copyOf, joinPeer, owner, workshop } from './helpers.ts'

describe('identity', () => {
  it('round-trips a stored secret and signs verifiably', () => {
    const me = createIdentity()
    expect(identityFromSecret(me.secretKey)).toEqual(me)
    expect(me.userId).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(() => identityFromSecret('not-a-key')).toThrow(/secret key/)
  })
})

describe('bindings and the owner', () => {
  it('records the owner at creation and binds each window to its user', () => {
    const { doc } = workshop()
    expect(sessionOwner(doc)).toBe(owner.userId)
    expect(roleOf(doc, owner.userId)).toBe('owner')
    const peer = joinPeer(doc, alice)
    expect(actorOf(peer)).toBe(alice.userId)
    expect(roleOf(peer, alice.userId)).toBe('participant')
    expect(isFacilitator(peer, owner.userId)).toBe(true)
  })

  it('refuses to re-bind a window to another user', () => {
    const { doc } = workshop()
    const peer = joinPeer(doc, alice)
    expect(() => bindClient(peer, bob)).toThrow(ModelError)
  })

  it('ignores a binding that claims the owner without the owner key', () => {
    const { doc } = workshop()
    const forger = joinPeer(doc, alice)
    // Alice writes a binding of a fresh window to the owner's public id, signed with her own key.
    const fake = new Y.Doc()
    Y.applyUpdate(fake, Y.encodeStateAsUpdate(doc))
    const sig = signText(alice, bindingText('w-facilitation', fake.clientID, owner.userId))
    fake.getMap('session').set(`client:${fake.clientID}`, { userId: owner.userId, sig })
    expect(actorOf(fake)).toBeUndefined()
    // Copying the owner's real binding onto her own client id does not verify either.
    const real = doc.getMap('session').get(`client:${doc.clientID}`)
    forger.getMap('session').set(`client:${forger.clientID}`, real)
    expect(actorOf(forger)).toBeUndefined()
    expect(isFacilitator(forger, alice.userId)).toBe(false)
  })

  it('ensureClientBound restores a binding overwritten by someone else', () => {
    const { doc } = workshop()
    const peer = joinPeer(doc, alice)
    const other = joinPeer(doc, bob)
    other.getMap('session').set(`client:${peer.clientID}`, { userId: bob.userId, sig: 'x' })
    expect(actorOf(peer)).toBeUndefined()
    expect(ensureClientBound(peer, alice)).toBe(true)
    expect(actorOf(peer)).toBe(alice.userId)
    expect(ensureClientBound(peer, alice)).toBe(false)
  })

  it('a pinned owner wins over an owner claim rewritten in the document', () => {
    const { doc } = workshop()
    const peer = joinPeer(doc, alice)
    pinSessionOwner(peer, owner.userId)
    const forged = capture(peer, () =>
      peer.getMap('session').set('owner', { userId: alice.userId, at: 5 }),
    )
    const second = copyOf(doc)
    Y.applyUpdate(second, forged)
    // Unpinned, the rewritten claim is self-consistent (Alice's client, Alice's id): it counts.
    expect(sessionOwner(second)).toBe(alice.userId)
    pinSessionOwner(second, owner.userId)
    expect(sessionOwner(second)).toBe(owner.userId)
    expect(isFacilitator(second, alice.userId)).toBe(false)
    expect(sessionOwner(peer)).toBe(owner.userId)
  })
})

describe('roles', () => {
  it('the owner hands the facilitator role on; co-facilitators can hand it further', () => {
    const { doc } = workshop()
    const a = joinPeer(doc, alice)
    setRole(doc, alice.userId, 'facilitator')
    expect(isFacilitator(a, alice.userId)).toBe(true)
    setRole(a, bob.userId, 'facilitator')
    expect(roleOf(doc, bob.userId)).toBe('facilitator')
    expect(listFacilitators(doc).map((f) => f.userId)).toEqual(
      expect.arrayContaining([owner.userId, alice.userId, bob.userId]),
    )
  })

  it('a participant cannot grant the role (model refuses; a forged grant is ignored by peers)', () => {
    const { doc } = workshop()
    const a = joinPeer(doc, alice)
    expect(() => setRole(a, alice.userId, 'facilitator')).toThrow(/only a facilitator/)
    const forged = capture(a, () => a.getMap('session').set(`role:${alice.userId}`, 'facilitator'))
    const second = copyOf(doc)
    Y.applyUpdate(second, forged)
    expect(second.getMap('session').get(`role:${alice.userId}`)).toBe('facilitator')
    expect(isFacilitator(second, alice.userId)).toBe(false)
    expect(isFacilitator(a, alice.userId)).toBe(false)
  })

  it('grants in a cycle without the owner count for nothing', () => {
    const { doc } = workshop()
    const a = joinPeer(doc, alice)
    const b = joinPeer(doc, bob)
    a.getMap('session').set(`role:${bob.userId}`, 'facilitator')
    b.getMap('session').set(`role:${alice.userId}`, 'facilitator')
    expect(isFacilitator(doc, alice.userId)).toBe(false)
    expect(isFacilitator(doc, bob.userId)).toBe(false)
  })

  it('revoking keeps what the revoked facilitator did (their lock, their grant)', () => {
    const { doc, boardId } = workshop()
    const a = joinPeer(doc, alice)
    setRole(doc, alice.userId, 'facilitator')
    lockBoard(a, boardId, 2_000)
    setRole(a, carol.userId, 'facilitator')
    setRole(doc, alice.userId, 'participant')
    expect(isFacilitator(doc, alice.userId)).toBe(false)
    expect(isBoardLocked(doc, boardId)).toBe(true)
    expect(isFacilitator(doc, carol.userId)).toBe(true)
    expect(() => setRole(doc, owner.userId, 'participant')).toThrow(/owner's role/)
  })

  it('people say who they are; a participant cannot speak for someone else', () => {
    const { doc, participants } = workshop()
    const a = joinPeer(doc, alice)
    joinSession(a, { name: 'Anna R.', participantId: participants.anna }, 3_000)
    expect(() => joinSession(a, { name: 'Bob' }, 3_000, undefined, bob.userId)).toThrow(
      /only a facilitator/,
    )
    joinSession(doc, { participantId: participants.ben }, 3_000, undefined, bob.userId)
    expect(listPeople(doc).map((p) => [p.userId, p.participantId])).toEqual(
      expect.arrayContaining([
        [alice.userId, participants.anna],
        [bob.userId, participants.ben],
      ]),
    )
    expect(() => joinSession(a, { participantId: 'nobody' })).toThrow(/no participant/)
  })
})
