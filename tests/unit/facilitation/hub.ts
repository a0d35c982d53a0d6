// An in-memory host for guard tests: the host's document behind a real SessionGuard, peers that
// send their updates through it and receive what the host emits (the sender gets the guard's
// corrections too, exactly as src/main/host/syncRoom.ts relays them).
import * as Y from 'yjs'
import {
  SessionGuard,
  applyVerdict,
  GUARD_ORIGIN,
  type GuardVerdict,
} from '../../../src/main/host/guard/index.ts'
import {
  bindClient,
  pinSessionOwner,
  type SessionIdentity,
} from '../../../src/shared/model/index.ts'
import { owner } from './helpers.ts'

export interface HubPeer {
  doc: Y.Doc
  /** The proven user of this peer's connection (undefined: no handshake yet). */
  user: string | undefined
  refusals: string[][]
}

const FROM_HUB = Symbol('from hub')

export class Hub {
  readonly host: Y.Doc
  readonly guard: SessionGuard
  readonly peers: HubPeer[] = []

  constructor(host: Y.Doc) {
    this.host = host
    pinSessionOwner(host, owner.userId)
    this.guard = new SessionGuard(host)
    host.on('update', (update: Uint8Array, origin: unknown) => {
      for (const p of this.peers)
        if (origin === GUARD_ORIGIN || origin !== p) Y.applyUpdate(p.doc, update, FROM_HUB)
    })
  }

  /** A new peer with the host's state, bound to `who` (its binding sent through the guard). */
  join(who: SessionIdentity | undefined, options: { authenticated?: boolean } = {}): HubPeer {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.host), FROM_HUB)
    const peer: HubPeer = {
      doc,
      user: options.authenticated === false ? undefined : who?.userId,
      refusals: [],
    }
    this.peers.push(peer)
    if (who !== undefined) this.edit(peer, () => bindClient(doc, who))
    return peer
  }

  /** Delivers `update` from `peer`'s connection to the host. */
  send(peer: HubPeer, update: Uint8Array): GuardVerdict {
    const verdict = this.guard.inspect(update, peer.user)
    applyVerdict(this.host, verdict, peer)
    if (verdict.refused.length > 0) peer.refusals.push(verdict.refused)
    return verdict
  }

  /** Runs `edit` on the peer's doc and sends what it produced. */
  edit(peer: HubPeer, edit: () => void): GuardVerdict {
    return this.send(peer, captureLocal(peer.doc, edit))
  }
}

/** What `edit` wrote on `doc` itself (not what the hub delivered meanwhile), as one update. */
export function captureLocal(doc: Y.Doc, edit: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const on = (u: Uint8Array, origin: unknown): void => {
    if (origin !== FROM_HUB) updates.push(u)
  }
  doc.on('update', on)
  try {
    edit()
  } finally {
    doc.off('update', on)
  }
  return Y.mergeUpdates(updates)
}
