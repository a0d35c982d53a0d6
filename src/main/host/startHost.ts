// The session host: one HTTP server on one port for the web app, `/api/session`, the Yjs sync
// endpoint (`/sync/<workshopId>`) and y-webrtc signaling (`/signal`), all behind the join token.
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { Duplex } from 'node:stream'
import { isIP, type AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { WebSocketServer, type WebSocket } from 'ws'
import {
  claimOwnership,
  getWorkshopInfo,
  initSession,
  pinSessionOwner,
  sessionOwner,
} from '../../shared/model/index.ts'
import { SessionGuard } from './guard/index.ts'
import {
  FACILITATOR_HEADER,
  FACILITATOR_PATH,
  facilitatorKeyMatches,
  facilitatorUrl,
  generateFacilitatorKey,
  grantFacilitator,
} from './facilitatorKey.ts'
import { applySecurityHeaders, safeHostHeader, securityHeaders } from './headers.ts'
import { AddressCounter, FailureWindow, resolveLimits } from './limits.ts'
import { SignalingHub } from './signaling.ts'
import { CLOSE, heartbeat, trackSocket, type TrackedSocket } from './sockets.ts'
import { checkStaticDir, defaultStaticDir, findStaticFile } from './staticFiles.ts'
import { SyncRoom } from './syncRoom.ts'
import {
  checkTokenChoice,
  generateToken,
  presentedTokens,
  sessionCookie,
  tokenMatches,
} from './token.ts'
import type { Host, HostEvent, HostOptions, WorkshopSummary } from './types.ts'

export const SYNC_PATH = '/sync'
export const SIGNAL_PATH = '/signal'

export async function startHost(options: HostOptions): Promise<Host> {
  const { file } = options
  const limits = resolveLimits(options.limits)
  const staticRoot = checkStaticDir(options.staticDir ?? defaultStaticDir())
  const onEvent = options.onEvent ?? ((_event: HostEvent) => {})
  const workshop: () => WorkshopSummary = options.workshop ?? (() => getWorkshopInfo(file.doc))
  const listenHost = options.host ?? '127.0.0.1'
  const syncEnabled = options.sync ?? true

  let token = options.token === undefined ? generateToken() : checkTokenChoice(options.token)
  let generation = 0
  let port = 0

  let guard: SessionGuard | null = null
  const identity = options.identity
  if (identity !== undefined) {
    // The host's user owns the session: recorded in the document (first time, or taking over a
    // copied file) and pinned, so that no document edit can make anyone else the owner here.
    initSession(file.doc, identity)
    pinSessionOwner(file.doc, undefined)
    if (sessionOwner(file.doc) !== identity.userId) claimOwnership(file.doc, identity)
    pinSessionOwner(file.doc, identity.userId)
    file.flush()
    guard = new SessionGuard(file.doc)
  }
  const facilitatorKey =
    identity === undefined ? undefined : (options.facilitatorKey ?? generateFacilitatorKey())

  const room = new SyncRoom(file, limits, onEvent, guard, () => workshop().id)
  const signaling = new SignalingHub(limits, onEvent)
  const sockets = new Set<TrackedSocket>()
  /** Which server (main or LAN) each socket came through: stopSharing ends the LAN ones. */
  const arrivedOn = new WeakMap<TrackedSocket, Server>()
  const perAddress = new AddressCounter()
  const failures = new FailureWindow()
  const syncServer = new WebSocketServer({ noServer: true, maxPayload: limits.maxSyncFrameBytes })
  const signalServer = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxSignalFrameBytes,
  })

  const remoteOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown'
  const hostHeaderOf = (req: IncomingMessage): string =>
    safeHostHeader(req.headers.host, `${urlHost(listenHost)}:${port}`)

  /** Which way the request proved it holds the current token, or null. */
  function authenticate(
    req: IncomingMessage,
    url: URL,
    upgrade: boolean,
  ): 'query' | 'header' | 'cookie' | null {
    for (const presented of presentedTokens(req, url, port)) {
      if (presented.via === 'cookie' && upgrade && !sameOrigin(req)) continue
      if (tokenMatches(presented.value, token)) return presented.via
    }
    return null
  }

  // A cookie rides along on cross-site WebSocket handshakes in some browsers; only the page's
  // own origin (or a non-browser client, which sends no Origin) may use it.
  function sameOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin
    return origin === undefined || origin === `http://${req.headers.host ?? ''}`
  }

  function refuse(req: IncomingMessage, reason: string, path: string): void {
    onEvent({ kind: 'refused', reason, remote: remoteOf(req), path })
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = hostHeaderOf(req)
    applySecurityHeaders(res, hostHeader)
    const remote = remoteOf(req)
    const text = (status: number, body: string): void => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    }
    if (failures.blocked(remote, limits.authFailuresPerMinute))
      return text(429, 'Too many wrong join codes. Wait a minute.\n')
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://host.invalid')
    } catch {
      return text(400, 'Bad request\n')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return text(405, 'Method not allowed\n')
    }
    const via = authenticate(req, url, false)
    if (via === null) {
      failures.record(remote)
      refuse(req, 'missing or wrong token', url.pathname)
      return text(
        401,
        'This Tavolo session needs its join code: open the link or QR code shown by the facilitator.\n',
      )
    }
    if (url.pathname === FACILITATOR_PATH && facilitatorKey !== undefined) {
      if (req.method !== 'GET') return text(405, 'Method not allowed\n')
      if (!facilitatorKeyMatches(req.headers[FACILITATOR_HEADER], facilitatorKey)) {
        failures.record(remote)
        refuse(req, 'wrong facilitator key', url.pathname)
        return text(403, 'This facilitator link is not valid for this session.\n')
      }
      const result = grantFacilitator(file.doc, url.searchParams.get('user'))
      if (result.status !== 200) return text(result.status, `${result.message}\n`)
      file.flush()
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(JSON.stringify({ role: result.role }))
      return
    }
    if (url.pathname === '/api/session') {
      const info = workshop()
      const body = JSON.stringify({
        workshopId: info.id,
        title: info.title,
        syncPath: syncEnabled ? SYNC_PATH : null,
        signalingPath: SIGNAL_PATH,
        // Peers pin it (pinSessionOwner): the owner cannot be changed by editing the document.
        ...(identity !== undefined && { ownerId: identity.userId }),
      })
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    const found = await findStaticFile(staticRoot, url.pathname)
    if (found === null) return text(404, 'Not found\n')
    const headers: Record<string, string | number> = {
      'Content-Type': found.contentType,
      'Content-Length': found.body.byteLength,
      'Cache-Control': found.isIndex
        ? 'no-store'
        : found.immutable
          ? 'private, max-age=31536000, immutable'
          : 'no-cache',
    }
    // The page loads its scripts and styles without the token in the URL: the cookie carries it.
    if (found.isIndex && via !== 'cookie') headers['Set-Cookie'] = sessionCookie(port, token)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : found.body)
  }

  function rejectUpgrade(
    socket: Duplex,
    req: IncomingMessage,
    status: number,
    reason: string,
    path: string,
  ): void {
    refuse(req, reason, path)
    const body = `${reason}\n`
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
      'Connection: close',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...Object.entries(securityHeaders(hostHeaderOf(req))).map(([k, v]) => `${k}: ${v}`),
    ]
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, via: Server): void {
    socket.on('error', () => socket.destroy())
    const remote = remoteOf(req)
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://host.invalid')
    } catch {
      return rejectUpgrade(socket, req, 400, 'bad request', '?')
    }
    const path = url.pathname
    if (failures.blocked(remote, limits.authFailuresPerMinute))
      return rejectUpgrade(socket, req, 429, 'too many wrong join codes', path)
    const isSignal = path === SIGNAL_PATH
    const isSync = path.startsWith(`${SYNC_PATH}/`)
    if (!isSignal && !isSync) return rejectUpgrade(socket, req, 404, 'no such endpoint', path)
    if (authenticate(req, url, true) === null) {
      failures.record(remote)
      return rejectUpgrade(socket, req, 401, 'missing or wrong token', path)
    }
    if (isSync && !syncEnabled)
      return rejectUpgrade(socket, req, 404, 'sync is off on this host', path)
    if (!perAddress.tryAcquire(remote, limits.maxConnectionsPerIp, limits.maxConnections)) {
      return rejectUpgrade(socket, req, 429, 'too many connections', path)
    }
    const server = isSignal ? signalServer : syncServer
    const admittedWith = generation
    server.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const tracked = trackSocket(ws, remote, admittedWith)
      sockets.add(tracked)
      arrivedOn.set(tracked, via)
      ws.on('close', () => {
        if (sockets.delete(tracked)) perAddress.release(remote)
      })
      if (admittedWith !== generation) return tracked.end(CLOSE.tokenRevoked, 'join code changed')
      if (isSignal) return signaling.add(tracked)
      let workshopId: string
      try {
        workshopId = decodeURIComponent(path.slice(SYNC_PATH.length + 1))
      } catch {
        workshopId = ''
      }
      if (workshopId === '' || workshopId !== workshop().id) {
        return tracked.end(CLOSE.unknownWorkshop, 'no such workshop on this host')
      }
      room.add(tracked)
    })
  }

  // Every server (the main one, and the LAN one of shareOn) runs the same handlers: one token,
  // one guard, one set of limits; the CSP follows each request's Host header.
  function makeServer(): Server {
    const made = createServer((req, res) => {
      handleRequest(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end()
      })
    })
    made.headersTimeout = 10_000
    made.requestTimeout = 30_000
    made.on('upgrade', (req, socket, head) => handleUpgrade(req, socket, head, made))
    made.on('clientError', (_err, socket) => socket.destroy())
    return made
  }

  const server = makeServer()
  await listen(server, options.port ?? 0, listenHost)
  port = (server.address() as AddressInfo).port
  const pinger = setInterval(() => heartbeat(sockets), limits.pingIntervalMs)
  pinger.unref()

  const advertised = joinHostFor(listenHost)
  let closing: Promise<void> | null = null
  /** The second server of shareOn, on a LAN address, or null. */
  let lan: { server: Server; address: string; port: number } | null = null
  // Read on every call: the LAN join URL follows the token when it is rotated.
  const lanUrl = (l: { address: string; port: number }): string =>
    `http://${urlHost(l.address)}:${l.port}/?token=${token}`

  const host: Host = {
    get url() {
      return `http://${urlHost(advertised)}:${port}/?token=${token}`
    },
    host: listenHost,
    port,
    get token() {
      return token
    },
    awareness: room.awareness,
    rotateToken(next?: string): string {
      token = next === undefined ? generateToken() : checkTokenChoice(next)
      const revoked = generation++
      const old = (c: TrackedSocket): boolean => c.generation <= revoked
      room.drop(old, CLOSE.tokenRevoked, 'join code changed')
      signaling.drop(old, CLOSE.tokenRevoked, 'join code changed')
      return token
    },
    removeParticipant(clientId: number): boolean {
      return (
        room.drop((c) => c.clientIds.has(clientId), CLOSE.removed, 'removed by the facilitator') > 0
      )
    },
    participants: () => room.participants(),
    get shared() {
      return lan === null ? null : lanUrl(lan)
    },
    async shareOn(address: string, sharePort?: number): Promise<{ url: string }> {
      if (closing !== null) throw new Error('the session host is closed')
      const chosen = checkShareAddress(address, listenHost)
      await host.stopSharing()
      const lanServer = makeServer()
      try {
        await listen(lanServer, sharePort ?? port, chosen)
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err)
        throw new Error(`Cannot share on ${chosen}: ${why}`)
      }
      lan = { server: lanServer, address: chosen, port: (lanServer.address() as AddressInfo).port }
      return { url: lanUrl(lan) }
    },
    async stopSharing(): Promise<void> {
      const current = lan
      lan = null
      if (current === null) return
      // Connections made through the LAN address end with it; the window's (loopback) stay.
      for (const t of sockets) if (arrivedOn.get(t) === current.server) t.socket.terminate()
      await stopServer(current.server)
    },
    close(): Promise<void> {
      closing ??= (async () => {
        await host.stopSharing()
        clearInterval(pinger)
        signaling.shutdown()
        room.shutdown()
        for (const t of sockets) t.socket.terminate()
        syncServer.close()
        signalServer.close()
        await stopServer(server)
      })()
      return closing
    },
  }
  // Facilitator requests from the browser (syncRoom.ts checks the requester is a facilitator).
  room.adminHandler = (request, requester) => {
    if (request.op === 'rotate') {
      // The reply goes out before the requester's own connection is dropped with the others
      // (4401): its page then reopens with the new code.
      const next = generateToken()
      requester.send({ op: 'rotate', ok: true, token: next })
      host.rotateToken(next)
      return
    }
    if (request.op === 'removed') {
      requester.send({ op: 'removed', ok: true, userIds: [...room.removedUsers] })
      return
    }
    if (request.op === 'readmit') {
      room.removedUsers.delete(request.userId)
      requester.send({ op: 'readmit', ok: true })
      return
    }
    if (request.userId === requester.userId) {
      requester.send({ op: 'remove', ok: false, reason: 'you cannot remove yourself' })
      return
    }
    // Every connection proven as that user (all their tabs and devices), and they stay out while
    // this host runs: their page stops reconnecting, and a reload is refused at the handshake.
    // Someone determined can come back under a new identity (a cleared browser) while the join
    // code works: a new join code is the way to keep a room closed.
    room.removedUsers.add(request.userId)
    const removed = room.dropUser(request.userId, CLOSE.removed, 'removed by the facilitator')
    requester.send({ op: 'remove', ok: true, removed })
  }
  if (facilitatorKey !== undefined)
    // A getter: the link follows the join code when it is rotated.
    Object.defineProperties(host, {
      facilitatorKey: { value: facilitatorKey, enumerable: true },
      facilitatorUrl: { get: () => facilitatorUrl(host.url, facilitatorKey), enumerable: true },
    })
  return host
}

