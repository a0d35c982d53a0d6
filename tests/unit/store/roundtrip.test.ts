import fs from 'node:fs'
import nodePath from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  APPLICATION_ID,
  FILE_VERSION,
  STORE_ORIGIN,
  WorkshopFile,
  WorkshopFileError,
  readWorkshopFile,
} from '../../../src/main/store/index.ts'
import { canonical, fillDoc, listDir, sha256, stateVector, tempDir } from './helpers.ts'

const REMOTE = { peer: 'remote' }

describe('WorkshopFile create/open round trip', () => {
  it('creates a marked file that reopens empty, with its meta', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { workshopId: 'w-1', title: 'Riverside' })
    expect(file.path).toBe(path)
    file.close()
    expect(listDir(dir)).toEqual(['w.tavolo']) // close leaves no -wal/-shm behind

    const header = fs.readFileSync(path).subarray(0, 100)
    expect(header.toString('latin1', 0, 16)).toBe('SQLite format 3\0')
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID)
    expect(header.readInt32BE(60)).toBe(FILE_VERSION)

    const again = WorkshopFile.open(path)
    const info = again.info()
    expect(info).toMatchObject({
      workshopId: 'w-1',
      title: 'Riverside',
      logRows: 0,
      snapshots: 1,
      lastCompaction: null,
      fileVersion: FILE_VERSION,
      pendingUpdates: 0,
    })
    expect(Date.parse(info.created)).not.toBeNaN()
    expect(again.doc.share.size).toBe(0)
    again.close()
  })

  it('persists every edit and reopens to the same document', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    fillDoc(file.doc, 10, 50)
    const json = canonical(file.doc)
    const sv = stateVector(file.doc)
    file.close()

    const again = WorkshopFile.open(path)
    expect(canonical(again.doc)).toBe(json)
    expect(stateVector(again.doc)).toBe(sv)
    expect(again.info().logRows).toBe(52) // 1 creation + 50 edits + 1 delete transaction
    again.close()
  })

  it('keeps the content of a document given to create, and takes id and title from it', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const doc = new Y.Doc()
    doc.getMap('workshop').set('id', 'w-from-doc')
    doc.getMap('workshop').set('title', 'From the doc')
    fillDoc(doc, 5, 5)
    const file = WorkshopFile.create(path, doc)
    expect(file.doc).toBe(doc)
    expect(file.info()).toMatchObject({
      workshopId: 'w-from-doc',
      title: 'From the doc',
      logRows: 0,
    })
    file.close()
    const read = readWorkshopFile(path)
    expect(canonical(read.doc)).toBe(canonical(doc))
    expect(read.workshopId).toBe('w-from-doc')
  })

  it('keeps the title in meta in step with the document', async () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { title: 'Old' })
    file.doc.getMap('workshop').set('title', 'New title')
    await file.whenDurable()
    expect(file.info().title).toBe('New title')
    file.close()
    expect(readWorkshopFile(path).title).toBe('New title')
  })

  it('does not persist its own loading again, nor updates with the store origin', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    fillDoc(file.doc, 3, 3)
    file.close()

    const again = WorkshopFile.open(path)
    expect(again.pendingUpdates).toBe(0)
    const before = again.info().logRows
    again.flush()
    expect(again.info().logRows).toBe(before)

    again.doc.transact(() => again.doc.getMap('m').set('store', 1), STORE_ORIGIN)
    expect(again.pendingUpdates).toBe(0)
    again.doc.transact(() => again.doc.getMap('m').set('remote', 1), REMOTE)
    again.doc.getMap('m').set('local', 1)
    expect(again.pendingUpdates).toBe(2)
    expect(again.flush()).toBe(2)
    expect(again.info().logRows).toBe(before + 2)
    again.close()
  })

  it('commits the updates of one tick together and acknowledges them after the commit', async () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    const commits: number[] = []
    file.onDurable((e) => commits.push(e.updates))
    const map = file.doc.getMap('m')
    for (let i = 0; i < 7; i++) map.set(`k${i}`, i)
    expect(file.pendingUpdates).toBe(7)
    expect(file.info().logRows).toBe(0)
    let acked = false
    const durable = file.whenDurable().then(() => {
      acked = true
    })
    await Promise.resolve()
    expect(acked).toBe(false) // not before the commit
    await durable
    expect(commits).toEqual([7])
    expect(file.info().logRows).toBe(7)
    expect(file.pendingUpdates).toBe(0)
    await file.whenDurable() // nothing pending: resolves at once
    file.close()
  })

  it('refuses to create over an existing file, in a missing folder, or next to a stray -wal', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'w.tavolo')
    WorkshopFile.create(path).close()
    const hash = sha256(path)
    expect(() => WorkshopFile.create(path)).toThrow(
      expect.objectContaining({ code: 'EXISTS', message: expect.stringContaining(path) }),
    )
    expect(sha256(path)).toBe(hash)
    expect(listDir(dir)).toEqual(['w.tavolo'])

    const missing = nodePath.join(dir, 'nope', 'w.tavolo')
    expect(() => WorkshopFile.create(missing)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    )

    const stray = nodePath.join(dir, 'x.tavolo')
    fs.writeFileSync(`${stray}-wal`, 'left over')
    expect(() => WorkshopFile.create(stray)).toThrow(expect.objectContaining({ code: 'LOCKED' }))
    expect(fs.existsSync(stray)).toBe(false)
  })

  it('refuses a second open of a file that is open, and the first keeps working', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    file.doc.getMap('m').set('a', 1)
    file.flush()
    expect(() => WorkshopFile.open(path)).toThrow(
      expect.objectContaining({ code: 'LOCKED', message: expect.stringContaining(path) }),
    )
    file.doc.getMap('m').set('b', 2)
    file.close()
    expect(readWorkshopFile(path).doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 })
  })

  it('stops persisting after close, and says so when used', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    file.doc.getMap('m').set('kept', 1)
    file.close()
    file.close() // harmless
    file.doc.getMap('m').set('after', 1)
    expect(file.pendingUpdates).toBe(0)
    expect(() => file.flush()).toThrow(WorkshopFileError)
    expect(() => file.info()).toThrow(expect.objectContaining({ code: 'CLOSED' }))
    expect(readWorkshopFile(path).doc.getMap('m').toJSON()).toEqual({ kept: 1 })
  })

  it('reads a file without changing it', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { title: 'T' })
    fillDoc(file.doc, 4, 4)
    file.close()
    const hash = sha256(path)
    const read = readWorkshopFile(path)
    expect(read).toMatchObject({ title: 'T', logRows: 6, snapshots: 1, fileVersion: FILE_VERSION })
    expect(sha256(path)).toBe(hash)
    expect(listDir(dir)).toEqual(['w.tavolo'])
  })
})
