// Dot voting. The facilitator opens a vote on a board; each voter's dots live in ballots that only
// they write (`ballot:<vote>:<voter>:<client>` → Y.Map itemId → count: one ballot per voter and
// Yjs client, so two voters, or one voter on two devices, never write the same map entry).
//
// Limits are enforced twice: castDot/removeDot refuse (ModelError), and the counting itself
// takes, for each voter, their dots in a fixed order (by author client id, then Yjs clock) and
// stops at the limit, one per card when stacking is off. A forged ballot that exceeds the limit,
// or one written by someone else than the voter, gains nothing on any peer.
import * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { newId } from '../ids.ts'
import { ROOT, entities } from '../layout.ts'
import { updateStory } from '../mutations/stories.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getBoard, listBoardStakeholders, listItems } from '../read.ts'
import type { BoardItem } from '../records.ts'
import { isUserId } from './identity.ts'
import { PREFIX, PROXY_ID_PREFIX, ballotKey, parseBallotKey } from './keys.ts'
import { entryItem, sessionMap, trustOf, type Trust } from './trust.ts'
import { compact, parseProxy, parseVote, type ProxyValue, type VoteValue } from './values.ts'
import { checkTime, requireActor, requireFacilitator, writeSession } from './write.ts'

export const MAX_DOTS = 99

export interface Vote extends VoteValue {
  /** The facilitator who wrote the vote's current state. */
  by: string
}

export function getVote(doc: Y.Doc, voteId: string): Vote | undefined {
  const read = trustOf(doc).read(PREFIX.vote + voteId, 'facilitator', parseVote)
  return read.status === 'ok' && read.value.id === voteId
    ? { ...read.value, by: read.by }
    : undefined
}

/** Every vote whose state a facilitator wrote, oldest first. */
export function listVotes(doc: Y.Doc): Vote[] {
  const out: Vote[] = []
  for (const key of sessionMap(doc).keys()) {
    if (!key.startsWith(PREFIX.vote)) continue
    const vote = getVote(doc, key.slice(PREFIX.vote.length))
    if (vote !== undefined) out.push(vote)
  }
  return out.sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1))
}

function stored(vote: Vote): VoteValue {
  const { by: _by, ...value } = vote
  return compact(value)
}

function requireVote(doc: Y.Doc, voteId: string): Vote {
  const vote = getVote(doc, voteId)
  if (vote === undefined) throw new ModelError(`vote: no vote "${voteId}"`, 'voteId')
  return vote
}

export interface OpenVoteInput {
  boardId: string
  dotsPerPerson: number
  allowStacking?: boolean
  title?: string
}

/** Opens a dot vote on a board (facilitators); answers its id. Dots stay hidden until revealed. */
export function openVote(
  doc: Y.Doc,
  input: OpenVoteInput,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireFacilitator(doc, 'vote')
  checkTime(now, 'vote')
  if (getBoard(doc, input.boardId) === undefined)
    throw new ModelError(`vote.boardId: no board "${input.boardId}"`, 'boardId')
  const dots = input.dotsPerPerson
  if (!Number.isInteger(dots) || dots < 1 || dots > MAX_DOTS)
    throw new ModelError(
      `vote.dotsPerPerson: must be a whole number from 1 to ${MAX_DOTS}`,
      'dotsPerPerson',
    )
  if (input.allowStacking !== undefined && typeof input.allowStacking !== 'boolean')
    throw new ModelError('vote.allowStacking: must be true or false', 'allowStacking')
  if (input.title !== undefined && (typeof input.title !== 'string' || input.title.length > 200))
    throw new ModelError('vote.title: must be text of at most 200 characters', 'title')
  const id = newId('v')
  const vote: VoteValue = {
    id,
    boardId: input.boardId,
    dotsPerPerson: dots,
    allowStacking: input.allowStacking ?? false,
    revealed: false,
    open: true,
    openedAt: now,
    title: input.title,
  }
  writeSession(doc, { [PREFIX.vote + id]: compact(vote) }, origin)
  return id
}

/** Shows everyone the totals (facilitators). */
export function revealVote(doc: Y.Doc, voteId: string, origin: unknown = LOCAL_ORIGIN): void {
  requireFacilitator(doc, 'vote')
  const vote = requireVote(doc, voteId)
  writeSession(doc, { [PREFIX.vote + voteId]: { ...stored(vote), revealed: true } }, origin)
}

