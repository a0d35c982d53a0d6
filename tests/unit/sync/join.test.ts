// Joining another facilitator's session from the desktop app, in plain Node with real files:
// the facilitator's host serves a real .tavolo file on 127.0.0.1, and the participant's copy is
// a real .tavolo file under a temporary user-data folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHost, type Host } from '../../../src/main/host/index.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  addBoard,
  addStory,
  canonicalJson,
  createWorkshopDoc,
  listBoards,
} from '../../../src/shared/model/index.ts'
import { joinSession } from '../../../src/main/electron/join/joinSession.ts'
import { JoinLinkError, parseJoinLink } from '../../../src/main/electron/join/joinLink.ts'
import {
  LocalCopyError,
  localCopyName,
  localCopyPath,
  openLocalCopy,
} from '../../../src/main/electron/join/localCopy.ts'
import {
  RemoteSessionError,
  fetchRemoteSession,
} from '../../../src/main/electron/join/remoteSession.ts'
import { makeStaticDir, waitFor } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tavolo-join-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** The facilitator: a real workshop file hosted on 127.0.0.1. */
async function facilitator(
  dir: string,
  port = 0,
  sync = true,
): Promise<{ file: WorkshopFile; host: Host; path: string }> {
  const path = join(dir, 'facilitator.tavolo')
  const file = existsSync(path)
    ? WorkshopFile.open(path)
    : (() => {
        const doc = createWorkshopDoc({ id: 'w-riverside', title: 'Riverside walk' })
        const board = addBoard(doc, 'user-stories', 'Ideas')
        addStory(doc, board, {
          role: 'resident',
          goal: 'shade on the square',
          benefit: 'I can sit outside',
        })
        return WorkshopFile.create(path, doc)
      })()
  const web = makeStaticDir()
  const host = await startHost({ file, staticDir: web.web, port, token: 'JAMBCDE7', sync })
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await host.close()
    file.close()
    web.cleanup()
  }
  cleanups.push(close)
  return { file, host, path }
}

describe('joining a session from the desktop app', () => {
  it('keeps a local copy in userData/joined that syncs both ways with the host and survives it', async () => {
    const dir = tempDir()
    const userData = join(dir, 'userData')
    const f = await facilitator(dir)
    const joined = await joinSession(f.host.url, { userDataDir: userData })
    cleanups.push(() => {
      joined.leave()
      joined.file.close()
    })
    expect(joined.remote).toMatchObject({
      workshopId: 'w-riverside',
      title: 'Riverside walk',
      syncUrl: `ws://127.0.0.1:${f.host.port}/sync`,
      signalingUrl: `ws://127.0.0.1:${f.host.port}/signal?token=JAMBCDE7`,
    })
    expect(joined.file.path).toBe(join(userData, 'joined', 'w-riverside.tavolo'))
    await joined.link?.whenSynced()
    await waitFor(
      () => canonicalJson(joined.file.doc) === canonicalJson(f.file.doc),
      5000,
      'the local copy',
    )

    // Both ways.
    const board = listBoards(f.file.doc)[0]?.id as string
    addStory(joined.file.doc, board, {
      role: 'cyclist',
      goal: 'a bike lane',
      benefit: 'safe trips',
    })
    addStory(f.file.doc, board, { role: 'child', goal: 'a playground', benefit: 'play near home' })
    await waitFor(
      () => canonicalJson(joined.file.doc) === canonicalJson(f.file.doc),
      5000,
      'both edits on both sides',
    )

    // The facilitator's laptop goes to sleep; the participant keeps working on the copy.
    await f.host.close()
    f.file.close()
    addStory(joined.file.doc, board, { role: 'cyclist', goal: 'bike parking', benefit: 'no theft' })
    joined.leave()
    joined.file.close()

    // The copy on disk holds everything, and a later join reopens the same file and merges.
    const reopened = WorkshopFile.open(join(userData, 'joined', 'w-riverside.tavolo'))
    expect(canonicalJson(reopened.doc)).toContain('bike parking')
    expect(canonicalJson(reopened.doc)).toContain('a playground')
    reopened.close()
    const back = await facilitator(dir, f.host.port)
    const again = await joinSession(`127.0.0.1:${back.host.port}/?token=jambcde7`, {
      userDataDir: userData,
    })
    cleanups.push(() => {
      again.leave()
      again.file.close()
    })
    await again.link?.whenSynced()
    await waitFor(
      () => canonicalJson(back.file.doc).includes('bike parking'),
      5000,
      'the offline edit at the host',
    )
    await waitFor(
      () => canonicalJson(back.file.doc) === canonicalJson(again.file.doc),
      5000,
      'convergence',
    )
  })

  it('joins a host that only signals (no sync link; WebRTC carries the workshop)', async () => {
    const dir = tempDir()
    const f = await facilitator(dir, 0, false)
    const joined = await joinSession(f.host.url, { userDataDir: join(dir, 'userData') })
    cleanups.push(() => {
      joined.leave()
      joined.file.close()
    })
    expect(joined.remote.syncUrl).toBeNull()
    expect(joined.link).toBeNull()
  })

  it('says what is wrong with a link, a refused code, an unreachable host or a foreign copy', async () => {
    expect(() => parseJoinLink('')).toThrow(JoinLinkError)
    expect(() => parseJoinLink('http://192.168.1.20:4000/')).toThrow('no join code')
    expect(() => parseJoinLink('ftp://192.168.1.20/?token=A')).toThrow('http://')
    expect(parseJoinLink(' 192.168.1.20:4000/?token=ABCD2345 ')).toEqual({
      origin: 'http://192.168.1.20:4000',
      wsOrigin: 'ws://192.168.1.20:4000',
      token: 'ABCD2345',
    })
    const dir = tempDir()
    const f = await facilitator(dir)
    await expect(
      fetchRemoteSession(parseJoinLink(`127.0.0.1:${f.host.port}/?token=WRONG1234`)),
    ).rejects.toMatchObject({ reason: 'denied' })
    const port = f.host.port
    await f.host.close()
    await expect(
      fetchRemoteSession(parseJoinLink(`127.0.0.1:${port}/?token=JAMBCDE7`)),
    ).rejects.toThrow(RemoteSessionError)

    const userData = join(dir, 'userData')
    openLocalCopy(userData, 'w-a', 'A').close()
    const path = localCopyPath(userData, 'w-a')
    const other = WorkshopFile.create(
      join(dir, 'b.tavolo'),
      createWorkshopDoc({ id: 'w-b', title: 'B' }),
    )
    other.backupTo(join(dir, 'b-copy.tavolo'))
    other.close()
    rmSync(path)
    WorkshopFile.open(join(dir, 'b-copy.tavolo')).backupTo(path)
    expect(() => openLocalCopy(userData, 'w-a', 'A')).toThrow(LocalCopyError)
  })

  it('names copies safely whatever the workshop id', () => {
    expect(localCopyName('w-riverside')).toBe('w-riverside.tavolo')
    expect(localCopyName('../../etc/passwd')).toMatch(/^etc_passwd-[0-9a-f]{12}\.tavolo$/)
    expect(localCopyName('Riverside Walk 2026')).not.toBe(localCopyName('Riverside_Walk_2026'))
    expect(localCopyName('')).toMatch(/^workshop-[0-9a-f]{12}\.tavolo$/)
  })
})
