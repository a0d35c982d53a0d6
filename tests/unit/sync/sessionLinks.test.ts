// The desktop app's links for the open workshop, with a real DesktopSession (its loopback host
// and .tavolo files), a real facilitator host and a real Hocuspocus server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Server as HocuspocusServer } from '@hocuspocus/server'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DesktopSession } from '../../../src/main/electron/desktopSession.ts'
import { SessionLinks } from '../../../src/main/electron/join/sessionLinks.ts'
import { linkToServer } from '../../../src/main/electron/join/remoteLink.ts'
import { startHost } from '../../../src/main/host/index.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  addBoard,
  addStory,
  canonicalJson,
  createWorkshopDoc,
} from '../../../src/shared/model/index.ts'
import { waitFor } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('links of the open desktop workshop', () => {
  it('joins a host into a local copy, connects it to a sync server, and lets go on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-links-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    writeFileSync(join(dir, 'index.html'), '<!doctype html>')
    const doc = createWorkshopDoc({ id: 'w-riverside', title: 'Riverside walk' })
    addStory(doc, addBoard(doc, 'user-stories', 'Ideas'), {
      role: 'resident',
      goal: 'shade',
      benefit: 'comfort',
    })
    const facilitatorFile = WorkshopFile.create(join(dir, 'f.tavolo'), doc)
    const host = await startHost({ file: facilitatorFile, staticDir: dir })
    cleanups.push(async () => {
      await host.close()
      facilitatorFile.close()
    })

    const session = new DesktopSession({ staticDir: dir })
    cleanups.push(() => session.close())
    const links = new SessionLinks(session, join(dir, 'userData'))
    cleanups.push(() => links.closeAll())
    const opened = await links.join(host.url)
    expect(opened.path).toBe(join(dir, 'userData', 'joined', 'w-riverside.tavolo'))
    expect(links.joinedSession()?.workshopId).toBe('w-riverside')
    // The window is told the remote room, and asks again after a reload.
    expect(opened.connection.peerRoom).toEqual({ workshopId: 'w-riverside', token: host.token })
    expect(links.describe(session.connection())?.connection.peerRoom).toEqual({
      workshopId: 'w-riverside',
      token: host.token,
    })
    const mine = session.file as WorkshopFile
    await waitFor(
      () => canonicalJson(mine.doc) === canonicalJson(facilitatorFile.doc),
      5000,
      'the joined copy',
    )

    const hocuspocus = new HocuspocusServer({
      port: 0,
      address: '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
    })
    await hocuspocus.listen()
    cleanups.push(() => hocuspocus.destroy())
    const url = `ws://127.0.0.1:${hocuspocus.address.port}`
    expect(links.connectServer({ kind: 'hocuspocus', url, room: 'urbact' })).toMatchObject({
      kind: 'hocuspocus',
      url,
      room: 'urbact',
    })
    await waitFor(() => links.serverState()?.synced === true, 5000, 'the sync server')
    // A partner city on the same server room gets the workshop, and its edit reaches the host.
    const partner = new Y.Doc()
    const partnerLink = linkToServer(partner, { kind: 'hocuspocus', url, room: 'urbact' })
    cleanups.push(() => partnerLink.close())
    await waitFor(
      () => canonicalJson(partner) === canonicalJson(mine.doc),
      5000,
      'the partner copy',
    )
    const boardId = [...partner.getMap('boards').keys()][0] as string
    addStory(partner, boardId, { role: 'visitor', goal: 'signposts', benefit: 'find the river' })
    await waitFor(
      () => canonicalJson(facilitatorFile.doc).includes('signposts'),
      5000,
      'the partner edit at the facilitator',
    )

    links.disconnectServer()
    expect(links.serverState()).toBeNull()
    links.connectServer({ kind: 'hocuspocus', url, room: 'urbact' })
    // Another workshop opened: the links of the previous one are let go.
    const other = join(dir, 'other.tavolo')
    WorkshopFile.create(other, createWorkshopDoc({ id: 'w-other', title: 'Other' })).close()
    links.closeAll()
    await session.open(other)
    expect(links.serverState()).toBeNull()
    expect(links.joinedSession()).toBeNull()
    expect(() => links.connectServer({ kind: 'y-websocket', url: 'ftp://x', room: 'r' })).toThrow(
      'ws://',
    )
  })
})
