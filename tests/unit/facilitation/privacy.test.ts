import { describe, expect, it } from 'vitest'
import {
  addCard,
  addStory,
  applyAnonymity,
  exportWorkshop,
  getAnonymity,
  getPrivateWriting,
  hiddenCount,
  isHiddenCard,
  listStories,
  revealPrivateCards,
  setAnonymous,
  setPrivateWriting,
  visibleItems,
  validateWorkshop,
} from './imports.ts'
import { alice, bob, joinPeer, owner, workshop } from './helpers.ts'

describe('anonymity', () => {
  it('strips authors from the interchange data and records who chose it, when', () => {
    const { doc } = workshop()
    const data = exportWorkshop(doc)
    const authored = (d: typeof data) =>
      d.boards.flatMap((b) =>
        b.kind === 'user-stories' ? b.stories.filter((s) => s.authorId !== undefined) : [],
      )
    expect(authored(applyAnonymity(data, doc))).toHaveLength(4)
    setAnonymous(doc, true, 7_000)
    expect(getAnonymity(doc)).toEqual({ on: true, by: owner.userId, at: 7_000 })
    const anonymous = applyAnonymity(exportWorkshop(doc), doc)
    expect(authored(anonymous)).toHaveLength(0)
    expect(JSON.stringify(anonymous)).not.toContain('authorId')
    expect(validateWorkshop(anonymous).ok).toBe(true)
    // The original data is untouched; the state object works as well as the doc.
    expect(authored(data)).toHaveLength(4)
    expect(authored(applyAnonymity(data, { anonymous: { on: true } }))).toHaveLength(0)
    const peer = joinPeer(doc, alice)
    expect(() => setAnonymous(peer, false)).toThrow(/only a facilitator/)
    // A forged "anonymous off" reads as on.
    peer.getMap('session').set('anonymous', { on: false, at: 8_000 })
    expect(getAnonymity(doc)).toMatchObject({ on: true, tampered: true })
  })
})

describe('private writing', () => {
  it('hides new cards from everyone but their author until the reveal', () => {
    const { doc, boardId, stories } = workshop()
    const a = joinPeer(doc, alice)
    const b = joinPeer(doc, bob)
    setPrivateWriting(doc, true, 2_000)
    expect(getPrivateWriting(a).on).toBe(true)
    const mine = addCard(a, boardId, () =>
      addStory(a, boardId, { role: 'cyclist', goal: 'safe lanes', benefit: 'fewer accidents' }),
    )
    const his = addCard(b, boardId, () =>
      addStory(b, boardId, { role: 'shopkeeper', goal: 'parking', benefit: 'customers' }),
    )
    const seenBy = (who: typeof a, userId: string) =>
      visibleItems(who, listStories(who, boardId), { userId, clientId: who.clientID }).map(
        (s) => s.id,
      )
    expect(seenBy(a, alice.userId)).toEqual([...stories, mine])
    expect(seenBy(b, bob.userId)).toEqual([...stories, his])
    expect(seenBy(doc, owner.userId)).toEqual(stories)
    expect(isHiddenCard(doc, mine, { userId: owner.userId })).toBe(true)
    expect(hiddenCount(doc, boardId)).toBe(2)
    // The author's other window (same user, another client) sees it too.
    expect(isHiddenCard(doc, mine, { userId: alice.userId })).toBe(false)
    expect(() => revealPrivateCards(a)).toThrow(/only a facilitator/)
    expect(revealPrivateCards(doc, undefined, 3_000)).toBe(2)
    expect(seenBy(b, bob.userId)).toEqual([...stories, mine, his])
    expect(hiddenCount(doc, boardId)).toBe(0)
    expect(getPrivateWriting(doc).on).toBe(false)
    // Cards added after the reveal are visible at once.
    const after = addCard(a, boardId, () =>
      addStory(a, boardId, { role: 'r', goal: 'g', benefit: 'b' }),
    )
    expect(isHiddenCard(b, after, { userId: bob.userId })).toBe(false)
    // The hiding fields never reach the interchange data.
    setPrivateWriting(doc, true, 4_000)
    addCard(a, boardId, () => addStory(a, boardId, { role: 'r', goal: 'hidden', benefit: 'b' }))
    expect(JSON.stringify(exportWorkshop(doc))).not.toContain('hiddenUntilReveal')
  })
})