// ---------------------------------------------------------------------------------------------
// Proxy voters: people in the room without a device; the facilitator places their dots.

export interface ProxyVoter extends ProxyValue {
  by: string
}

export function addProxyVoter(
  doc: Y.Doc,
  proxyFor: string,
  participantId?: string,
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireFacilitator(doc, 'proxy')
  if (typeof proxyFor !== 'string' || proxyFor.trim() === '' || proxyFor.length > 200)
    throw new ModelError('proxy.proxyFor: must be a name of 1 to 200 characters', 'proxyFor')
  if (participantId !== undefined && !entities(doc, ROOT.participants).has(participantId))
    throw new ModelError(`proxy.participantId: no participant "${participantId}"`, 'participantId')
  const id = newId(PROXY_ID_PREFIX.slice(0, -1))
  writeSession(
    doc,
    { [PREFIX.proxy + id]: compact({ id, proxyFor: proxyFor.trim(), participantId }) },
    origin,
  )
  return id
}

export function removeProxyVoter(
  doc: Y.Doc,
  proxyId: string,
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'proxy')
  const proxy = getProxyVoter(doc, proxyId)
  if (proxy === undefined) throw new ModelError(`proxy: no proxy voter "${proxyId}"`, 'proxyId')
  const { by: _by, ...value } = proxy
  writeSession(doc, { [PREFIX.proxy + proxyId]: { ...value, removed: true } }, origin)
}

export function getProxyVoter(doc: Y.Doc, proxyId: string): ProxyVoter | undefined {
  const read = trustOf(doc).read(PREFIX.proxy + proxyId, 'facilitator', parseProxy)
  if (read.status !== 'ok' || read.value.removed === true || read.value.id !== proxyId)
    return undefined
  return { ...read.value, by: read.by }
}

export function listProxyVoters(doc: Y.Doc): ProxyVoter[] {
  const out: ProxyVoter[] = []
  for (const key of sessionMap(doc).keys()) {
    if (!key.startsWith(PREFIX.proxy)) continue
    const proxy = getProxyVoter(doc, key.slice(PREFIX.proxy.length))
    if (proxy !== undefined) out.push(proxy)
  }
  return out.sort((a, b) => a.proxyFor.localeCompare(b.proxyFor) || (a.id < b.id ? -1 : 1))
}

// ---------------------------------------------------------------------------------------------
// Counting

export interface VotableItem {
  itemId: string
  type: BoardItem['type'] | 'stakeholder'
  /** Short text for a chart label. */
  label: string
  /** Position on the board (ties in the results keep the board's order). */
  index: number
}

function labelOf(item: BoardItem): string {
  switch (item.type) {
    case 'story':
      return item.goal !== '' ? item.goal : item.role
    case 'vision':
    case 'firstStep':
      return item.text
    case 'milestone':
      return `${item.year}: ${item.text}`
    case 'relation':
      return item.label ?? ''
  }
}

/** The cards (and placed stakeholders) one can put dots on. */
export function votableItems(doc: Y.Doc, boardId: string): Map<string, VotableItem> {
  const out = new Map<string, VotableItem>()
  for (const item of listItems(doc, boardId))
    out.set(item.id, { itemId: item.id, type: item.type, label: labelOf(item), index: out.size })
  for (const k of listBoardStakeholders(doc, boardId))
    out.set(k.id, { itemId: k.id, type: 'stakeholder', label: k.name, index: out.size })
  return out
}

type DotEntry = { itemId: string; count: number; client: number; clock: number }

