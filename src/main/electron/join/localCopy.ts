// A desktop participant's own copy of a workshop joined on someone else's computer:
// `<userData>/joined/<workshopId>.tavolo`, created on first join and reopened on the next, so
// everything this person saw or wrote stays on their laptop whatever happens to the host.
import { existsSync, mkdirSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import * as Y from 'yjs'
import { WorkshopFile } from '../../store/index.ts'

/** A file name for any workshop id: safe ids as they are, others made safe plus a short hash. */
export function localCopyName(workshopId: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(workshopId)) return `${workshopId}.tavolo`
  const safe = workshopId
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 60)
  const hash = createHash('sha256').update(workshopId).digest('hex').slice(0, 12)
  return `${safe === '' ? 'workshop' : safe}-${hash}.tavolo`
}

export function localCopyPath(userDataDir: string, workshopId: string): string {
  return join(userDataDir, 'joined', localCopyName(workshopId))
}

export class LocalCopyError extends Error {
  override name = 'LocalCopyError'
}

/** Opens this person's copy of `workshopId`, creating it (empty, to be filled by sync) if new. */
export function openLocalCopy(
  userDataDir: string,
  workshopId: string,
  title: string,
): WorkshopFile {
  const path = localCopyPath(userDataDir, workshopId)
  if (!existsSync(path)) {
    mkdirSync(join(userDataDir, 'joined'), { recursive: true })
    return WorkshopFile.create(path, new Y.Doc(), {
      workshopId,
      title: title === '' ? workshopId : title,
    })
  }
  const file = WorkshopFile.open(path)
  const held = file.info().workshopId
  if (held !== workshopId) {
    file.close()
    throw new LocalCopyError(
      `${path} holds workshop "${held}", not "${workshopId}"; move it away and join again.`,
    )
  }
  return file
}
