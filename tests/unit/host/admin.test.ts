// Facilitator requests on the sync socket (adminWire.ts): rotate the join code, remove a person.
// A real host with an owner, real y-websocket clients that prove who they are.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { startHost, type Host, type HostEvent } from '../../../src/main/host/index.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  MESSAGE_ADMIN,
  attachSessionAuth,
  encodeAdminRequest,
  readAdminReply,
  setRole,
  type AdminReply,
  type AdminRequest,
  type SessionIdentity,
} from '../../../src/shared/model/index.ts'
import { alice, bob, carol, owner, workshop } from '../facilitation/helpers.ts'
import { connectClient, get, makeStaticDir, waitFor, whenSynced } from './helpers.ts'

let tmp: string
let file: WorkshopFile
let host: Host
const events: HostEvent[] = []
const cleanups: Array<() => Promise<void> | void> = []

beforeEach(async () => {
  const dirs = makeStaticDir()
  tmp = mkdtempSync(join(tmpdir(), 'tavolo-admin-'))
  file = WorkshopFile.create(join(tmp, 'w.tavolo'), workshop().doc)
  host = await startHost({
    file,
    staticDir: dirs.web,
    identity: owner,
    onEvent: (e) => events.push(e),
  })
  // Alice runs the session with the owner: her role is written by the owner (the host's doc).
  setRole(file.doc, alice.userId, 'facilitator')
  cleanups.push(
    () => dirs.cleanup(),
    () => rmSync(tmp, { recursive: true, force: true }),
    () => file.close(),
    () => host.close(),
  )
})
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
  events.length = 0
})

interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  closes: number[]
}

async function connect(who: SessionIdentity, token = host.token): Promise<Client> {
  const { doc, provider } = connectClient(host.port, 'w-facilitation', token)
  cleanups.push(() => provider.destroy())
  const client: Client = { doc, provider, closes: [] }
  provider.on('connection-close', (event) => {
    if (event !== null) client.closes.push(event.code)
  })
  const welcomed = new Promise<void>((resolve) => {
    attachSessionAuth(provider, who, { onWelcome: () => resolve() })
  })
  await Promise.all([whenSynced(provider), welcomed])
  return client
}

function request(client: Client, req: AdminRequest): Promise<AdminReply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no admin reply')), 5000)
    client.provider.messageHandlers[MESSAGE_ADMIN] = (_encoder, decoder) => {
      const reply = readAdminReply(decoder)
      if (reply === undefined) return
      clearTimeout(timer)
      resolve(reply)
    }
    client.provider.ws?.send(new Uint8Array(encodeAdminRequest(req)))
  })
}

const open = (c: Client) => c.provider.wsconnected

describe('facilitator requests on the sync socket', () => {
  it("a facilitator's rotate answers the new code and drops every old connection with 4401", async () => {
    const a = await connect(alice)
    const b = await connect(bob)
    const old = host.token
    const reply = await request(a, { op: 'rotate' })
    expect(reply.ok).toBe(true)
    const token = reply.ok && reply.op === 'rotate' ? reply.token : ''
    expect(token).toBe(host.token)
    expect(token).not.toBe(old)
    await waitFor(() => a.closes.includes(4401) && b.closes.includes(4401), 5000, '4401 closes')
    // Old code refused; new one works, also for the facilitator's page reopening with it.
    expect((await get(host.port, `/api/session?token=${old}`)).status).toBe(401)
    expect((await get(host.port, `/api/session?token=${token}`)).status).toBe(200)
    const again = await connect(alice, token)
    expect(open(again)).toBe(true)
  })

  it("a participant's request is refused, reported, and changes nothing", async () => {
    const a = await connect(alice)
    const b = await connect(bob)
    const old = host.token
    const rotate = await request(b, { op: 'rotate' })
    expect(rotate.ok).toBe(false)
    const remove = await request(b, { op: 'remove', userId: alice.userId })
    expect(remove.ok).toBe(false)
    expect(host.token).toBe(old)
    expect(
      host
        .participants()
        .map((p) => p.userId)
        .sort(),
    ).toEqual([alice.userId, bob.userId].sort())
    expect(open(a) && open(b)).toBe(true)
    expect(a.closes).toEqual([])
    const refused = events.filter((e) => e.kind === 'guarded' && e.userId === bob.userId)
    expect(refused).toHaveLength(2)
  })

  it('a request before the handshake proved anyone is refused', async () => {
    const { provider } = connectClient(host.port, 'w-facilitation', host.token)
    cleanups.push(() => provider.destroy())
    await whenSynced(provider)
    const reply = await request({ doc: provider.doc, provider, closes: [] }, { op: 'rotate' })
    expect(reply.ok).toBe(false)
    expect(host.participants()).toHaveLength(1)
  })

  it("remove drops all of that user's connections (4403) and only theirs", async () => {
    const a = await connect(alice)
    const b1 = await connect(bob)
    const b2 = await connect(bob)
    const c = await connect(carol)
    const reply = await request(a, { op: 'remove', userId: bob.userId })
    expect(reply).toEqual({ op: 'remove', ok: true, removed: 2 })
    await waitFor(() => b1.closes.includes(4403) && b2.closes.includes(4403), 5000, '4403')
    expect(
      host
        .participants()
        .map((p) => p.userId)
        .sort(),
    ).toEqual([alice.userId, carol.userId].sort())
    expect(open(a) && open(c)).toBe(true)
    // Bob stays out while the host runs: a new connection that proves it is Bob is closed at
    // the handshake, before it is welcomed.
    const { provider } = connectClient(host.port, 'w-facilitation', host.token)
    cleanups.push(() => provider.destroy())
    const closes: number[] = []
    provider.on('connection-close', (event) => {
      if (event !== null) closes.push(event.code)
    })
    let welcomed = false
    attachSessionAuth(provider, bob, { onWelcome: () => (welcomed = true) })
    await waitFor(() => closes.includes(4403), 5000, 'removed Bob refused')
    provider.destroy()
    expect(welcomed).toBe(false)
    expect(host.participants().map((p) => p.userId)).not.toContain(bob.userId)
    // Carol is unaffected; a participant cannot let Bob back in; the facilitator can.
    expect(open(await connect(carol))).toBe(true)
    expect((await request(c, { op: 'readmit', userId: bob.userId })).ok).toBe(false)
    // The facilitator (a reloaded page, say) can ask who is kept out; a participant cannot.
    expect(await request(a, { op: 'removed' })).toEqual({
      op: 'removed',
      ok: true,
      userIds: [bob.userId],
    })
    expect((await request(c, { op: 'removed' })).ok).toBe(false)
    expect(await request(a, { op: 'readmit', userId: bob.userId })).toEqual({
      op: 'readmit',
      ok: true,
    })
    const back = await connect(bob)
    expect(open(back)).toBe(true)
    expect(await request(a, { op: 'removed' })).toEqual({ op: 'removed', ok: true, userIds: [] })
    // Nobody removes themselves this way.
    expect((await request(a, { op: 'remove', userId: alice.userId })).ok).toBe(false)
  })

  it('closes a connection that sends a malformed admin frame', async () => {
    const a = await connect(alice)
    a.provider.ws?.send(new Uint8Array([MESSAGE_ADMIN, 2, 0x7b, 0x7d]))
    await waitFor(() => a.closes.includes(4400), 5000, '4400')
    expect(host.token).toBeTruthy()
  })
})