/** Whose dots count for whom: voter id → item id → counted dots (within the vote's rules). */
function countDots(
  doc: Y.Doc,
  trust: Trust,
  vote: VoteValue,
  items: ReadonlyMap<string, VotableItem>,
) {
  const session = sessionMap(doc)
  const entriesByVoter = new Map<string, DotEntry[]>()
  for (const key of session.keys()) {
    const parsed = parseBallotKey(key)
    if (parsed === undefined || parsed.voteId !== vote.id) continue
    const { voterId } = parsed
    const isProxy = voterId.startsWith(PROXY_ID_PREFIX)
    if (isProxy ? getProxyVoter(doc, voterId) === undefined : !isUserId(voterId)) continue
    const ballot = session.get(key)
    if (!(ballot instanceof Y.Map)) continue
    for (const itemId of (ballot as Y.Map<unknown>).keys()) {
      if (!items.has(itemId)) continue
      const item = entryItem(ballot as Y.Map<unknown>, itemId)
      const count = (ballot as Y.Map<unknown>).get(itemId)
      if (item === undefined || item.deleted || !Number.isInteger(count) || (count as number) <= 0)
        continue
      const author = trust.userOfClient(item.id.client)
      // A voter's own dots, or a facilitator's (a proxy's dots, or the host restoring a ballot).
      const ok =
        author !== undefined &&
        (isProxy ? trust.isFacilitator(author) : author === voterId || trust.isFacilitator(author))
      if (!ok) continue
      let list = entriesByVoter.get(voterId)
      if (list === undefined) entriesByVoter.set(voterId, (list = []))
      list.push({ itemId, count: count as number, client: item.id.client, clock: item.id.clock })
    }
  }
  const counted = new Map<string, Map<string, number>>()
  for (const [voterId, list] of entriesByVoter) {
    list.sort((a, b) => a.client - b.client || a.clock - b.clock)
    let budget = vote.dotsPerPerson
    const mine = new Map<string, number>()
    for (const entry of list) {
      if (budget <= 0) break
      const already = mine.get(entry.itemId) ?? 0
      const allowed = vote.allowStacking ? entry.count : Math.max(0, 1 - already)
      const take = Math.min(allowed, budget)
      if (take > 0) mine.set(entry.itemId, already + take)
      budget -= take
    }
    if (mine.size > 0) counted.set(voterId, mine)
  }
  return counted
}

export interface VoteTotal extends VotableItem {
  votes: number
}

export interface VoteResults {
  vote: Vote
  /** Whether this viewer may see everyone's dots: revealed, or the viewer is a facilitator. */
  visible: boolean
  /** Every votable item with its total, most votes first (board order on ties); empty when not visible. */
  totals: VoteTotal[]
  /** The viewer's (or proxy's) counted dots per item. */
  mine: Record<string, number>
  used: number
  remaining: number
  /** How many voters have at least one dot counted (shown even before the reveal). */
  voters: number
}

