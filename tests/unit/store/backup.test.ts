import fs from 'node:fs'
import nodePath from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APPLICATION_ID,
  FILE_VERSION,
  WorkshopFile,
  readWorkshopFile,
} from '../../../src/main/store/index.ts'
import { canonical, fillDoc, listDir, stateVector, tempDir } from './helpers.ts'

describe('backupTo', () => {
  it('writes a complete copy, including edits not yet committed', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'w.tavolo')
    const file = WorkshopFile.create(path, undefined, { workshopId: 'w-1', title: 'Riverside' })
    fillDoc(file.doc, 10, 40)
    file.doc.getMap('m').set('just now', 1) // still pending
    const backup = nodePath.join(dir, 'backup.tavolo')
    file.backupTo(backup)
    expect(listDir(dir)).toEqual(['backup.tavolo', 'w.tavolo', 'w.tavolo-wal'])
    const header = fs.readFileSync(backup).subarray(0, 100)
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID)
    expect(header.readInt32BE(60)).toBe(FILE_VERSION)

    const copy = WorkshopFile.open(backup)
    expect(canonical(copy.doc)).toBe(canonical(file.doc))
    expect(stateVector(copy.doc)).toBe(stateVector(file.doc))
    expect(copy.info()).toMatchObject({ workshopId: 'w-1', title: 'Riverside' })
    copy.doc.getMap('m').set('edited in the copy', 1) // the copy is a working workshop
    copy.close()
    file.close()
    expect(readWorkshopFile(backup).doc.getMap('m').toJSON()).toEqual({
      'just now': 1,
      'edited in the copy': 1,
    })
  })

  it('refuses an existing file unless told to overwrite, and never the file itself', () => {
    const dir = tempDir()
    const path = nodePath.join(dir, 'w.tavolo')
    const file = WorkshopFile.create(path)
    file.doc.getMap('m').set('v', 1)
    const target = nodePath.join(dir, 'old.tavolo')
    fs.writeFileSync(target, 'an older backup')
    expect(() => file.backupTo(target)).toThrow(
      expect.objectContaining({ code: 'EXISTS', message: expect.stringContaining(target) }),
    )
    expect(fs.readFileSync(target, 'utf8')).toBe('an older backup')
    file.backupTo(target, { overwrite: true })
    expect(readWorkshopFile(target).doc.getMap('m').toJSON()).toEqual({ v: 1 })
    expect(() => file.backupTo(path, { overwrite: true })).toThrow(
      expect.objectContaining({ code: 'SAME_FILE' }),
    )
    file.close()
    expect(listDir(dir)).toEqual(['old.tavolo', 'w.tavolo'])
  })
})
