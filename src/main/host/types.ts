import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import type { SessionIdentity } from '../../shared/model/index.ts'

/**
 * What the host needs from the open workshop file. `WorkshopFile` (src/main/store) satisfies it:
 * `doc` is live and every update it emits is appended to the file's log; `flush()` commits what
 * is pending. The host relays nothing before `flush()` returned (see syncRoom.ts).
 */
export type HostedFile = {
  readonly doc: Y.Doc
  flush(): void
}

/** What `GET /api/session` reports; read on every request because the title is co-edited. */
export type WorkshopSummary = { id: string; title: string }

export type HostLimits = {
  /** Largest sync frame accepted (bytes); a larger one closes the connection (ws code 1009). */
  maxSyncFrameBytes: number
  /** Largest signaling frame accepted (bytes). */
  maxSignalFrameBytes: number
  /** Open WebSocket connections (sync + signaling) per remote address. */
  maxConnectionsPerIp: number
  /** Open WebSocket connections in total. */
  maxConnections: number
  /** Token bucket per connection: burst size and refill per second, in messages. */
  messageBurst: number
  messagesPerSecond: number
  /** Token bucket per connection in bytes (large initial syncs fit in the burst). */
  byteBurst: number
  bytesPerSecond: number
  /** Awareness client ids one connection may speak for. */
  maxAwarenessClientsPerConnection: number
  /** Topics one signaling connection may subscribe to, and the longest topic name. */
  maxTopicsPerConnection: number
  maxTopicLength: number
  /** A connection whose unsent output grows past this is dropped (it resyncs on reconnect). */
  maxBufferedBytes: number
  /** Failed authentications per remote address per minute before answering 429. */
  authFailuresPerMinute: number
  /** Keep-alive: ping every interval, drop a connection that did not answer the previous ping. */
  pingIntervalMs: number
}

export type HostOptions = {
  file: HostedFile
  /** Interface to listen on, e.g. '0.0.0.0' for the venue LAN. Default '127.0.0.1'. */
  host?: string
  /** 0 picks any free port. Default 0. */
  port?: number
  /** Join token; generated when absent. */
  token?: string
  /** Built renderer; default `out/renderer` in the repository. */
  staticDir?: string
  /** Workshop id and title; default reads them from the document through the model. */
  workshop?: () => WorkshopSummary
  limits?: Partial<HostLimits>
  /**
   * The owner's identity. When given, the host runs the session guard (guard/): it records this
   * user as the session's owner, proves connections' users with a handshake and refuses updates
   * that break the session's rules (locked boards, facilitator-only settings, other people's
   * dots). Without it, every update is applied as before.
   */
  identity?: SessionIdentity
  /**
   * With `identity`: the key of the facilitator link (facilitatorKey.ts); generated when absent.
   * The browser that presents it is made a facilitator by the owner.
   */
  facilitatorKey?: string
  /**
   * Serve the Yjs sync endpoint (default true). False leaves only the web app, `/api/session` and
   * signaling: peers then exchange the document over y-webrtc alone (tests of that path).
   */
  sync?: boolean
  /** Diagnostics (refused requests, dropped connections); default: silent. */
  onEvent?: (event: HostEvent) => void
}

export type HostEvent =
  | { kind: 'refused'; reason: string; remote: string; path: string }
  | { kind: 'dropped'; reason: string; remote: string; endpoint: 'sync' | 'signal' }
  | { kind: 'flush-failed'; error: unknown }
  /** The session guard refused or left out part of an update (identity set). */
  | { kind: 'guarded'; remote: string; userId?: string; refused: string[]; stripped: number }

export type ParticipantConnection = {
  /** Awareness client ids this connection speaks for (normally one: the peer's doc.clientID). */
  clientIds: number[]
  remote: string
  /** The user this connection proved it writes for (session guard on), if any. */
  userId?: string
}

export type Host = {
  /** The join URL, `http://HOST:PORT/?token=T`. */
  readonly url: string
  readonly host: string
  readonly port: number
  readonly token: string
  /**
   * With an owner identity: the facilitator link (the join URL with `#facilitator=KEY`) and its
   * key. Whoever opens it becomes a facilitator: give it only to the person running the session.
   */
  readonly facilitatorUrl?: string
  readonly facilitatorKey?: string
  readonly awareness: Awareness
  /** Replaces the token (generated when absent), drops every connection made with the old one. */
  rotateToken(next?: string): string
  /** Disconnects the sync connection that speaks for this awareness client id. */
  removeParticipant(clientId: number): boolean
  participants(): ParticipantConnection[]
  /**
   * Also serves the session on one LAN address (a second server, same handlers, token, guard and
   * limits), so that laptops on that network can join while the main server stays where it is.
   * Port: the host's own by default. Replaces an earlier share; refuses invalid, wildcard and
   * loopback addresses. Resolves to the LAN join URL `http://ADDRESS:PORT/?token=T`.
   */
  shareOn(address: string, port?: number): Promise<{ url: string }>
  /** Stops the LAN server and ends the connections made through it. */
  stopSharing(): Promise<void>
  /** The LAN join URL while shared (it follows a rotated token), else null. */
  readonly shared: string | null
  /** Closes every socket and the server, flushes the file; the caller still owns (and closes) it. */
  close(): Promise<void>
}
