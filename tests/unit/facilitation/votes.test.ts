import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addProxyVoter,
  addVisionItem,
  castDot,
  closeVote,
  getVote,
  listProxyVoters,
  listStories,
  openVote,
  removeDot,
  removeProxyVoter,
  revealVote,
  voteResults,
} from '../../../src/shared/model/index.ts'
import { alice, bob, capture, copyOf, joinPeer, owner, workshop } from './helpers.ts'

function setUp(dotsPerPerson = 3, allowStacking = false) {
  const w = workshop()
  const a = joinPeer(w.doc, alice)
  const b = joinPeer(w.doc, bob)
  const voteId = openVote(
    w.doc,
    { boardId: w.boardId, dotsPerPerson, allowStacking, title: 'Priorities' },
    5_000,
  )
  return { ...w, a, b, voteId }
}

const totalsOf = (r: ReturnType<typeof voteResults>) =>
  Object.fromEntries((r?.totals ?? []).map((t) => [t.itemId, t.votes]))

describe('dot voting', () => {
  it('counts dots per voter within the limit; no stacking unless allowed', () => {
    const { a, voteId, stories } = setUp(2, false)
    const [s1 = '', s2 = '', s3 = ''] = stories
    castDot(a, voteId, s1)
    expect(() => castDot(a, voteId, s1)).toThrow(/one dot per card/)
    castDot(a, voteId, s2)
    expect(() => castDot(a, voteId, s3)).toThrow(/no dots left \(2 per person\)/)
    expect(voteResults(a, voteId, alice.userId)).toMatchObject({
      used: 2,
      remaining: 0,
      mine: { [s1]: 1, [s2]: 1 },
    })
    removeDot(a, voteId, s1)
    castDot(a, voteId, s3)
    expect(voteResults(a, voteId, alice.userId)?.mine).toEqual({ [s2]: 1, [s3]: 1 })
    expect(() => removeDot(a, voteId, s1)).toThrow(/no dot of yours/)
  })

  it('stacking puts several dots on one card', () => {
    const { a, voteId, stories } = setUp(3, true)
    const s1 = stories[0] ?? ''
    castDot(a, voteId, s1)
    castDot(a, voteId, s1)
    castDot(a, voteId, s1)
    expect(() => castDot(a, voteId, s1)).toThrow(/no dots left/)
    expect(voteResults(a, voteId, alice.userId)?.mine).toEqual({ [s1]: 3 })
  })

  it('hides other voters until the reveal; facilitators see totals all along', () => {
    const { doc, a, b, voteId, stories } = setUp(3)
    const [s1 = '', s2 = ''] = stories
    castDot(a, voteId, s1)
    castDot(b, voteId, s1)
    castDot(b, voteId, s2)
    const before = voteResults(a, voteId, alice.userId)
    expect(before).toMatchObject({ visible: false, totals: [], mine: { [s1]: 1 }, voters: 2 })
    expect(totalsOf(voteResults(doc, voteId, owner.userId))).toMatchObject({ [s1]: 2, [s2]: 1 })
    expect(() => revealVote(a, voteId)).toThrow(/only a facilitator/)
    revealVote(doc, voteId)
    const after = voteResults(a, voteId, alice.userId)
    expect(after?.visible).toBe(true)
    expect(after?.totals.slice(0, 2).map((t) => [t.itemId, t.votes])).toEqual([
      [s1, 2],
      [s2, 1],
    ])
    // Every card is in the chart, most votes first, board order on ties.
    expect(after?.totals.map((t) => t.itemId)).toEqual([s1, s2, stories[2], stories[3]])
  })

  it('a forged reveal is ignored by a peer that gets it directly', () => {
    const { doc, a, b, voteId, stories } = setUp(3)
    castDot(b, voteId, stories[0] ?? '')
    const vote = doc.getMap('session').get(`vote:${voteId}`) as Record<string, unknown>
    const forged = capture(a, () =>
      a.getMap('session').set(`vote:${voteId}`, { ...vote, revealed: true }),
    )
    const second = copyOf(doc)
    Y.applyUpdate(second, forged)
    expect(voteResults(second, voteId, alice.userId)?.visible ?? false).toBe(false)
    expect(voteResults(second, voteId, alice.userId)?.totals ?? []).toEqual([])
    // Forged by a deletion instead: the vote reads as unavailable, never as revealed.
    const third = copyOf(doc)
    Y.applyUpdate(
      third,
      capture(b, () => b.getMap('session').delete(`vote:${voteId}`)),
    )
    expect(getVote(third, voteId)).toBeUndefined()
  })

  it("a forged ballot beyond the limit, or in someone else's name, gains nothing", () => {
    const { doc, a, voteId, stories } = setUp(2, false)
    const [s1 = '', s2 = '', s3 = '', s4 = ''] = stories
    // Alice writes 3 dots on each of four cards straight into her ballot.
    a.transact(() => {
      const ballot = new Y.Map<unknown>()
      a.getMap('session').set(`ballot:${voteId}:${alice.userId}:${a.clientID}`, ballot)
      for (const s of [s1, s2, s3, s4]) ballot.set(s, 3)
    })
    // And a ballot in Bob's name.
    a.transact(() => {
      const ballot = new Y.Map<unknown>()
      a.getMap('session').set(`ballot:${voteId}:${bob.userId}:${a.clientID}`, ballot)
      ballot.set(s4, 1)
    })
    const r = voteResults(doc, voteId, owner.userId)
    expect(Object.values(totalsOf(r)).reduce((x, y) => x + y, 0)).toBe(2)
    expect(totalsOf(r)[s4]).toBe(0)
    expect(r?.voters).toBe(1)
    expect(voteResults(doc, voteId, alice.userId)?.used).toBe(2)
  })

  it('proxy voters: the facilitator votes for people without a device', () => {
    const { doc, a, voteId, stories, participants } = setUp(2)
    const [s1 = '', s2 = ''] = stories
    const proxy = addProxyVoter(doc, 'Mrs Rossi', participants.chiara)
    expect(listProxyVoters(a).map((p) => [p.id, p.proxyFor])).toEqual([[proxy, 'Mrs Rossi']])
    expect(() => addProxyVoter(a, 'Someone')).toThrow(/only a facilitator/)
    expect(() => castDot(a, voteId, s1, { proxyId: proxy })).toThrow(/only a facilitator/)
    castDot(doc, voteId, s1, { proxyId: proxy })
    castDot(doc, voteId, s2, { proxyId: proxy })
    expect(() => castDot(doc, voteId, s2, { proxyId: proxy })).toThrow(/no dots left/)
    // The proxy's dots do not use the facilitator's own.
    castDot(doc, voteId, s1)
    expect(voteResults(doc, voteId, proxy)?.mine).toEqual({ [s1]: 1, [s2]: 1 })
    expect(totalsOf(voteResults(doc, voteId, owner.userId))[s1]).toBe(2)
    // A participant writing into a proxy's ballot counts for nothing.
    a.transact(() => {
      const ballot = new Y.Map<unknown>()
      a.getMap('session').set(`ballot:${voteId}:${proxy}:${a.clientID}`, ballot)
      ballot.set(stories[2] ?? '', 1)
    })
    expect(totalsOf(voteResults(doc, voteId, owner.userId))[stories[2] ?? '']).toBe(0)
    removeProxyVoter(doc, proxy)
    expect(listProxyVoters(doc)).toEqual([])
    expect(totalsOf(voteResults(doc, voteId, owner.userId))[s2]).toBe(0)
  })

  it("closing writes each story's total into its votes field and freezes the result", () => {
    const { doc, a, b, voteId, boardId, stories } = setUp(3)
    const [s1 = '', s2 = ''] = stories
    castDot(a, voteId, s1)
    castDot(a, voteId, s2)
    castDot(b, voteId, s1)
    expect(() => closeVote(a, voteId)).toThrow(/only a facilitator/)
    const totals = closeVote(doc, voteId, 9_000)
    expect(totals.slice(0, 2).map((t) => [t.itemId, t.votes])).toEqual([
      [s1, 2],
      [s2, 1],
    ])
    expect(listStories(a, boardId).map((s) => s.votes)).toEqual([2, 1, 0, 0])
    expect(getVote(a, voteId)).toMatchObject({ open: false, revealed: true, closedAt: 9_000 })
    expect(() => castDot(b, voteId, s2)).toThrow(/closed/)
    // A late dot written into a ballot after closing changes nothing.
    b.transact(() => {
      const ballot = b
        .getMap('session')
        .get(`ballot:${voteId}:${bob.userId}:${b.clientID}`) as Y.Map<unknown>
      ballot.set(s2, 1)
    })
    expect(totalsOf(voteResults(a, voteId, alice.userId))).toMatchObject({ [s1]: 2, [s2]: 1 })
  })

  it('works on any board and refuses cards of other boards', () => {
    const { doc, a, otherBoardId, stories } = setUp()
    const vision = addVisionItem(doc, otherBoardId, { text: 'A green river front' })
    const v2 = openVote(doc, { boardId: otherBoardId, dotsPerPerson: 1 }, 6_000)
    expect(() => castDot(a, v2, stories[0] ?? '')).toThrow(/not on this vote's board/)
    castDot(a, v2, vision)
    revealVote(doc, v2)
    expect(voteResults(a, v2)?.totals).toEqual([
      expect.objectContaining({
        itemId: vision,
        votes: 1,
        type: 'vision',
        label: 'A green river front',
      }),
    ])
    expect(() => openVote(doc, { boardId: otherBoardId, dotsPerPerson: 0 })).toThrow(/1 to 99/)
    expect(() => openVote(doc, { boardId: 'nope', dotsPerPerson: 1 })).toThrow(/no board/)
  })
})
