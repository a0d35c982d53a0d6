// The dot vote as one screen sees it: which vote runs on a board, the dots this person (or the
// proxy the facilitator votes for) has placed and has left, what each card's dot button may do,
// and the results as sorted rows for the bar chart and its table. Computed from the document with
// the model's read functions; the model keeps the rules (limits, stacking, reveal).
import type * as Y from 'yjs'
import { getProxyVoter, voteResults, type Vote } from '../../../shared/model/session/votes.ts'

export type VotePhase = 'voting' | 'revealed' | 'closed'

export interface ResultRow {
  itemId: string
  label: string
  votes: number
  /** Bar length: votes as a share of the most voted item (0..1). */
  share: number
  /** 1 for the most voted; items with equal votes share a rank. */
  rank: number
}

export interface VoteView {
  voteId: string
  boardId: string
  title?: string
  dotsPerPerson: number
  allowStacking: boolean
  phase: VotePhase
  open: boolean
  revealed: boolean
  /** People (and proxies) with at least one dot counted. */
  voters: number
  /** Whose dots the buttons place: this person, or a proxy voter the facilitator acts for. */
  voter: { kind: 'me' } | { kind: 'proxy'; proxyId: string; name: string }
  /** That voter's dots per item, how many are used and left. */
  mine: Readonly<Record<string, number>>
  used: number
  remaining: number
  /** Results this screen may show (everyone once revealed; facilitators always). */
  results: { visible: boolean; rows: ResultRow[]; total: number }
}

/** The vote to show on a board: its latest open vote, else none. */
export function activeVote(votes: readonly Vote[], boardId: string): Vote | undefined {
  return votes.filter((v) => v.boardId === boardId && v.open).at(-1)
}

/** The latest vote of a board whatever its state (for the facilitator's panel). */
export function latestVote(votes: readonly Vote[], boardId: string): Vote | undefined {
  return votes.filter((v) => v.boardId === boardId).at(-1)
}

export function rankRows(
  totals: ReadonlyArray<{ itemId: string; label: string; votes: number }>,
): ResultRow[] {
  const max = totals.reduce((m, r) => Math.max(m, r.votes), 0)
  let rank = 0
  let previous = Number.NaN
  return totals.map((r, i) => {
    if (r.votes !== previous) rank = i + 1
    previous = r.votes
    return {
      itemId: r.itemId,
      label: r.label,
      votes: r.votes,
      share: max === 0 ? 0 : r.votes / max,
      rank,
    }
  })
}

/**
 * The view of `voteId` for `me` (this device's user), placing dots for proxy `proxyId` when the
 * facilitator acts for someone in the room without a device. Undefined when there is no such vote.
 */
export function voteView(
  doc: Y.Doc,
  voteId: string,
  me: string | undefined,
  proxyId?: string,
): VoteView | undefined {
  const own = voteResults(doc, voteId, me)
  if (own === undefined) return undefined
  const proxy = proxyId === undefined ? undefined : getProxyVoter(doc, proxyId)
  const ballot = proxy === undefined ? own : (voteResults(doc, voteId, proxy.id) ?? own)
  const { vote } = own
  const view: VoteView = {
    voteId: vote.id,
    boardId: vote.boardId,
    dotsPerPerson: vote.dotsPerPerson,
    allowStacking: vote.allowStacking,
    phase: !vote.open ? 'closed' : vote.revealed ? 'revealed' : 'voting',
    open: vote.open,
    revealed: vote.revealed,
    voters: own.voters,
    voter:
      proxy === undefined
        ? { kind: 'me' }
        : { kind: 'proxy', proxyId: proxy.id, name: proxy.proxyFor },
    mine: ballot.mine,
    used: ballot.used,
    remaining: ballot.remaining,
    results: {
      visible: own.visible,
      rows: own.visible ? rankRows(own.totals) : [],
      total: own.totals.reduce((n, r) => n + r.votes, 0),
    },
  }
  if (vote.title !== undefined) view.title = vote.title
  return view
}

export type DotRefusal = 'closed' | 'noDotsLeft' | 'oneDotPerCard' | 'noDotHere'

export interface DotControl {
  /** The voter's dots on this item. */
  count: number
  canAdd: boolean
  canRemove: boolean
  /** Why adding is not possible (shown politely instead of failing). */
  addRefusal?: DotRefusal
}

/** What the dot button of one item may do for the current voter. */
export function dotControl(view: VoteView, itemId: string): DotControl {
  const count = view.mine[itemId] ?? 0
  let addRefusal: DotRefusal | undefined
  if (!view.open) addRefusal = 'closed'
  else if (view.remaining <= 0) addRefusal = 'noDotsLeft'
  else if (!view.allowStacking && count >= 1) addRefusal = 'oneDotPerCard'
  const control: DotControl = {
    count,
    canAdd: addRefusal === undefined,
    canRemove: view.open && count > 0,
  }
  if (addRefusal !== undefined) control.addRefusal = addRefusal
  return control
}
