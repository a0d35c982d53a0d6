// Enforcement by the real host: a .tavolo file, y-websocket clients that prove who they are
// (attachSessionAuth), and forged updates sent over the wire.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { startHost, type Host, type HostEvent } from '../../../src/main/host/index.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  addStory,
  attachSessionAuth,
  bindClient,
  castDot,
  createIdentity,
  exportWorkshop,
  getVote,
  isBoardLocked,
  isFacilitator,
  listStories,
  lockBoard,
  openVote,
  pinSessionOwner,
  updateStory,
  voteResults,
  type SessionIdentity,
} from '../../../src/shared/model/index.ts'
import { connectClient, get, makeStaticDir, waitFor, whenSynced } from '../host/helpers.ts'
import { alice, bob, owner, workshop, type Workshop } from './helpers.ts'

let tmp: string
let path: string
let file: WorkshopFile
let host: Host
let w: Workshop
const events: HostEvent[] = []
const cleanups: Array<() => Promise<void> | void> = []

beforeEach(async () => {
  const dirs = makeStaticDir()
  tmp = mkdtempSync(join(tmpdir(), 'tavolo-guard-'))
  path = join(tmp, 'riverside.tavolo')
  w = workshop()
  file = WorkshopFile.create(path, w.doc)
  host = await startHost({
    file,
    staticDir: dirs.web,
    identity: owner,
    onEvent: (e) => events.push(e),
  })
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
  refusals: string[][]
  role: string
  /** Every update this client wrote itself (to deliver elsewhere by hand). */
  written: Uint8Array[]
}

async function connect(who: SessionIdentity | undefined): Promise<Client> {
  const { doc, provider } = connectClient(host.port, 'w-facilitation', host.token)
  cleanups.push(() => provider.destroy())
  const client: Client = { doc, refusals: [], role: '', written: [] }
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== provider) client.written.push(u)
  })
  if (who !== undefined) {
    const welcomed = new Promise<void>((resolve) => {
      attachSessionAuth(provider, who, {
        onWelcome: ({ role }) => {
          client.role = role
          resolve()
        },
        onRefused: (reasons) => client.refusals.push(reasons),
      })
    })
    await Promise.all([whenSynced(provider), welcomed])
    pinSessionOwner(doc, owner.userId)
    bindClient(doc, who)
    await waitFor(() => file.doc.getMap('session').has(`client:${doc.clientID}`), 5000, 'binding')
  } else await whenSynced(provider)
  return client
}

/** Everything the file holds, as bytes (database and write-ahead log). */
function fileBytes(): string {
  return readdirSync(tmp)
    .filter((f) => f.startsWith('riverside.tavolo'))
    .map((f) => readFileSync(join(tmp, f)).toString('latin1'))
    .join('')
}

const goals = (doc: Y.Doc) => listStories(doc, w.boardId).map((s) => s.goal)

