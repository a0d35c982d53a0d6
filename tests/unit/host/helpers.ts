// Shared set-up for host tests: a built-renderer stand-in, hosts on 127.0.0.1:0, y-websocket
// clients (BroadcastChannel off, so that peers in one process talk only through the host).
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { startHost } from '../../../src/main/host/index.ts'
import type { Host, HostedFile } from '../../../src/main/host/types.ts'

export const SECRET = 'secret-outside-static-dir'

/** A temp folder holding `web/` (index.html, assets/app.js) and a file beside it. */
export function makeStaticDir(): { root: string; web: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tavolo-host-'))
  const web = join(root, 'web')
  mkdirSync(join(web, 'assets'), { recursive: true })
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>Tavolo</title><script src="./assets/app.js"></script>',
  )
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("tavolo")')
  writeFileSync(join(web, 'assets', 'style.css'), 'body{}')
  writeFileSync(join(root, 'secret.txt'), SECRET)
  return { root, web, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

/** An in-memory stand-in for WorkshopFile: counts flushes and the updates it saw. */
export function memoryFile(
  doc = new Y.Doc(),
): HostedFile & { flushes: number; updates: Uint8Array[] } {
  const file = {
    doc,
    flushes: 0,
    updates: [] as Uint8Array[],
    flush() {
      file.flushes++
    },
  }
  doc.on('update', (u: Uint8Array) => file.updates.push(u))
  return file
}

/** A host on a seeded in-memory file, serving a throwaway web folder, for workshop `id`. */
export async function startSeededHost(id: string): Promise<{
  dirs: ReturnType<typeof makeStaticDir>
  file: ReturnType<typeof memoryFile>
  host: Host
}> {
  const dirs = makeStaticDir()
  const file = memoryFile()
  file.doc.getMap('seed').set('hello', 'from the file')
  const host = await startHost({ file, staticDir: dirs.web, workshop: () => ({ id, title: 'T' }) })
  return { dirs, file, host }
}

export type Response = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw GET (the path is sent as given, so traversal attempts are not normalised away). */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, method: 'GET' }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

export function connectClient(
  port: number,
  workshopId: string,
  token: string,
  doc = new Y.Doc(),
  opts: { connect?: boolean } = {},
): { doc: Y.Doc; provider: WebsocketProvider } {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    connect: opts.connect ?? true,
  })
  return { doc, provider }
}

export function whenSynced(provider: WebsocketProvider, timeoutMs = 5000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync in time')), timeoutMs)
    const onSync = (synced: boolean): void => {
      if (!synced) return
      clearTimeout(timer)
      provider.off('sync', onSync)
      resolve()
    }
    provider.on('sync', onSync)
  })
}

export async function waitFor(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** Opens a raw ws to the host; resolves with the socket once open, rejects with the HTTP status. */
export function openRaw(
  url: string,
  headers: Record<string, string> = {},
  maxPayload?: number,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, ...(maxPayload === undefined ? {} : { maxPayload }) })
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => {
      reject(new Error(`HTTP ${res.statusCode}`))
      ws.terminate()
    })
    ws.once('error', reject)
  })
}

export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve({ code: 1006, reason: '' })
  return new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
}
