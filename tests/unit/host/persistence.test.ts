// The host on a real .tavolo file: what peers edit is in the file when it is reopened.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { startHost } from '../../../src/main/host/index.ts'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  addParticipant,
  createWorkshopDoc,
  getWorkshopInfo,
  listParticipants,
  updateWorkshopInfo,
} from '../../../src/shared/model/index.ts'
import { connectClient, get, makeStaticDir, waitFor, whenSynced } from './helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('host on a workshop file', () => {
  it('reports the workshop from the document and persists every peer edit', async () => {
    const dirs = makeStaticDir()
    const tmp = mkdtempSync(join(tmpdir(), 'tavolo-host-file-'))
    cleanups.push(
      () => dirs.cleanup(),
      () => rmSync(tmp, { recursive: true, force: true }),
    )
    const path = join(tmp, 'riverside.tavolo')
    const file = WorkshopFile.create(
      path,
      createWorkshopDoc({ id: 'w-riverside', title: 'Riverside' }),
    )
    const host = await startHost({ file, staticDir: dirs.web })
    cleanups.push(() => host.close())

    const session = await get(host.port, `/api/session?token=${host.token}`)
    expect(JSON.parse(session.body)).toMatchObject({
      workshopId: 'w-riverside',
      title: 'Riverside',
    })

    const a = connectClient(host.port, 'w-riverside', host.token)
    const b = connectClient(host.port, 'w-riverside', host.token)
    cleanups.push(
      () => a.provider.destroy(),
      () => b.provider.destroy(),
    )
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    expect(getWorkshopInfo(a.doc).title).toBe('Riverside')
    addParticipant(a.doc, { name: 'Ana', organisation: 'City of Lisbon' })
    addParticipant(b.doc, { name: 'Bram', sector: 'business' })
    updateWorkshopInfo(b.doc, { title: 'Riverside, day 2' })
    await waitFor(
      () => listParticipants(a.doc).length === 2 && listParticipants(b.doc).length === 2,
    )
    await waitFor(() => getWorkshopInfo(a.doc).title === 'Riverside, day 2')
    expect(JSON.parse((await get(host.port, `/api/session?token=${host.token}`)).body).title).toBe(
      'Riverside, day 2',
    )

    await host.close()
    file.close()
    const reopened = WorkshopFile.open(path)
    try {
      expect(
        listParticipants(reopened.doc)
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Ana', 'Bram'])
      expect(getWorkshopInfo(reopened.doc).title).toBe('Riverside, day 2')
      expect(Y.encodeStateVector(reopened.doc)).toEqual(Y.encodeStateVector(a.doc))
    } finally {
      reopened.close()
    }
  })
})
