// The desktop app hosts a workshop as this computer's owner: its window gets the owner's key
// with the connection and the host records that owner; a copy of someone else's session (joined)
// is hosted without an owner, so nothing is claimed on it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DesktopSession } from '../../../src/main/electron/desktopSession.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import { createIdentity, createWorkshopDoc, sessionOwner } from '../../../src/shared/model/index.ts'

let dir: string
const owner = createIdentity()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-desktop-owner-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('desktop owner', () => {
  it('hands the owner key to the window of a workshop it hosts', async () => {
    const session = new DesktopSession({ staticDir: dir, identity: owner })
    try {
      const opened = await session.create(
        join(dir, 'mine.tavolo'),
        createWorkshopDoc({ id: 'w-mine', title: 'Mine' }),
      )
      expect(opened.connection.ownerKey).toBe(owner.secretKey)
      expect(sessionOwner(session.file?.doc ?? createWorkshopDoc())).toBe(owner.userId)
    } finally {
      await session.close()
    }
  })

  it('claims nothing on a joined copy', async () => {
    const path = join(dir, 'joined.tavolo')
    WorkshopFile.create(path, createWorkshopDoc({ id: 'w-theirs', title: 'Theirs' })).close()
    const session = new DesktopSession({ staticDir: dir, identity: owner })
    try {
      const opened = await session.open(path, { owner: false })
      expect(opened.connection.ownerKey).toBeUndefined()
      expect(sessionOwner(session.file?.doc ?? createWorkshopDoc())).toBeUndefined()
    } finally {
      await session.close()
    }
  })
})
