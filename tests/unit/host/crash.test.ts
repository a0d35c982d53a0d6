// SIGKILL during a burst of edits. "Acknowledged" means: the host sent the update to some peer
// (relayed it, or included it in a sync step 2 reply). The host sends nothing derived from the
// document before WorkshopFile.flush() has committed it (synchronous=FULL), so every update a
// peer saw through the host must be in the file after the kill; updates the host never
// acknowledged live on in their authors' copies and come back when the host restarts.
import { afterEach, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type * as Y from 'yjs'
import { WorkshopFile, readWorkshopFile } from '../../../src/main/store/index.ts'
import { createWorkshopDoc } from '../../../src/shared/model/index.ts'
import { connectClient, makeStaticDir, waitFor, whenSynced } from './helpers.ts'

const RUN_HOST = fileURLToPath(new URL('../../fixtures/host/run-host.ts', import.meta.url))
const TOKEN = 'CRASH234'
const WORKSHOP = 'w-crash'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function runHost(
  path: string,
  staticDir: string,
  port = 0,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [RUN_HOST, path, staticDir, TOKEN, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
  const ready = await new Promise<{ port: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited early (${code})`)))
    lines.once('line', (line) => resolve(JSON.parse(line) as { port: number }))
  })
  return { child, port: ready.port }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

const keysOf = (doc: Y.Doc): string[] => [...doc.getMap('burst').keys()]

describe('host killed during a burst of edits', () => {
  it('keeps every acknowledged update; peers bring back the rest after a restart', async () => {
    const dirs = makeStaticDir()
    const tmp = mkdtempSync(join(tmpdir(), 'tavolo-host-crash-'))
    cleanups.push(
      () => dirs.cleanup(),
      () => rmSync(tmp, { recursive: true, force: true }),
    )
    const path = join(tmp, 'crash.tavolo')
    WorkshopFile.create(path, createWorkshopDoc({ id: WORKSHOP, title: 'Crash' })).close()

    const first = await runHost(path, dirs.web)
    const writers = [0, 1, 2].map(() => connectClient(first.port, WORKSHOP, TOKEN))
    const observer = connectClient(first.port, WORKSHOP, TOKEN)
    const clients = [...writers, observer]
    cleanups.push(() => clients.forEach((c) => c.provider.destroy()))
    await Promise.all(clients.map((c) => whenSynced(c.provider)))

    // The burst: each writer adds a key every 2 ms, before, during and after the kill.
    let n = 0
    const burst = setInterval(() => {
      n++
      writers.forEach((w, i) => w.doc.getMap('burst').set(`w${i}-${n}`, n))
    }, 2)
    cleanups.push(() => clearInterval(burst))
    await waitFor(() => keysOf(observer.doc).length > 60, 10_000, 'edits flowing')
    first.child.kill('SIGKILL')
    await exited(first.child)
    await new Promise((r) => setTimeout(r, 50))
    clearInterval(burst)

    // Acknowledged = seen by a peer other than its author, which only the host could have sent.
    const acknowledged = new Set<string>()
    for (const key of keysOf(observer.doc)) acknowledged.add(key)
    writers.forEach((w, i) =>
      keysOf(w.doc)
        .filter((k) => !k.startsWith(`w${i}-`))
        .forEach((k) => acknowledged.add(k)),
    )
    const written = new Set(
      writers.flatMap((w, i) => keysOf(w.doc).filter((k) => k.startsWith(`w${i}-`))),
    )
    expect(acknowledged.size).toBeGreaterThan(60)
    expect(written.size).toBeGreaterThan(acknowledged.size)

    const afterKill = readWorkshopFile(path)
    const inFile = new Set(keysOf(afterKill.doc))
    expect([...acknowledged].filter((k) => !inFile.has(k))).toEqual([])

    // Restart on the same file and port; the clients reconnect on their own.
    const second = await runHost(path, dirs.web, first.port)
    await waitFor(() => written.size === keysOf(observer.doc).length, 15_000, 'everything back')
    second.child.kill('SIGTERM')
    await exited(second.child)
    expect(second.child.exitCode).toBe(0)
    const final = new Set(keysOf(readWorkshopFile(path).doc))
    expect([...written].filter((k) => !final.has(k))).toEqual([])
    expect(final.size).toBe(written.size)
  })
})