function sortTotals(
  items: ReadonlyMap<string, VotableItem>,
  totals: ReadonlyMap<string, number>,
): VoteTotal[] {
  return [...items.values()]
    .map((item) => ({ ...item, votes: totals.get(item.itemId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
}

/**
 * The results as `viewer` may see them (a user id, or a proxy id for the facilitator's proxy
 * screen). Before the reveal a participant sees only their own dots; facilitators see all. A
 * closed vote shows the totals frozen when it closed.
 */
export function voteResults(doc: Y.Doc, voteId: string, viewer?: string): VoteResults | undefined {
  const vote = getVote(doc, voteId)
  if (vote === undefined) return undefined
  const trust = trustOf(doc)
  const items = votableItems(doc, vote.boardId)
  const counted = countDots(doc, trust, vote, items)
  const totals = new Map<string, number>()
  if (vote.final !== undefined) for (const [id, n] of Object.entries(vote.final)) totals.set(id, n)
  else
    for (const dots of counted.values())
      for (const [id, n] of dots) totals.set(id, (totals.get(id) ?? 0) + n)
  const facilitatorView =
    viewer !== undefined && !viewer.startsWith(PROXY_ID_PREFIX) && trust.isFacilitator(viewer)
  const visible = vote.revealed || facilitatorView
  const mineMap = viewer === undefined ? undefined : counted.get(viewer)
  const mine = Object.fromEntries(mineMap ?? [])
  const used = [...(mineMap?.values() ?? [])].reduce((a, b) => a + b, 0)
  return {
    vote,
    visible,
    totals: visible ? sortTotals(items, totals) : [],
    mine,
    used,
    remaining: Math.max(0, vote.dotsPerPerson - used),
    voters: counted.size,
  }
}

// ---------------------------------------------------------------------------------------------
// Casting

function voterFor(doc: Y.Doc, proxyId: string | undefined): string {
  const actor = requireActor(doc)
  if (proxyId === undefined) return actor
  requireFacilitator(doc, 'vote')
  if (getProxyVoter(doc, proxyId) === undefined)
    throw new ModelError(`vote: no proxy voter "${proxyId}"`, 'proxyId')
  return proxyId
}

function requireOpen(doc: Y.Doc, voteId: string): Vote {
  const vote = requireVote(doc, voteId)
  if (!vote.open) throw new ModelError('vote: this vote is closed', 'voteId')
  return vote
}

/** Puts one dot on `itemId` for this device's user, or for proxy `proxyId` (facilitators). */
export function castDot(
  doc: Y.Doc,
  voteId: string,
  itemId: string,
  options: { proxyId?: string } = {},
  origin: unknown = LOCAL_ORIGIN,
): void {
  const vote = requireOpen(doc, voteId)
  const voterId = voterFor(doc, options.proxyId)
  const items = votableItems(doc, vote.boardId)
  if (!items.has(itemId))
    throw new ModelError(`vote: "${itemId}" is not on this vote's board`, 'itemId')
  const mine = countDots(doc, trustOf(doc), vote, items).get(voterId) ?? new Map<string, number>()
  const used = [...mine.values()].reduce((a, b) => a + b, 0)
  if (used >= vote.dotsPerPerson)
    throw new ModelError(`vote: no dots left (${vote.dotsPerPerson} per person)`, 'dotsPerPerson')
  if (!vote.allowStacking && (mine.get(itemId) ?? 0) >= 1)
    throw new ModelError('vote: one dot per card in this vote (stacking is off)', 'allowStacking')
  doc.transact(() => {
    const session = sessionMap(doc)
    const key = ballotKey(voteId, voterId, doc.clientID)
    let ballot = session.get(key)
    if (!(ballot instanceof Y.Map)) {
      ballot = new Y.Map<unknown>()
      session.set(key, ballot)
    }
    const map = ballot as Y.Map<unknown>
    const current = map.get(itemId)
    map.set(
      itemId,
      (Number.isInteger(current) && (current as number) > 0 ? (current as number) : 0) + 1,
    )
  }, origin)
}

/** Takes one of this voter's dots off `itemId` (this device's ballot first). */
export function removeDot(
  doc: Y.Doc,
  voteId: string,
  itemId: string,
  options: { proxyId?: string } = {},
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireOpen(doc, voteId)
  const voterId = voterFor(doc, options.proxyId)
  const session = sessionMap(doc)
  const own = ballotKey(voteId, voterId, doc.clientID)
  const keys = [own, ...[...session.keys()].filter((k) => k !== own).sort()]
  for (const key of keys) {
    const parsed = parseBallotKey(key)
    if (parsed === undefined || parsed.voteId !== voteId || parsed.voterId !== voterId) continue
    const ballot = session.get(key)
    if (!(ballot instanceof Y.Map)) continue
    const count = (ballot as Y.Map<unknown>).get(itemId)
    if (!Number.isInteger(count) || (count as number) <= 0) continue
    // Written as a number, never deleted: a deletion carries no author in Yjs.
    doc.transact(() => (ballot as Y.Map<unknown>).set(itemId, (count as number) - 1), origin)
    return
  }
  throw new ModelError('vote: no dot of yours on this card', 'itemId')
}

/**
 * Closes the vote (facilitators): freezes and reveals the totals, and writes each story's total
 * into its `votes` field (the interchange `votes`; 0 for stories without dots). Answers the totals.
 */
export function closeVote(
  doc: Y.Doc,
  voteId: string,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): VoteTotal[] {
  requireFacilitator(doc, 'vote')
  checkTime(now, 'vote')
  const vote = requireOpen(doc, voteId)
  const items = votableItems(doc, vote.boardId)
  const totals = new Map<string, number>()
  for (const dots of countDots(doc, trustOf(doc), vote, items).values())
    for (const [id, n] of dots) totals.set(id, (totals.get(id) ?? 0) + n)
  const final = Object.fromEntries(
    [...totals].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1)),
  )
  doc.transact(() => {
    writeSession(
      doc,
      {
        [PREFIX.vote + voteId]: {
          ...stored(vote),
          open: false,
          revealed: true,
          closedAt: now,
          final,
        },
      },
      origin,
    )
    for (const item of items.values()) {
      if (item.type !== 'story') continue
      updateStory(doc, item.itemId, { votes: totals.get(item.itemId) ?? 0 }, origin)
    }
  }, origin)
  return sortTotals(items, totals)
}