describe('host enforcement', () => {
  it('tells peers the owner and proves who each connection is', async () => {
    const session = JSON.parse((await get(host.port, `/api/session?token=${host.token}`)).body)
    expect(session.ownerId).toBe(owner.userId)
    const a = await connect(alice)
    expect(a.role).toBe('participant')
    expect(host.participants().map((p) => p.userId)).toEqual([alice.userId])
  })

  it("refuses a participant's edit of a locked board: not in the host, not in the file, never seen by others", async () => {
    lockBoard(file.doc, w.boardId, 2_000)
    const a = await connect(alice)
    const b = await connect(bob)
    await waitFor(() => isBoardLocked(a.doc, w.boardId) && isBoardLocked(b.doc, w.boardId))
    const before = goals(file.doc)
    // Alice's client skips the model's lock check (as a modified client would).
    updateStory(a.doc, w.stories[0] ?? '', { goal: 'FORGED-EDIT' })
    addStory(a.doc, w.boardId, { role: 'r', goal: 'FORGED-CARD', benefit: 'b' })
    await waitFor(() => a.refusals.length > 0, 5000, 'refusal')
    expect(a.refusals[0]).toEqual([`board "${w.boardId}" is locked by the facilitator`])
    // The sender's copy is brought back to the host's.
    await waitFor(
      () => JSON.stringify(goals(a.doc)) === JSON.stringify(before),
      5000,
      'sender corrected',
    )
    // An allowed edit after it: once Bob sees it, he would have seen the refused one first.
    a.doc.getMap('workshop').set('city', 'Riverside')
    await waitFor(
      () => b.doc.getMap('workshop').get('city') === 'Riverside',
      5000,
      'later edit relayed',
    )
    expect(goals(b.doc)).toEqual(before)
    expect(goals(file.doc)).toEqual(before)
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'guarded', userId: alice.userId }),
    )
    await host.close()
    file.close()
    expect(fileBytes()).not.toContain('FORGED')
    const reopened = WorkshopFile.open(path)
    try {
      expect(JSON.stringify(exportWorkshop(reopened.doc))).not.toContain('FORGED')
      expect(listStories(reopened.doc, w.boardId).map((s) => s.goal)).toEqual(before)
      expect(reopened.doc.getMap('workshop').get('city')).toBe('Riverside')
    } finally {
      reopened.close()
    }
  })

  it('refuses forged facilitator changes; a peer that gets them directly ignores them too', async () => {
    lockBoard(file.doc, w.boardId, 2_000)
    const voteId = openVote(file.doc, { boardId: w.boardId, dotsPerPerson: 2 }, 2_500)
    const a = await connect(alice)
    const b = await connect(bob)
    await waitFor(() => getVote(b.doc, voteId) !== undefined)
    castDot(b.doc, voteId, w.stories[0] ?? '')
    await waitFor(() => voteResults(file.doc, voteId, owner.userId)?.voters === 1, 5000, 'dot')
    // A peer reachable without the host (y-webrtc): a copy of the state before the forgeries.
    const direct = new Y.Doc()
    Y.applyUpdate(direct, Y.encodeStateAsUpdate(file.doc))
    pinSessionOwner(direct, owner.userId)
    const from = a.written.length
    const session = a.doc.getMap('session')
    const vote = session.get(`vote:${voteId}`) as Record<string, unknown>
    session.set(`role:${alice.userId}`, 'facilitator')
    session.set(`lock:${w.boardId}`, { locked: false, at: 3_000 })
    session.set(`vote:${voteId}`, { ...vote, revealed: true })
    await waitFor(() => a.refusals.length >= 3, 5000, 'three refusals')
    for (const u of a.written.slice(from)) Y.applyUpdate(direct, u)
    expect(direct.getMap('session').get(`role:${alice.userId}`)).toBe('facilitator')
    await waitFor(
      () => isBoardLocked(a.doc, w.boardId) && !a.doc.getMap('session').has(`role:${alice.userId}`),
      5000,
      'sender corrected',
    )
    for (const d of [file.doc, a.doc, b.doc, direct]) {
      expect(isFacilitator(d, alice.userId)).toBe(false)
      expect(isBoardLocked(d, w.boardId)).toBe(true)
      expect(voteResults(d, voteId, alice.userId)?.visible ?? false).toBe(false)
    }
    expect(file.doc.getMap('session').get(`lock:${w.boardId}`)).toEqual({ locked: true, at: 2_000 })
    expect(b.refusals).toEqual([])
  })

  it('a client that cannot prove its identity cannot vote, nor vote as someone else', async () => {
    const voteId = openVote(file.doc, { boardId: w.boardId, dotsPerPerson: 2 }, 2_500)
    const a = await connect(alice)
    // Mallory claims Alice's id without her key: her proof fails, her dots stay out.
    const mallory: SessionIdentity = { userId: alice.userId, secretKey: createIdentity().secretKey }
    const { doc, provider } = connectClient(host.port, 'w-facilitation', host.token)
    cleanups.push(() => provider.destroy())
    const refusals: string[][] = []
    attachSessionAuth(provider, mallory, { onRefused: (r) => refusals.push(r) })
    await whenSynced(provider)
    await waitFor(() => refusals.length > 0, 5000, 'proof refused')
    expect(refusals[0]).toEqual(['the identity proof did not verify'])
    castDot(a.doc, voteId, w.stories[0] ?? '')
    await waitFor(() => voteResults(file.doc, voteId, alice.userId)?.used === 1, 5000, 'alice dot')
    // Mallory writes into a ballot in Alice's name, from a client bound to nobody.
    doc.transact(() => {
      const ballot = new Y.Map<unknown>()
      doc.getMap('session').set(`ballot:${voteId}:${alice.userId}:${doc.clientID}`, ballot)
      ballot.set(w.stories[1] ?? '', 1)
    })
    await waitFor(() => refusals.length > 1, 5000, 'ballot refused')
    expect(voteResults(file.doc, voteId, alice.userId)?.mine).toEqual({ [w.stories[0] ?? '']: 1 })
  })

  it('stock y-websocket clients still edit open boards', async () => {
    const plain = await connect(undefined)
    const a = await connect(alice)
    updateStory(plain.doc, w.stories[2] ?? '', { goal: 'from a stock client' })
    await waitFor(() => goals(a.doc)[2] === 'from a stock client', 5000, 'relayed')
    expect(goals(file.doc)[2]).toBe('from a stock client')
  })
})
