import { describe, expect, it } from 'vitest'
import {
  addProxyVoter,
  castDot,
  closeVote,
  getVote,
  listStories,
  listVotes,
  openVote,
  removeDot,
  revealVote,
} from '../../../src/shared/model/index.ts'
import {
  activeVote,
  dotControl,
  latestVote,
  rankRows,
  voteView,
} from '../../../src/renderer/src/facilitation/voteModel.ts'
import { room } from './setup.ts'

describe('vote panel state', () => {
  it('shows a participant their own dots and what is left, never the others before the reveal', () => {
    const r = room()
    const [parks, buses, markets] = r.stories as [string, string, string]
    const voteId = openVote(r.facilitator.doc, {
      boardId: r.boardId,
      dotsPerPerson: 2,
      title: 'First?',
    })
    castDot(r.ana.doc, voteId, parks)
    castDot(r.ben.doc, voteId, buses)
    castDot(r.ben.doc, voteId, markets)

    const ana = voteView(r.ana.doc, voteId, r.ana.who.userId)
    expect(ana).toMatchObject({
      phase: 'voting',
      title: 'First?',
      used: 1,
      remaining: 1,
      voters: 2,
    })
    expect(ana?.mine).toEqual({ [parks]: 1 })
    expect(ana?.results).toEqual({ visible: false, rows: [], total: 0 })

    // Ben has used both dots: adding refuses politely, removing is offered where he voted.
    const ben = voteView(r.ben.doc, voteId, r.ben.who.userId)
    if (ben === undefined) throw new Error('no view')
    expect(dotControl(ben, parks)).toEqual({
      count: 0,
      canAdd: false,
      canRemove: false,
      addRefusal: 'noDotsLeft',
    })
    expect(dotControl(ben, buses)).toMatchObject({ count: 1, canRemove: true })

    // The facilitator sees live results before the reveal.
    const fac = voteView(r.facilitator.doc, voteId, r.facilitator.who.userId)
    expect(fac?.results.visible).toBe(true)
    expect(fac?.results.total).toBe(3)
  })

  it('refuses a second dot on one card without stacking, allows it with stacking', () => {
    const r = room()
    const parks = r.stories[0] as string
    const single = openVote(r.facilitator.doc, { boardId: r.boardId, dotsPerPerson: 3 })
    castDot(r.ana.doc, single, parks)
    const view = voteView(r.ana.doc, single, r.ana.who.userId)
    if (view === undefined) throw new Error('no view')
    expect(dotControl(view, parks)).toMatchObject({ canAdd: false, addRefusal: 'oneDotPerCard' })
    expect(() => castDot(r.ana.doc, single, parks)).toThrow(/one dot per card/)

    const stacked = openVote(r.facilitator.doc, {
      boardId: r.boardId,
      dotsPerPerson: 3,
      allowStacking: true,
    })
    castDot(r.ana.doc, stacked, parks)
    castDot(r.ana.doc, stacked, parks)
    const stackedView = voteView(r.ana.doc, stacked, r.ana.who.userId)
    if (stackedView === undefined) throw new Error('no view')
    expect(dotControl(stackedView, parks)).toEqual({ count: 2, canAdd: true, canRemove: true })
    // The board shows the newest open vote.
    expect(activeVote(listVotes(r.ana.doc), r.boardId)?.id).toBe(stacked)
  })

  it('after the reveal everyone sees sorted results with ranks and bar lengths', () => {
    const r = room()
    const [parks, buses, markets, bikes] = r.stories as [string, string, string, string]
    const voteId = openVote(r.facilitator.doc, { boardId: r.boardId, dotsPerPerson: 3 })
    castDot(r.ana.doc, voteId, buses)
    castDot(r.ana.doc, voteId, markets)
    castDot(r.ben.doc, voteId, buses)
    castDot(r.ben.doc, voteId, parks)
    castDot(r.ben.doc, voteId, markets)
    revealVote(r.facilitator.doc, voteId)
    const view = voteView(r.ana.doc, voteId, r.ana.who.userId)
    expect(view?.phase).toBe('revealed')
    expect(view?.results.visible).toBe(true)
    expect(view?.results.rows.map((x) => [x.itemId, x.votes, x.rank, x.share])).toEqual([
      [buses, 2, 1, 1],
      [markets, 2, 1, 1],
      [parks, 1, 3, 0.5],
      [bikes, 0, 4, 0],
    ])
    expect(view?.results.total).toBe(5)
  })

  it('places and counts a proxy voter’s dots for the facilitator', () => {
    const r = room()
    const parks = r.stories[0] as string
    const voteId = openVote(r.facilitator.doc, { boardId: r.boardId, dotsPerPerson: 2 })
    const maria = addProxyVoter(r.facilitator.doc, 'Maria')
    castDot(r.facilitator.doc, voteId, parks, { proxyId: maria })
    const asProxy = voteView(r.facilitator.doc, voteId, r.facilitator.who.userId, maria)
    expect(asProxy?.voter).toEqual({ kind: 'proxy', proxyId: maria, name: 'Maria' })
    expect(asProxy?.mine).toEqual({ [parks]: 1 })
    expect(asProxy?.remaining).toBe(1)
    // The facilitator's own ballot is untouched.
    const own = voteView(r.facilitator.doc, voteId, r.facilitator.who.userId)
    expect(own?.voter).toEqual({ kind: 'me' })
    expect(own?.used).toBe(0)
    // A participant cannot vote for the proxy.
    expect(() => castDot(r.ana.doc, voteId, parks, { proxyId: maria })).toThrow(/facilitator/)
  })

  it('closing freezes the results and feeds each story its votes', () => {
    const r = room()
    const [parks, buses] = r.stories as [string, string]
    const voteId = openVote(r.facilitator.doc, { boardId: r.boardId, dotsPerPerson: 2 })
    castDot(r.ana.doc, voteId, parks)
    castDot(r.ben.doc, voteId, parks)
    castDot(r.ben.doc, voteId, buses)
    closeVote(r.facilitator.doc, voteId)
    const view = voteView(r.ana.doc, voteId, r.ana.who.userId)
    expect(view?.phase).toBe('closed')
    expect(view?.open).toBe(false)
    if (view === undefined) throw new Error('no view')
    expect(dotControl(view, buses)).toMatchObject({
      canAdd: false,
      canRemove: false,
      addRefusal: 'closed',
    })
    expect(() => removeDot(r.ana.doc, voteId, parks)).toThrow(/closed/)
    const votes = new Map(listStories(r.ana.doc, r.boardId).map((s) => [s.id, s.votes]))
    expect(votes.get(parks)).toBe(2)
    expect(votes.get(buses)).toBe(1)
    expect(activeVote(listVotes(r.ana.doc), r.boardId)).toBeUndefined()
    expect(latestVote(listVotes(r.ana.doc), r.boardId)?.id).toBe(voteId)
    expect(getVote(r.ana.doc, voteId)?.final).toEqual({ [parks]: 2, [buses]: 1 })
  })

  it('ranks ties together and draws no bars when nobody voted', () => {
    expect(rankRows([{ itemId: 'a', label: 'A', votes: 0 }])).toEqual([
      { itemId: 'a', label: 'A', votes: 0, share: 0, rank: 1 },
    ])
  })
})
