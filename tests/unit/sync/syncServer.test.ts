// "Connect to a sync server" against real servers started here on 127.0.0.1: a y-websocket
// server (a Tavolo host) and Hocuspocus (@hocuspocus/server), each joined by two workshop
// documents that must converge; Hocuspocus's token check; and why Hocuspocus needs its own
// client (the y-websocket client never syncs with it).
import { Server as HocuspocusServer } from '@hocuspocus/server'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  addBoard,
  addStory,
  canonicalJson,
  createWorkshopDoc,
} from '../../../src/shared/model/index.ts'
import {
  checkTarget,
  linkToServer,
  serverUrl,
  type RemoteLink,
  type ServerTarget,
} from '../../../src/main/electron/join/remoteLink.ts'
import { startHost } from '../../../src/main/host/index.ts'
import { makeStaticDir, memoryFile, waitFor } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

/**
 * A y-websocket server: a Tavolo host (another facilitator's `tavolo serve`, say) speaks the
 * protocol. @y/websocket-server 0.1.5 cannot stand in: it is built on Yjs 14 and fails on Yjs 13
 * updates ("store.getClock is not a function").
 */
async function yWebsocketServer(): Promise<{ url: string; room: string; token: string }> {
  const dirs = makeStaticDir()
  const host = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    workshop: () => ({ id: 'urbact-w-city', title: 'T' }),
  })
  cleanups.push(dirs.cleanup, () => host.close())
  return { url: `ws://127.0.0.1:${host.port}/sync`, room: 'urbact-w-city', token: host.token }
}

async function hocuspocusServer(token?: string): Promise<string> {
  const server = new HocuspocusServer({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    ...(token === undefined
      ? {}
      : {
          async onAuthenticate({ token: given }: { token: string }) {
            if (given !== token) throw new Error('wrong token')
          },
        }),
  })
  await server.listen()
  cleanups.push(() => server.destroy())
  return `ws://127.0.0.1:${server.address.port}`
}

function link(doc: Y.Doc, target: ServerTarget): RemoteLink {
  const l = linkToServer(doc, target)
  cleanups.push(() => l.close())
  return l
}

function workshop(): Y.Doc {
  const doc = createWorkshopDoc({ id: 'w-city', title: 'Two cities' })
  const board = addBoard(doc, 'user-stories', 'Ideas')
  addStory(doc, board, { role: 'resident', goal: 'a shared garden', benefit: 'neighbours meet' })
  return doc
}

describe.each(['y-websocket', 'hocuspocus'] as const)('a %s server', (kind) => {
  it('carries a workshop between two sites, both ways', async () => {
    const server =
      kind === 'y-websocket'
        ? await yWebsocketServer()
        : { url: await hocuspocusServer(), room: 'urbact-w-city', token: 'x' }
    const target: ServerTarget = { kind, url: server.url, room: server.room, token: server.token }
    const lisbon = workshop()
    const turin = new Y.Doc()
    const a = link(lisbon, target)
    const b = link(turin, target)
    await a.whenSynced()
    await b.whenSynced()
    await waitFor(
      () => canonicalJson(turin) === canonicalJson(lisbon),
      5000,
      'the workshop in Turin',
    )
    const boardId = [...turin.getMap('boards').keys()][0] as string
    addStory(turin, boardId, {
      role: 'shop owner',
      goal: 'a market on Saturdays',
      benefit: 'more customers',
    })
    await waitFor(() => canonicalJson(turin) === canonicalJson(lisbon), 5000, 'the edit in Lisbon')
    expect(canonicalJson(lisbon)).toContain('a market on Saturdays')
    expect(a.status).toBe('connected')
    const other = link(new Y.Doc(), { ...target, room: 'urbact-other' })
    if (kind === 'hocuspocus') {
      // Another room on the same server is another document.
      await other.whenSynced()
    } else {
      // A Tavolo host serves one workshop and closes the door on any other name.
      await expect(other.whenSynced(5000)).rejects.toThrow('refused')
    }
  })
})

describe('sync server links', () => {
  it('sends the token to Hocuspocus and reports a refusal', async () => {
    const url = await hocuspocusServer('s3cret')
    const good = link(workshop(), { kind: 'hocuspocus', url, room: 'w', token: 's3cret' })
    await good.whenSynced()
    const bad = link(new Y.Doc(), { kind: 'hocuspocus', url, room: 'w', token: 'guess' })
    await expect(bad.whenSynced(5000)).rejects.toThrow('refused')
    expect(bad.status).toBe('denied')
  })

  it('uses @hocuspocus/provider for Hocuspocus because the y-websocket client never syncs with it', async () => {
    const url = await hocuspocusServer()
    const provider = new WebsocketProvider(url, 'w', new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    cleanups.push(() => provider.destroy())
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(provider.synced).toBe(false)
  })

  it('reads addresses and refuses what is not a sync server address', () => {
    expect(serverUrl(' https://sync.example.org/yjs/ ')).toBe('wss://sync.example.org/yjs')
    expect(serverUrl('ws://10.0.0.2:1234')).toBe('ws://10.0.0.2:1234')
    expect(() => serverUrl('ftp://x')).toThrow('ws:// or wss://')
    expect(() => serverUrl('not a url')).toThrow('is not an address')
    expect(() => serverUrl('wss://ana:pw@sync.example.org')).toThrow('token field')
    expect(() => checkTarget({ kind: 'y-websocket', url: 'ws://a', room: ' ' })).toThrow('room')
    expect(checkTarget({ kind: 'hocuspocus', url: 'ws://a', room: ' r ', token: ' ' })).toEqual({
      kind: 'hocuspocus',
      url: 'ws://a',
      room: 'r',
    })
  })
})
