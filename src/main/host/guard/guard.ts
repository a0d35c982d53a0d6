// The host's session guard: decides, struct by struct, what of an incoming update may enter the
// workshop, before it is applied.
//
// Who wrote a struct: its Yjs client id, bound (signed) to a user in the document or in the same
// update. Who sent it: the connection's user, proven by the handshake (handshake.ts). Outcomes:
//   allow   - applied as sent.
//   refuse  - nobody allowed could have written it (a participant's lock, a dot over someone
//             else's ballot, an edit of a locked board): integrated as a deleted tombstone and the
//             previous value re-set (rewrite.ts), the sender told why.
//   strip   - it may be legitimate but not from this connection (a facilitator's content relayed
//             by another peer, privileged content sent before the handshake finished, content
//             whose dependencies the host lacks): left out, as if not yet received. The author's
//             own connection delivers it, or the sender re-sends it after the handshake.
// Deletions carry no author in Yjs: they are judged by the connection's user. A deletion that
// comes with a write of the same key (an overwrite) shares the write's outcome.
import * as Y from 'yjs'
import { PREFIX, parseBinding, sessionOwner, trustOf } from '../../../shared/model/index.ts'
import { DecodedUpdate, Locator, docItemLocation, locKey, type Loc, type Struct } from './locate.ts'
import { Policy, type Requirement, type UpdateFacts } from './policy.ts'
import { Compensation, addRange, encodeUpdate, type Ranges } from './rewrite.ts'

type Outcome = 'allow' | 'refuse' | 'strip'

export interface GuardVerdict {
  /** What to apply: the original bytes when nothing changed; null when nothing is left. */
  update: Uint8Array | null
  /** The update differs from what was sent. */
  changed: boolean
  /** Why things were refused (plain words, deduplicated). */
  refused: string[]
  /** How many structs were left out (stripped). */
  stripped: number
  /** Something was left out because the host lacks what it builds on: ask the sender to resync. */
  missing: boolean
  /** Entries to restore, in the same transaction, after applying. */
  compensations: Compensation[]
}

function lastValue(item: Y.Item): unknown {
  return item.content instanceof Y.ContentAny
    ? item.content.arr[item.content.arr.length - 1]
    : undefined
}

export class SessionGuard {
  readonly doc: Y.Doc

  constructor(doc: Y.Doc) {
    this.doc = doc
  }

  /** The session owner as this host sees it (pinned to the host's identity). */
  get ownerId(): string | undefined {
    return sessionOwner(this.doc)
  }

