import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addCard,
  addStory,
  canEditBoard,
  editBoard,
  getFollow,
  getLock,
  getSessionState,
  getSpotlight,
  isBoardLocked,
  listLocks,
  listStories,
  lockBoard,
  setFollow,
  setSpotlight,
  stopFollow,
  unlockBoard,
  updateStory,
} from '../../../src/shared/model/index.ts'
import { alice, capture, copyOf, joinPeer, owner, workshop } from './helpers.ts'

describe('board locks', () => {
  it('a locked board refuses participants in the model; facilitators still edit', () => {
    const { doc, boardId, otherBoardId, stories } = workshop()
    const peer = joinPeer(doc, alice)
    lockBoard(doc, boardId, 2_000)
    expect(isBoardLocked(peer, boardId)).toBe(true)
    expect(getLock(peer, boardId)).toMatchObject({ locked: true, by: owner.userId, at: 2_000 })
    expect(canEditBoard(peer, boardId)).toBe(false)
    expect(canEditBoard(peer, otherBoardId)).toBe(true)
    expect(canEditBoard(doc, boardId)).toBe(true)
    expect(() =>
      editBoard(peer, boardId, () => updateStory(peer, stories[0] ?? '', { goal: 'x' })),
    ).toThrow(/is locked by the facilitator/)
    expect(() =>
      addCard(peer, boardId, () => addStory(peer, boardId, { role: 'r', goal: 'g', benefit: 'b' })),
    ).toThrow(/locked/)
    expect(listStories(peer, boardId)).toHaveLength(4)
    editBoard(doc, boardId, () =>
      updateStory(doc, stories[0] ?? '', { goal: 'by the facilitator' }),
    )
    expect(listStories(peer, boardId)[0]?.goal).toBe('by the facilitator')
    expect(() => lockBoard(peer, otherBoardId)).toThrow(/only a facilitator/)
    unlockBoard(doc, boardId, 3_000)
    expect(canEditBoard(peer, boardId)).toBe(true)
    expect(listLocks(doc)).toEqual([expect.objectContaining({ boardId, locked: false })])
    expect(() => lockBoard(doc, 'nope')).toThrow(/no board/)
  })

  it('a forged unlock (written or deleted) is ignored by a peer that gets it directly', () => {
    const { doc, boardId } = workshop()
    const forger = joinPeer(doc, alice)
    lockBoard(doc, boardId, 2_000)
    const written = capture(forger, () =>
      forger.getMap('session').set(`lock:${boardId}`, { locked: false, at: 3_000 }),
    )
    const second = copyOf(doc)
    Y.applyUpdate(second, written)
    expect(second.getMap('session').get(`lock:${boardId}`)).toEqual({ locked: false, at: 3_000 })
    expect(isBoardLocked(second, boardId)).toBe(true)
    expect(getLock(second, boardId).tampered).toBe(true)
    const third = copyOf(doc)
    const deleted = new Y.Doc()
    Y.applyUpdate(deleted, Y.encodeStateAsUpdate(doc))
    const deletion = capture(deleted, () => deleted.getMap('session').delete(`lock:${boardId}`))
    Y.applyUpdate(third, deletion)
    expect(third.getMap('session').has(`lock:${boardId}`)).toBe(false)
    expect(isBoardLocked(third, boardId)).toBe(true)
    // The facilitator writing again settles it.
    unlockBoard(doc, boardId, 4_000)
    Y.applyUpdate(third, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(third)))
    expect(isBoardLocked(third, boardId)).toBe(false)
  })
})

describe('follow me and spotlight', () => {
  it('the facilitator leads everyone to a board and viewport, and spotlights a card', () => {
    const { doc, boardId, stories } = workshop()
    const peer = joinPeer(doc, alice)
    setFollow(doc, { boardId, viewport: { x: 10, y: -5, zoom: 1.5 } }, 2_000)
    expect(getFollow(peer)).toEqual({
      facilitatorClientId: doc.clientID,
      facilitatorUserId: owner.userId,
      boardId,
      viewport: { x: 10, y: -5, zoom: 1.5 },
      at: 2_000,
    })
    expect(() => setFollow(peer, { boardId })).toThrow(/only a facilitator/)
    expect(() => setFollow(doc, { viewport: { x: 0, y: 0, zoom: 0 } })).toThrow(/zoom/)
    stopFollow(doc, 3_000)
    expect(getFollow(peer)).toBeUndefined()
    setSpotlight(doc, stories[1] ?? '', 4_000)
    expect(getSpotlight(peer)).toMatchObject({ itemId: stories[1], by: owner.userId })
    expect(getSessionState(peer)).toMatchObject({
      me: alice.userId,
      role: 'participant',
      spotlight: { itemId: stories[1] },
    })
    setSpotlight(doc, null, 5_000)
    expect(getSpotlight(peer)).toBeUndefined()
    expect(() => setSpotlight(doc, 'nope')).toThrow(/no card/)
    // A participant's own "follow me" is not honoured.
    peer
      .getMap('session')
      .set('follow', { active: true, facilitatorClientId: peer.clientID, boardId, at: 6_000 })
    expect(getFollow(doc)).toBeUndefined()
  })
})
