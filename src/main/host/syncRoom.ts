// The host as a Yjs peer: one room around the open workshop file's document. Peers speak the
// y-websocket protocol (syncMessages.ts). Incoming updates are applied to `file.doc` with the
// connection as origin; the store persists what the doc then emits, never the peer's bytes.
//
// Acknowledgement rule: nothing derived from the document (relayed updates, sync step 2 replies)
// leaves the host before `file.flush()` has returned. Outgoing document messages wait in an
// outbox that is drained once per event-loop turn: flush (one SQLite commit for the whole
// batch), then send. So any update a peer has seen through the host is already in the file,
// and a host killed at any moment loses only updates nobody saw through it, which the authors'
// own copies still hold and send again on reconnect (sync step 1/2).
import * as Y from 'yjs'
import type { RawData } from 'ws'
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { ConnectionRate } from './limits.ts'
import {
  decodeMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
} from './syncMessages.ts'
import type { HostEvent, HostedFile, HostLimits, ParticipantConnection } from './types.ts'
import { CLOSE, rawToBytes, type TrackedSocket } from './sockets.ts'
import { applyVerdict, Handshake, type SessionGuard } from './guard/index.ts'
import { encodeRefusal, encodeTavolo, type TavoloMessage } from '../../shared/model/session/wire.ts'
import { isFacilitator, roleOf } from '../../shared/model/index.ts'
import {
  encodeAdminReply,
  type AdminReply,
  type AdminRequest,
} from '../../shared/model/session/adminWire.ts'

/**
 * Carries out a facilitator's request (startHost.ts: rotate the token, drop a user's connections).
 * Called only for a connection whose proven user is a facilitator in the host's document; `send`
 * delivers the reply before the handler drops any connection, the requester's included.
 */
export type AdminHandler = (
  request: AdminRequest,
  requester: { userId: string; send: (reply: AdminReply) => void },
) => void

type SyncConnection = TrackedSocket & {
  /** Awareness client ids this connection added; removed from awareness when it closes. */
  clientIds: Set<number>
  rate: ConnectionRate
  /** Who this connection proved it writes for (session guard only). */
  handshake: Handshake
  /** The host's state vector when this connection was last asked to resync (no loops). */
  resyncedAt: string | null
}

type OutboxEntry = { message: Uint8Array; to: SyncConnection | null; except: SyncConnection | null }

export class SyncRoom {
  readonly awareness: Awareness
  private readonly file: HostedFile
  private readonly limits: HostLimits
  private readonly onEvent: (event: HostEvent) => void
  private readonly connections = new Set<SyncConnection>()
  private outbox: OutboxEntry[] = []
  private drainScheduled = false
  private closed = false
  /** Sync step 2 for a peer that has nothing yet (everyone joining at the start of a session). */
  private fullState: Uint8Array | null = null
  /** The session guard (null: every update is applied as sent). */
  private readonly guard: SessionGuard | null
  private readonly workshopId: () => string
  /** Facilitator requests; null: refused (no session guard, or not wired). */
  adminHandler: AdminHandler | null = null
  /**
   * People the facilitator removed: a connection that proves it is one of them is closed (4403)
   * at the handshake, so that a removed page's automatic reconnect (or a reload) does not bring
   * them straight back. Kept while this host runs; the facilitator can let them back in.
   */
  readonly removedUsers = new Set<string>()

  constructor(
    file: HostedFile,
    limits: HostLimits,
    onEvent: (event: HostEvent) => void,
    guard: SessionGuard | null = null,
    workshopId: () => string = () => '',
  ) {
    this.file = file
    this.limits = limits
    this.onEvent = onEvent
    this.guard = guard
    this.workshopId = workshopId
    this.awareness = new Awareness(file.doc)
    // The host itself has no presence unless the facilitator's app sets one.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
    file.doc.on('update', this.onDocUpdate)
  }

  get size(): number {
    return this.connections.size
  }

  add(tracked: TrackedSocket): void {
    const conn: SyncConnection = Object.assign(tracked, {
      clientIds: new Set<number>(),
      rate: new ConnectionRate(this.limits),
      handshake: new Handshake(),
      resyncedAt: null,
    })
    this.connections.add(conn)
    const { socket } = conn
    socket.on('message', (data: RawData, isBinary: boolean) => this.onMessage(conn, data, isBinary))
    socket.on('close', () => this.forget(conn))
    // The state vector reveals no content, so step 1 need not wait for a flush.
    this.sendNow(conn, encodeSyncStep1(this.file.doc))
    const states = this.awareness.getStates()
    if (states.size > 0) this.sendNow(conn, encodeAwareness(this.awareness, [...states.keys()]))
  }

