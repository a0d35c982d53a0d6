// Break-out groups take copies of one workshop, edit them apart, and fold them back together.
import fs from 'node:fs'
import nodePath from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  WorkshopFile,
  mergeWorkshopFiles,
  readWorkshopFile,
} from '../../../src/main/store/index.ts'
import { canonical, fillDoc, listDir, sha256, tempDir } from './helpers.ts'

/** A workshop and two diverged copies: group A and group B each edited their own copy. */
function divergedCopies(dir: string): { a: string; b: string } {
  const base = nodePath.join(dir, 'base.tavolo')
  const file = WorkshopFile.create(base, undefined, { workshopId: 'w-river', title: 'Riverside' })
  fillDoc(file.doc, 5, 10)
  file.close()
  const a = nodePath.join(dir, 'group-a.tavolo')
  const b = nodePath.join(dir, 'group-b.tavolo')
  fs.copyFileSync(base, a)
  fs.copyFileSync(base, b)

  const groupA = WorkshopFile.open(a)
  const storiesA = groupA.doc.getMap<Y.Map<unknown>>('stories')
  storiesA.get('s1')?.set('goal', 'A rewrote s1')
  const added = new Y.Map<unknown>()
  added.set('goal', 'A added a story')
  storiesA.set('sA', added)
  groupA.doc.getText('notes').insert(0, 'A: ')
  groupA.close()

  const groupB = WorkshopFile.open(b)
  const storiesB = groupB.doc.getMap<Y.Map<unknown>>('stories')
  storiesB.get('s2')?.set('votes', 99)
  storiesB.delete('s3')
  groupB.doc.getArray<string>('log').push(['B was here'])
  groupB.close()
  return { a, b }
}

describe('merging diverged copies', () => {
  it('folds both sides into one file and leaves the inputs untouched', () => {
    const dir = tempDir()
    const { a, b } = divergedCopies(dir)
    const hashes = [sha256(a), sha256(b)]
    const out = nodePath.join(dir, 'merged.tavolo')

    const result = mergeWorkshopFiles(a, b, out)
    expect(result).toEqual({ out, workshopId: 'w-river', title: 'Riverside' })
    expect([sha256(a), sha256(b)]).toEqual(hashes)
    expect(listDir(dir)).toEqual([
      'base.tavolo',
      'group-a.tavolo',
      'group-b.tavolo',
      'merged.tavolo',
    ])

    const merged = WorkshopFile.open(out)
    const stories = merged.doc.getMap<Y.Map<unknown>>('stories')
    expect(stories.get('s1')?.get('goal')).toBe('A rewrote s1')
    expect(stories.get('sA')?.get('goal')).toBe('A added a story')
    expect(stories.get('s2')?.get('votes')).toBe(99)
    expect(stories.has('s3')).toBe(false)
    expect(merged.doc.getText('notes').toString().startsWith('A: ')).toBe(true)
    expect(merged.doc.getArray('log').toArray().at(-1)).toBe('B was here')
    expect(merged.info()).toMatchObject({ workshopId: 'w-river', title: 'Riverside' })

    // The same result whichever way round, and the same as syncing the two documents.
    const other = mergeWorkshopFiles(b, a, nodePath.join(dir, 'other.tavolo'))
    expect(canonical(readWorkshopFile(other.out).doc)).toBe(canonical(merged.doc))
    merged.close()
  })

  it('refuses copies of different workshops unless forced', () => {
    const dir = tempDir()
    const { a } = divergedCopies(dir)
    const stranger = nodePath.join(dir, 'stranger.tavolo')
    const file = WorkshopFile.create(stranger, undefined, {
      workshopId: 'w-harbour',
      title: 'Harbour',
    })
    file.doc.getMap('stories').set('x', 1)
    file.close()
    const out = nodePath.join(dir, 'merged.tavolo')
    expect(() => mergeWorkshopFiles(a, stranger, out)).toThrow(
      expect.objectContaining({
        code: 'DIFFERENT_WORKSHOP',
        message: expect.stringMatching(/"Riverside" \(id w-river\).*"Harbour" \(id w-harbour\)/),
      }),
    )
    expect(fs.existsSync(out)).toBe(false)
    mergeWorkshopFiles(a, stranger, out, { force: true })
    expect(readWorkshopFile(out).doc.getMap('stories').has('x')).toBe(true)
  })

  it('refuses to write over an input or an existing file unless told to', () => {
    const dir = tempDir()
    const { a, b } = divergedCopies(dir)
    const hashA = sha256(a)
    expect(() => mergeWorkshopFiles(a, b, a, { overwrite: true })).toThrow(
      expect.objectContaining({ code: 'SAME_FILE' }),
    )
    expect(sha256(a)).toBe(hashA)
    const out = nodePath.join(dir, 'merged.tavolo')
    fs.writeFileSync(out, 'precious')
    expect(() => mergeWorkshopFiles(a, b, out)).toThrow(expect.objectContaining({ code: 'EXISTS' }))
    expect(fs.readFileSync(out, 'utf8')).toBe('precious')
    mergeWorkshopFiles(a, b, out, { overwrite: true })
    expect(readWorkshopFile(out).workshopId).toBe('w-river')
  })

  it('folds a copy into the open workshop, persisting the result', () => {
    const dir = tempDir()
    const { a, b } = divergedCopies(dir)
    const hashB = sha256(b)
    const file = WorkshopFile.open(a)
    const rowsBefore = file.info().logRows
    file.mergeFrom(b)
    expect(file.info().logRows).toBe(rowsBefore + 1)
    expect(file.doc.getMap<Y.Map<unknown>>('stories').get('s2')?.get('votes')).toBe(99)
    file.mergeFrom(b) // nothing new the second time
    expect(file.info().logRows).toBe(rowsBefore + 1)
    expect(() => file.mergeFrom(a)).toThrow(expect.objectContaining({ code: 'SAME_FILE' }))
    file.close()
    expect(sha256(b)).toBe(hashB)
    expect(readWorkshopFile(a).doc.getMap<Y.Map<unknown>>('stories').has('s3')).toBe(false)
  })
})