  /** Judges `update` sent by a connection whose proven user is `sender` (undefined: not proven). */
  inspect(update: Uint8Array, sender: string | undefined): GuardVerdict {
    const doc = this.doc
    const decoded = new DecodedUpdate(update)
    const trust = trustOf(doc)
    const policy = new Policy(doc, trust)
    const outcome = new Map<Struct, Outcome>()
    const why = new Map<Struct, string>()
    let missing = false

    // 1. Which structs are new; a gap in a client's clocks (or a Skip) leaves the rest pending.
    const fresh: Y.Item[] = []
    for (const [client, run] of decoded.byClient) {
      let expected = Y.getState(doc.store, client)
      let cut = false
      for (const s of run) {
        if (cut) {
          outcome.set(s, 'strip')
          continue
        }
        if (s.id.clock + s.length <= expected) continue
        if (s instanceof Y.Skip || s.id.clock > expected) {
          cut = true
          missing = true
          outcome.set(s, 'strip')
          continue
        }
        expected = s.id.clock + s.length
        if (s instanceof Y.Item) fresh.push(s)
        else outcome.set(s, 'allow')
      }
    }

    // 2. Facts about the update (entities it creates, fields and bindings it writes).
    const locator = new Locator(doc, decoded, (s) => outcome.get(s) === 'strip')
    const facts: UpdateFacts = { newEntities: new Set(), newFields: new Map(), bindings: new Map() }
    const located = new Map<Y.Item, { loc: Loc; hostParent: unknown }>()
    for (const item of fresh) {
      const r = locator.locate(item)
      if (r.kind === 'missing') {
        missing = true
        outcome.set(item, 'strip')
        continue
      }
      if (r.kind === 'void') {
        outcome.set(item, 'allow')
        continue
      }
      located.set(item, r)
      const { root, path } = r.loc
      if (path.length === 1 && item.content instanceof Y.ContentType)
        facts.newEntities.add(`${root}\u0000${path[0]}`)
      if (path.length === 2 && item.content instanceof Y.ContentAny) {
        const k = `${root}\u0000${path[0]}`
        let fields = facts.newFields.get(k)
        if (fields === undefined) facts.newFields.set(k, (fields = new Map()))
        fields.set(path[1] ?? '', lastValue(item))
      }
      const key = path[0] ?? ''
      if (root === 'session' && path.length === 1 && key.startsWith(PREFIX.client)) {
        const clientId = Number(key.slice(PREFIX.client.length))
        const value = lastValue(item)
        const binding = parseBinding(value)
        if (
          binding !== undefined &&
          policy.bindingProblem(clientId, item.id.client, value) === undefined
        )
          facts.bindings.set(clientId, binding.userId)
      }
    }
    const authorOf = (client: number): string | undefined =>
      trust.userOfClient(client) ?? facts.bindings.get(client)

    // 3. Judge each located write.
    for (const [item, { loc }] of located) {
      const req = policy.write(loc, lastValue(item), item.id.client, facts)
      const verdict = this.judgeWrite(policy, req, authorOf(item.id.client), sender, item.id.client)
      outcome.set(item, verdict.outcome)
      if (verdict.why !== undefined) why.set(item, verdict.why)
    }

    // 4. What is left out takes along the rest of its client's run and whatever builds on it.
    for (let changed = true; changed;) {
      changed = false
      for (const run of decoded.byClient.values()) {
        let cut = false
        for (const s of run) {
          if (cut && outcome.get(s) !== 'strip') {
            outcome.set(s, 'strip')
            changed = true
          }
          if (outcome.get(s) === 'strip') cut = true
        }
      }
      const again = new Locator(doc, decoded, (s) => outcome.get(s) === 'strip')
      for (const item of fresh) {
        if (outcome.get(item) === 'strip') continue
        if (again.locate(item).kind === 'missing') {
          outcome.set(item, 'strip')
          missing = true
          changed = true
        }
      }
    }

    // 5. Deletions.
    const writesAt = new Map<string, Outcome[]>()
    for (const [item, { loc }] of located) {
      if (loc.path[loc.path.length - 1] === '[]') continue
      const k = locKey(loc)
      writesAt.set(k, [...(writesAt.get(k) ?? []), outcome.get(item) ?? 'allow'])
    }
    const deletes: Ranges = new Map()
    const compensations: Compensation[] = []
    const reasons = new Set<string>()
    let dropped = false
    for (const [client, items] of decoded.ds.clients) {
      const hostState = Y.getState(doc.store, client)
      const hostStructs = doc.store.clients.get(client) ?? []
      const run = decoded.byClient.get(client) ?? []
      for (const { clock, len } of items) {
        const end = clock + len
        // The part the host has.
        if (clock < hostState) {
          let i = Y.findIndexSS(hostStructs, clock)
          for (; i < hostStructs.length; i++) {
            const s = hostStructs[i]
            if (s === undefined || s.id.clock >= Math.min(end, hostState)) break
            const from = Math.max(clock, s.id.clock)
            const to = Math.min(end, s.id.clock + s.length, hostState)
            if (!(s instanceof Y.Item) || s.deleted) {
              addRange(deletes, client, from, to - from)
              continue
            }
            const r = docItemLocation(s)
            if (r.kind !== 'located') {
              addRange(deletes, client, from, to - from)
              continue
            }
            const paired = writesAt.get(locKey(r.loc))
            let out: Outcome
            let reason: string | undefined
            if (paired !== undefined)
              out = paired.includes('allow')
                ? 'allow'
                : paired.includes('strip')
                  ? 'strip'
                  : 'refuse'
            else {
              const req = policy.delete(r.loc, facts)
              if (policy.satisfies(req, sender)) out = 'allow'
              else if (sender === undefined && req.kind !== 'never') out = 'strip'
              else {
                out = 'refuse'
                reason = 'why' in req ? req.why : undefined
              }
            }
            if (out === 'allow') addRange(deletes, client, from, to - from)
            else {
              dropped = true
              if (out === 'refuse') {
                if (reason !== undefined) reasons.add(reason)
                const key = r.loc.path[r.loc.path.length - 1] ?? '[]'
                if (s.parent instanceof Y.Map && key !== '[]')
                  compensations.push(new Compensation(s.parent, key, true))
              }
            }
          }
        }
        // The part this update brings: deleted along with the struct's own outcome.
        for (const s of run) {
          const from = Math.max(clock, hostState, s.id.clock)
          const to = Math.min(end, s.id.clock + s.length)
          if (to <= from) continue
          if (outcome.get(s) === 'strip') dropped = true
          else addRange(deletes, client, from, to - from)
        }
        // Beyond both: a deletion of content nobody has yet would wait in Yjs and hit it on
        // arrival, unjudged. Dropped.
        const known = Math.max(hostState, ...run.map((s) => s.id.clock + s.length))
        if (end > known) dropped = true
      }
    }

    // 6. Refused writes become deleted tombstones with their previous value restored.
    let stripped = 0
    let refusedAny = false
    const runs = new Map<number, Struct[]>()
    for (const [client, run] of decoded.byClient) {
      const kept: Struct[] = []
      for (const s of run) {
        const o = outcome.get(s) ?? 'allow'
        if (o === 'strip') {
          stripped++
          continue
        }
        kept.push(s)
        if (o === 'refuse' && s instanceof Y.Item) {
          refusedAny = true
          const from = Math.max(s.id.clock, Y.getState(doc.store, client))
          addRange(deletes, client, from, s.id.clock + s.length - from)
          const reason = why.get(s)
          if (reason !== undefined) reasons.add(reason)
          const at = located.get(s)
          const key = s.parentSub ?? at?.loc.path[at.loc.path.length - 1]
          if (at?.hostParent instanceof Y.Map && key !== undefined && key !== '[]')
            compensations.push(new Compensation(at.hostParent, key, false))
        }
      }
      if (kept.length > 0) runs.set(client, kept)
    }
    const changed = stripped > 0 || refusedAny || dropped || reasons.size > 0
    const hasContent = runs.size > 0 || deletes.size > 0
    return {
      update: !changed ? update : hasContent ? encodeUpdate(runs, deletes) : null,
      changed,
      refused: [...reasons],
      stripped,
      missing,
      compensations: dedupe(compensations),
    }
  }