  participants(): ParticipantConnection[] {
    return [...this.connections].map((c) => ({
      clientIds: [...c.clientIds],
      remote: c.remote,
      ...(c.handshake.user !== undefined && { userId: c.handshake.user }),
    }))
  }

  /** Closes every connection matching `which`; answers how many. */
  drop(
    which: (conn: TrackedSocket & { clientIds: ReadonlySet<number> }) => boolean,
    code: number,
    reason: string,
  ): number {
    let count = 0
    for (const conn of [...this.connections]) {
      if (which(conn)) {
        this.close(conn, code, reason)
        count++
      }
    }
    return count
  }

  /** Closes every socket and flushes what is pending; leaves the file open. */
  shutdown(): void {
    if (this.closed) return
    for (const conn of [...this.connections]) this.close(conn, CLOSE.goingAway, 'host closing')
    this.file.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.outbox = []
    this.closed = true
    this.file.flush()
  }

  private onMessage(conn: SyncConnection, data: RawData, isBinary: boolean): void {
    if (!this.connections.has(conn)) return
    const bytes = rawToBytes(data)
    if (!isBinary) return this.offence(conn, CLOSE.protocol, 'text frame on the sync endpoint')
    if (!conn.rate.allow(bytes.byteLength))
      return this.offence(conn, CLOSE.policy, 'message rate limit')
    let message
    try {
      message = decodeMessage(bytes)
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.message : String(error)
      return this.offence(conn, CLOSE.badMessage, `undecodable frame (${reason.slice(0, 80)})`)
    }
    switch (message.kind) {
      case 'sync-step1':
        this.enqueue({
          message: encodeSyncStep2(this.file.doc, message.stateVector),
          to: conn,
          except: null,
        })
        break
      case 'sync-step2':
      case 'update':
        // Also drops the cached full state when the update only became pending (no event).
        this.fullState = null
        try {
          if (this.guard === null) Y.applyUpdate(this.file.doc, message.update, conn)
          else this.applyGuarded(conn, this.guard, message.update)
        } catch (error) {
          // Decoded fine but Yjs refused to integrate it (references that do not hold).
          // Whatever was integrated before the throw was emitted and persisted as usual.
          return this.offence(
            conn,
            CLOSE.badMessage,
            `update rejected (${String(error).slice(0, 80)})`,
          )
        }
        break
      case 'awareness': {
        const fresh = new Set(
          message.entries.map((e) => e.clientId).filter((id) => !conn.clientIds.has(id)),
        )
        if (conn.clientIds.size + fresh.size > this.limits.maxAwarenessClientsPerConnection) {
          return this.offence(conn, CLOSE.policy, 'too many awareness clients')
        }
        applyAwarenessUpdate(this.awareness, message.update, conn)
        break
      }
      case 'tavolo':
        if (this.guard !== null) this.onTavolo(conn, message.message)
        break
      case 'admin':
        this.onAdmin(conn, message.request)
        break
      case 'query-awareness':
        this.sendNow(conn, encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
        break
      case 'auth':
      case 'unknown':
        // Tolerated and ignored, like @y/websocket-server (forward compatibility).
        break
    }
  }

  /**
   * Applies what the session guard keeps of an update (guard/guard.ts). A refusal is told to the
   * sender; its view is corrected by the update this transaction emits, which goes to everyone,
   * the sender included (origin GUARD_ORIGIN). Content left out because the host lacks what it
   * builds on makes the host ask the sender for a resync (once per host state).
   */
  private applyGuarded(conn: SyncConnection, guard: SessionGuard, update: Uint8Array): void {
    const verdict = guard.inspect(update, conn.handshake.user)
    applyVerdict(this.file.doc, verdict, conn)
    if (!verdict.changed) return
    this.onEvent({
      kind: 'guarded',
      remote: conn.remote,
      ...(conn.handshake.user !== undefined && { userId: conn.handshake.user }),
      refused: verdict.refused,
      stripped: verdict.stripped,
    })
    if (verdict.refused.length > 0) this.sendNow(conn, encodeRefusal(verdict.refused))
    if (verdict.missing) this.requestResync(conn)
  }

  private requestResync(conn: SyncConnection): void {
    const sv = Y.encodeStateVector(this.file.doc)
    const key = Buffer.from(sv).toString('base64')
    if (conn.resyncedAt === key) return
    conn.resyncedAt = key
    this.sendNow(conn, encodeSyncStep1(this.file.doc))
  }

  private onTavolo(conn: SyncConnection, message: TavoloMessage): void {
    if (message.kind === 'hello') {
      if (conn.handshake.user !== undefined) return
      const nonce = conn.handshake.challenge()
      this.sendNow(conn, encodeTavolo({ kind: 'challenge', nonce, workshopId: this.workshopId() }))
    } else if (message.kind === 'proof') {
      if (!conn.handshake.prove(this.workshopId(), message.userId, message.sig)) {
        this.sendNow(conn, encodeRefusal(['the identity proof did not verify']))
        return
      }
      if (this.removedUsers.has(message.userId)) {
        this.close(conn, CLOSE.removed, 'removed by the facilitator')
        return
      }
      const role = roleOf(this.file.doc, message.userId)
      this.sendNow(conn, encodeTavolo({ kind: 'welcome', userId: message.userId, role }))
      // What the sender sent before proving who it is may have been left out: ask again.
      conn.resyncedAt = null
      this.requestResync(conn)
    }
  }

  /**
   * A facilitator request: only from a connection whose handshake proved a user who is a
   * facilitator (or the owner) in the host's document. Awareness or a claimed id counts for
   * nothing. A refusal changes nothing, is told to the sender and reported like a guard refusal.
   */
  private onAdmin(conn: SyncConnection, request: AdminRequest): void {
    const userId = conn.handshake.user
    const handler = this.adminHandler
    if (this.guard === null || handler === null || !isFacilitator(this.file.doc, userId)) {
      const reason =
        userId === undefined
          ? 'only a facilitator changes the join code or removes people (identity not proven)'
          : 'only a facilitator changes the join code or removes people'
      this.onEvent({
        kind: 'guarded',
        remote: conn.remote,
        ...(userId !== undefined && { userId }),
        refused: [reason],
        stripped: 0,
      })
      this.sendNow(conn, encodeAdminReply({ op: request.op, ok: false, reason }))
      return
    }
    handler(request, {
      userId: userId ?? '',
      send: (reply) => this.sendNow(conn, encodeAdminReply(reply)),
    })
  }

  /** Closes every connection whose proven user is `userId`; answers how many. */
  dropUser(userId: string, code: number, reason: string): number {
    let count = 0
    for (const conn of [...this.connections]) {
      if (conn.handshake.user === userId) {
        this.close(conn, code, reason)
        count++
      }
    }
    return count
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullState = null
    const except =
      origin instanceof Object && this.connections.has(origin as SyncConnection)
        ? (origin as SyncConnection)
        : null
    this.enqueue({ message: encodeUpdate(update), to: null, except })
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const conn =
      origin instanceof Object && this.connections.has(origin as SyncConnection)
        ? (origin as SyncConnection)
        : null
    if (conn !== null) {
      for (const id of changes.added) conn.clientIds.add(id)
      for (const id of changes.removed) conn.clientIds.delete(id)
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    // Sent to everyone including the author: y-websocket clients count their own echo as a
    // sign of life (they reconnect after 30 s of silence).
    const message = encodeAwareness(this.awareness, changed)
    for (const c of this.connections) this.sendNow(c, message)
  }

  private enqueue(entry: OutboxEntry): void {
    if (this.closed) return
    this.outbox.push(entry)
    if (!this.drainScheduled) {
      this.drainScheduled = true
      setImmediate(this.drain)
    }
  }

  private readonly drain = (): void => {
    this.drainScheduled = false
    if (this.closed) return
    const batch = this.outbox
    this.outbox = []
    try {
      this.file.flush()
    } catch (error) {
      // Not durable, so not relayed. Peers keep their copies; they resync when they reconnect.
      this.onEvent({ kind: 'flush-failed', error })
      for (const conn of [...this.connections])
        this.close(conn, CLOSE.internal, 'host could not save')
      return
    }
    for (const { message, to, except } of batch) {
      if (to !== null) this.sendNow(to, message)
      else for (const conn of this.connections) if (conn !== except) this.sendNow(conn, message)
    }
  }

  private sendNow(conn: SyncConnection, message: Uint8Array): void {
    const { socket } = conn
    if (socket.readyState !== socket.OPEN || !this.connections.has(conn)) return
    if (socket.bufferedAmount > this.limits.maxBufferedBytes) {
      return this.offence(conn, CLOSE.tryAgainLater, 'not reading fast enough')
    }
    socket.send(message, (error) => {
      if (error) this.close(conn, CLOSE.internal, 'send failed')
    })
  }

  private offence(conn: SyncConnection, code: number, reason: string): void {
    this.onEvent({ kind: 'dropped', reason, remote: conn.remote, endpoint: 'sync' })
    this.close(conn, code, reason)
  }

  private close(conn: SyncConnection, code: number, reason: string): void {
    this.forget(conn)
    conn.end(code, reason)
  }

  private forget(conn: SyncConnection): void {
    if (!this.connections.delete(conn)) return
    if (conn.clientIds.size > 0 && !this.closed) {
      removeAwarenessStates(this.awareness, [...conn.clientIds], null)
    }
  }
}
