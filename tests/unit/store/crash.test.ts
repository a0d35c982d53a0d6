// Crash safety with real processes: a writer (tests/fixtures/store/writer.ts) appends updates and
// prints "ack KEY" once each is committed; it is killed with SIGKILL at random moments. After
// every kill the file must hold every acknowledged update and pass SQLite's integrity check.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { WorkshopFile, readWorkshopFile } from '../../../src/main/store/index.ts'
import { canonical, stateVector, tempDir } from './helpers.ts'

const WRITER = fileURLToPath(new URL('../../fixtures/store/writer.ts', import.meta.url))

interface Run {
  acked: string[]
  killedAfterMs: number
}

/** Starts the writer, kills it `killAfterMs` after it is ready, returns the keys it acknowledged. */
function runAndKill(
  path: string,
  run: number,
  compact: boolean,
  killAfterMs: number,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [WRITER, path, String(run), ...(compact ? ['--compact'] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const acked: string[] = []
    let buffered = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        else if (line.startsWith('ack ')) acked.push(line.slice(4))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, killedAfterMs: killAfterMs })
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

/** PRAGMA integrity_check on a copy of the file as the killed process left it (file + -wal). */
function integrityOfCrashedState(path: string): string {
  const copyDir = tempDir()
  const copy = nodePath.join(copyDir, 'copy.tavolo')
  fs.copyFileSync(path, copy)
  if (fs.existsSync(`${path}-wal`)) fs.copyFileSync(`${path}-wal`, `${copy}-wal`)
  const db = new Database(copy)
  try {
    return String(db.pragma('integrity_check', { simple: true }))
  } finally {
    db.close()
  }
}

function layoutProblems(path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    const snapshots = db
      .prepare<[], { covers: number }>('SELECT covers_up_to AS covers FROM snapshots')
      .all()
    const minLog = db
      .prepare<[], { id: number | null }>('SELECT min(id) AS id FROM update_log')
      .get()?.id
    const problems: string[] = []
    if (snapshots.length !== 1) problems.push(`${snapshots.length} snapshots`)
    const covers = snapshots.at(-1)?.covers ?? 0
    if (minLog != null && minLog <= covers)
      problems.push(`log row ${minLog} is covered by the snapshot (${covers})`)
    return problems
  } finally {
    db.close()
  }
}

async function killRepeatedly(compact: boolean, kills: number): Promise<void> {
  const path = nodePath.join(tempDir(), 'crash.tavolo')
  WorkshopFile.create(path).close()
  const everAcked: string[] = []
  for (let run = 0; run < kills; run++) {
    const killAfterMs = 5 + Math.floor(Math.random() * 120)
    const { acked } = await runAndKill(path, run, compact, killAfterMs)
    everAcked.push(...acked)
    const context = `run ${run}, killed after ${killAfterMs} ms, ${acked.length} acks`

    expect(integrityOfCrashedState(path), context).toBe('ok')
    const read = readWorkshopFile(path) // a private copy: the crashed state stays for the next run
    const entries = read.doc.getMap<number>('entries')
    const text = read.doc.getText('notes').toString()
    const lost = everAcked.filter((key) => !entries.has(key) || !text.includes(`${key};`))
    expect(lost, context).toEqual([])
    read.doc.destroy()
  }
  expect(everAcked.length).toBeGreaterThan(kills)

  // Opening for editing replays the -wal; closing leaves one complete, consistent file.
  const file = WorkshopFile.open(path)
  const json = canonical(file.doc)
  const sv = stateVector(file.doc)
  file.close()
  expect(fs.existsSync(`${path}-wal`)).toBe(false)
  const db = new Database(path, { readonly: true })
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  db.close()
  if (compact) expect(layoutProblems(path)).toEqual([])
  const reread = readWorkshopFile(path)
  expect(canonical(reread.doc)).toBe(json)
  expect(Buffer.from(Y.encodeStateVector(reread.doc)).toString('hex')).toBe(sv)
}

describe('crash safety (writer killed with SIGKILL)', () => {
  it('loses no acknowledged update over 24 kills while appending', async () => {
    await killRepeatedly(false, 24)
  })

  it('stays complete and consistent over 12 kills during repeated compactions', async () => {
    await killRepeatedly(true, 12)
  })
  it('commits pending updates when the process exits without closing the file', () => {
    const path = nodePath.join(tempDir(), 'exit.tavolo')
    WorkshopFile.create(path).close()
    const run = spawnSync(process.execPath, [WRITER, path, '7', '--exit'], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(readWorkshopFile(path).doc.getMap('entries').toJSON()).toEqual({ '7:exit': 1 })
  })
})