  private judgeWrite(
    policy: Policy,
    req: Requirement,
    author: string | undefined,
    sender: string | undefined,
    client: number,
  ): { outcome: Outcome; why?: string } {
    if (client === this.doc.clientID)
      return { outcome: 'strip', why: "content in the host's own name" }
    if (req.kind === 'anyone') {
      // A facilitator's client id in someone else's update: relayed, or an impostor using the
      // id to take its clock slots. Only the facilitator's own connection may bring it.
      if (author !== undefined && author !== sender && policy.trust.isFacilitator(author))
        return { outcome: 'strip', why: "a facilitator's content relayed by someone else" }
      return { outcome: 'allow' }
    }
    if (!policy.satisfies(req, author))
      return { outcome: 'refuse', why: 'why' in req ? req.why : undefined }
    if (author !== sender)
      return { outcome: 'strip', why: "privileged content not sent by its author's own connection" }
    return { outcome: 'allow' }
  }
}

function dedupe(list: Compensation[]): Compensation[] {
  const seen = new Map<Y.Map<unknown>, Set<string>>()
  const out: Compensation[] = []
  for (const c of list) {
    let keys = seen.get(c.map)
    if (keys === undefined) seen.set(c.map, (keys = new Set()))
    if (keys.has(c.key)) {
      // Keep the forcing one if any.
      if (c.force) {
        const i = out.findIndex((o) => o.map === c.map && o.key === c.key)
        if (i >= 0) out[i] = c
      }
      continue
    }
    keys.add(c.key)
    out.push(c)
  }
  return out
}

/** The transaction origin of a guarded apply that changed the update: echoed to its sender too. */
export const GUARD_ORIGIN: object = Object.freeze({ tavolo: 'session-guard' })

export interface GuardOutcome {
  refused: string[]
  stripped: number
  missing: boolean
}

/**
 * Applies what `verdict` keeps, then its compensations. The origin is the connection when nothing
 * was refused (the sender already has all of it), else GUARD_ORIGIN so that the sender receives
 * the tombstones and restored values as well.
 *
 * Two transactions, not one: Yjs marks a transaction that applies a remote update as non-local,
 * and a non-local transaction in which the document's own client id writes makes Yjs assume a
 * client-id clash and pick a new id for the host (whose binding would then be missing). The
 * tombstones and the restored values leave the host in the same relay batch, after one flush.
 */
export function applyVerdict(doc: Y.Doc, verdict: GuardVerdict, connection: unknown): void {
  const origin =
    verdict.refused.length > 0 || verdict.compensations.length > 0 ? GUARD_ORIGIN : connection
  for (const c of verdict.compensations) c.take()
  if (verdict.update !== null) Y.applyUpdate(doc, verdict.update, origin)
  if (verdict.compensations.length > 0)
    doc.transact(() => {
      for (const c of verdict.compensations) c.restore()
    }, origin)
}