/** The address to print in the join URL: a LAN address when listening on every interface. */
function joinHostFor(listenHost: string): string {
  if (listenHost !== '0.0.0.0' && listenHost !== '::') return listenHost
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  }
  return '127.0.0.1'
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

function listen(server: Server, port: number, address: string): Promise<void> {
  return new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(port, address, () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
}

async function stopServer(server: Server): Promise<void> {
  const stopped = new Promise<void>((done) => server.close(() => done()))
  server.closeAllConnections()
  await stopped
}

/**
 * A LAN address to share on: one IP address, not a wildcard (that is `--host 0.0.0.0`, a choice
 * made when starting) and not the standard loopback, which other laptops cannot reach.
 */
export function checkShareAddress(address: string, listenHost: string): string {
  const trimmed = address.trim()
  if (isIP(trimmed) === 0)
    throw new Error(`Cannot share on "${address}": it is not an IPv4 or IPv6 address`)
  if (trimmed === '0.0.0.0' || trimmed === '::')
    throw new Error(`Cannot share on ${trimmed}: choose one network address, not every interface`)
  if (trimmed === '127.0.0.1' || trimmed === '::1' || trimmed === listenHost)
    throw new Error(
      `Cannot share on ${trimmed}: it is this computer's own (loopback) address, which other laptops cannot reach`,
    )
  return trimmed
}
