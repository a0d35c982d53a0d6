import fs from 'node:fs'
import nodePath from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { WorkshopFile, readWorkshopFile } from '../../../src/main/store/index.ts'
import { canonical, fillDoc, stateVector, tempDir } from './helpers.ts'

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('compaction', () => {
  it('keeps the document identical: content and state vector', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { compactThreshold: Infinity })
    fillDoc(file.doc, 30, 400)
    file.flush()
    const json = canonical(file.doc)
    const sv = stateVector(file.doc)
    expect(file.info().logRows).toBe(402)

    const result = file.compact()
    expect(result.compactedRows).toBe(402)
    expect(result.snapshotBytes).toBeGreaterThan(0)
    const info = file.info()
    expect(info).toMatchObject({ logRows: 0, snapshots: 1 })
    expect(Date.parse(info.lastCompaction ?? '')).not.toBeNaN()
    expect(canonical(file.doc)).toBe(json) // the live document is untouched
    file.close()

    const again = WorkshopFile.open(path)
    expect(canonical(again.doc)).toBe(json)
    expect(stateVector(again.doc)).toBe(sv)
    again.close()

    // The stored state vector is the snapshot's own.
    const db = new Database(path, { readonly: true })
    const row = db
      .prepare<[], { state: Buffer; state_vector: Buffer }>(
        'SELECT state, state_vector FROM snapshots',
      )
      .get()
    db.close()
    const fromSnapshot = new Y.Doc()
    Y.applyUpdate(fromSnapshot, row?.state ?? new Uint8Array())
    expect(Buffer.from(row?.state_vector ?? []).toString('hex')).toBe(stateVector(fromSnapshot))
  })

  it('is a no-op when the log is empty', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    fillDoc(file.doc, 2, 2)
    expect(file.compact().compactedRows).toBe(4)
    expect(file.compact().compactedRows).toBe(0)
    expect(file.info().snapshots).toBe(1)
    file.close()
  })

  it('flushes pending updates before writing a snapshot', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    file.doc.getMap('m').set('pending', 1)
    expect(file.pendingUpdates).toBe(1)
    const result = file.compact()
    expect(result.compactedRows).toBe(1)
    expect(file.info()).toMatchObject({ pendingUpdates: 0, logRows: 0 })
    file.close()
    expect(readWorkshopFile(path).doc.getMap('m').toJSON()).toEqual({ pending: 1 })
  })

  it('keeps log ids growing after the log was emptied, so later edits load', () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    file.doc.getMap('m').set('a', 1)
    file.compact() // log now empty; a reused id 1 would look covered by the snapshot
    file.doc.getMap('m').set('b', 2)
    file.flush()
    file.close()
    const again = WorkshopFile.open(path)
    expect(again.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 })
    again.doc.getMap('m').set('c', 3)
    again.compact()
    again.doc.getMap('m').set('d', 4)
    again.close()
    expect(readWorkshopFile(path).doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3, d: 4 })
  })

  it('runs by itself once the log passes the threshold', async () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { compactThreshold: 10 })
    const map = file.doc.getMap('m')
    for (let i = 0; i < 35; i++) {
      map.set(`k${i}`, i)
      await file.whenDurable()
      await nextTick()
    }
    const info = file.info()
    expect(info.logRows).toBeLessThan(10)
    expect(info.lastCompaction).not.toBeNull()
    const json = canonical(file.doc)
    file.close()
    expect(canonical(readWorkshopFile(path).doc)).toBe(json)
  })

  it('uses 500 log rows as the default threshold', async () => {
    const path = nodePath.join(tempDir(), 'w.tavolo')
    const file = WorkshopFile.create(path)
    const map = file.doc.getMap('m')
    for (let i = 0; i < 499; i++) map.set(`k${i}`, i)
    await file.whenDurable()
    await nextTick()
    expect(file.info()).toMatchObject({ logRows: 499, lastCompaction: null })
    map.set('last', 1)
    await file.whenDurable()
    await nextTick()
    expect(file.info().logRows).toBe(0)
    file.close()
  })
  it('gives the space of compacted rows back when the file is closed', () => {
    const dir = tempDir()
    const logged = nodePath.join(dir, 'logged.tavolo')
    const file = WorkshopFile.create(logged, undefined, { compactThreshold: Infinity })
    fillDoc(file.doc, 50, 1500)
    file.close()
    const compacted = nodePath.join(dir, 'compacted.tavolo')
    fs.copyFileSync(logged, compacted)
    const again = WorkshopFile.open(compacted)
    again.compact()
    again.close()
    expect(fs.statSync(compacted).size).toBeLessThan(fs.statSync(logged).size)
    const db = new Database(compacted, { readonly: true })
    expect(db.pragma('freelist_count', { simple: true })).toBe(0)
    db.close()
  })
})
