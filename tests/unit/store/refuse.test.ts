// Files that are not (readable) Tavolo workshops are refused with a message naming the file and
// the problem, and are left exactly as they were: same bytes, no -wal/-shm files beside them.
import crypto from 'node:crypto'
import fs from 'node:fs'
import nodePath from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  FILE_VERSION,
  WorkshopFile,
  WorkshopFileError,
  mergeWorkshopFiles,
  readWorkshopFile,
  type WorkshopFileErrorCode,
} from '../../../src/main/store/index.ts'
import { fillDoc, listDir, sha256, tempDir } from './helpers.ts'

/** A closed workshop file with enough content to span many pages. */
function makeWorkshop(path: string): void {
  const file = WorkshopFile.create(path, undefined, { title: 'Riverside' })
  fillDoc(file.doc, 200, 300)
  file.close()
}

/** Expects every way of opening `path` to fail with `code` and leave the folder untouched. */
function expectRefused(path: string, code: WorkshopFileErrorCode, says: RegExp): void {
  const dir = nodePath.dirname(path)
  const before = listDir(dir).map((f) => [f, sha256(nodePath.join(dir, f))])
  const attempts = [
    () => WorkshopFile.open(path),
    () => readWorkshopFile(path),
    () => mergeWorkshopFiles(path, path, nodePath.join(dir, 'merged.tavolo')),
  ]
  for (const attempt of attempts) {
    let caught: unknown
    try {
      attempt()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(WorkshopFileError)
    const error = caught as WorkshopFileError
    expect(error.code).toBe(code)
    expect(error.message).toContain(path)
    expect(error.message).toMatch(says)
  }
  const after = listDir(dir).map((f) => [f, sha256(nodePath.join(dir, f))])
  expect(after).toEqual(before)
}

describe('refusing files that are not workshops', () => {
  it('refuses a missing file', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'missing.tavolo')
    expect(() => WorkshopFile.open(path)).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: `There is no workshop file at ${path}.`,
      }),
    )
    expect(listDir(dir)).toEqual([])
  })

  it('refuses a garbage file', () => {
    const path = nodePath.join(tempDir(), 'garbage.tavolo')
    fs.writeFileSync(path, crypto.randomBytes(8192))
    expectRefused(path, 'NOT_SQLITE', /not a SQLite database/)
  })

  it('refuses a JSON file and says what it looks like', () => {
    const path = nodePath.join(tempDir(), 'riverside.tavolo')
    fs.writeFileSync(path, '{"format":"tavolo-workshop","version":1}')
    expectRefused(path, 'NOT_SQLITE', /looks like JSON/)
  })

  it('refuses an empty file', () => {
    const path = nodePath.join(tempDir(), 'empty.tavolo')
    fs.writeFileSync(path, '')
    expectRefused(path, 'NOT_SQLITE', /is empty \(0 bytes\)/)
  })

  it('refuses a workshop truncated to half its size', () => {
    const path = nodePath.join(tempDir(), 'half.tavolo')
    makeWorkshop(path)
    const size = fs.statSync(path).size
    expect(size).toBeGreaterThan(8 * 4096)
    fs.truncateSync(path, Math.floor(size / 2 / 4096) * 4096)
    expectRefused(path, 'CORRUPT', /is truncated: it should be \d+ bytes but is \d+/)
  })

  it('refuses a workshop cut mid-page and one cut inside its header', () => {
    const dir = tempDir()
    const midPage = nodePath.join(dir, 'mid.tavolo')
    makeWorkshop(midPage)
    fs.truncateSync(midPage, 3 * 4096 + 1000)
    expectRefused(midPage, 'CORRUPT', /truncated/)

    const header = nodePath.join(dir, 'header.tavolo')
    makeWorkshop(header)
    fs.truncateSync(header, 40)
    expectRefused(header, 'CORRUPT', /truncated: only 40 bytes/)
  })

  it('refuses a workshop whose pages are damaged', () => {
    const path = nodePath.join(tempDir(), 'damaged.tavolo')
    makeWorkshop(path)
    const bytes = fs.readFileSync(path)
    bytes.fill(0xa5, 4096) // every page after the first: the tables' b-trees are garbage
    fs.writeFileSync(path, bytes)
    expectRefused(path, 'CORRUPT', /damaged/)
  })

  it('refuses a workshop holding an update Yjs cannot read', () => {
    const path = nodePath.join(tempDir(), 'bad-update.tavolo')
    makeWorkshop(path)
    const db = new Database(path)
    db.prepare('INSERT INTO update_log ("update", created_at) VALUES (?, 0)').run(
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    )
    db.close()
    expectRefused(path, 'CORRUPT', /update \d+ cannot be read as a Yjs update/)
  })

  it('refuses a SQLite database of another program', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'other.tavolo')
    const db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.exec(
      'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)',
    )
    db.close()
    expect(listDir(dir)).toEqual(['other.tavolo'])
    expectRefused(path, 'FOREIGN', /SQLite database of another program, not a Tavolo workshop/)
  })

  it('refuses a SQLite database carrying another application id', () => {
    const path = nodePath.join(tempDir(), 'app.tavolo')
    const db = new Database(path)
    db.pragma('application_id = 1234')
    db.exec('CREATE TABLE t (x)')
    db.close()
    expectRefused(path, 'FOREIGN', /application id is 0x000004D2/)
  })

  it('refuses a workshop written by a newer Tavolo and leaves it alone', () => {
    const path = nodePath.join(tempDir(), 'newer.tavolo')
    makeWorkshop(path)
    const db = new Database(path)
    db.pragma(`user_version = ${FILE_VERSION + 1}`)
    db.close()
    expectRefused(
      path,
      'NEWER_VERSION',
      new RegExp(
        `newer Tavolo \\(file version ${FILE_VERSION + 1}; this Tavolo reads up to version ${FILE_VERSION}\\)`,
      ),
    )
  })

  it('refuses a newer version recorded only in the -wal file, without replaying it', () => {
    const dir = tempDir()
    const live = nodePath.join(tempDir(), 'w.tavolo')
    makeWorkshop(live)
    // A newer Tavolo upgraded the file and was killed before checkpointing: the new version
    // is only in the -wal file; the main file's header still says version 1.
    const db = new Database(live)
    db.pragma('locking_mode = EXCLUSIVE')
    db.pragma('wal_autocheckpoint = 0')
    db.pragma(`user_version = ${FILE_VERSION + 1}`)
    const path = nodePath.join(dir, 'crashed.tavolo')
    fs.copyFileSync(live, path)
    fs.copyFileSync(`${live}-wal`, `${path}-wal`)
    db.close()
    expect(fs.readFileSync(path).readInt32BE(60)).toBe(FILE_VERSION)
    expectRefused(path, 'NEWER_VERSION', /newer Tavolo/)
  })

  it('refuses a folder', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'folder.tavolo')
    fs.mkdirSync(path)
    expect(() => WorkshopFile.open(path)).toThrow(
      expect.objectContaining({
        code: 'UNREADABLE',
        message: `${path} is a folder, not a workshop file.`,
      }),
    )
  })
})
