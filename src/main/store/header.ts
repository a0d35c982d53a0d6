// Checks a workshop file from its first 100 bytes with plain fs reads, before SQLite touches it:
// a garbage, empty, foreign, newer or visibly truncated file is refused without being opened,
// so nothing (not even a -wal or -shm file next to it) can be written.
import fs from 'node:fs'
import { WorkshopFileError } from './errors.ts'
import { APPLICATION_ID, FILE_VERSION, SQLITE_MAGIC } from './schema.ts'

export interface HeaderFacts {
  fileBytes: number
  pageSize: number
  /** Size of the -wal file next to it; > 0 means committed changes may still live there. */
  walBytes: number
  walExists: boolean
  userVersion: number
}

const HEADER_BYTES = 100

export function hex(n: number): string {
  return `0x${n.toString(16).toUpperCase().padStart(8, '0')}`
}

function readStart(path: string, bytes: number): Buffer {
  let fd: number
  try {
    fd = fs.openSync(path, 'r')
  } catch (error) {
    throw new WorkshopFileError('UNREADABLE', path, `${path} cannot be read: ${String(error)}.`, {
      cause: error,
    })
  }
  try {
    const buf = Buffer.alloc(bytes)
    const n = fs.readSync(fd, buf, 0, bytes, 0)
    return buf.subarray(0, n)
  } finally {
    fs.closeSync(fd)
  }
}

/** A hint at what a non-SQLite file is, so the message can say more than "no". */
function guessKind(start: Buffer): string {
  const text = start.toString('latin1', 0, 16).trimStart()
  if (text.startsWith('{') || text.startsWith('['))
    return ' (it looks like JSON: import it instead)'
  if (start[0] === 0x50 && start[1] === 0x4b) return ' (it looks like a ZIP or Office document)'
  if (text.startsWith('%PDF')) return ' (it is a PDF document)'
  return ''
}

export function checkHeader(path: string): HeaderFacts {
  let stat: fs.Stats
  try {
    stat = fs.statSync(path)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : ''
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkshopFileError('NOT_FOUND', path, `There is no workshop file at ${path}.`, {
        cause: error,
      })
    }
    throw new WorkshopFileError('UNREADABLE', path, `${path} cannot be read: ${String(error)}.`, {
      cause: error,
    })
  }
  if (!stat.isFile()) {
    throw new WorkshopFileError('UNREADABLE', path, `${path} is a folder, not a workshop file.`)
  }
  if (stat.size === 0) {
    throw new WorkshopFileError(
      'NOT_SQLITE',
      path,
      `${path} is empty (0 bytes), so it is not a Tavolo workshop; if it should be one, the copy ` +
        'was interrupted: use a backup.',
    )
  }
  const start = readStart(path, HEADER_BYTES)
  const magic = start.toString('latin1', 0, SQLITE_MAGIC.length)
  if (magic !== SQLITE_MAGIC) {
    if (SQLITE_MAGIC.startsWith(magic)) {
      throw new WorkshopFileError(
        'CORRUPT',
        path,
        `${path} is truncated: only ${stat.size} bytes are left of a database file.`,
      )
    }
    throw new WorkshopFileError(
      'NOT_SQLITE',
      path,
      `${path} is not a Tavolo workshop: it is not a SQLite database${guessKind(start)}.`,
    )
  }
  if (start.length < HEADER_BYTES) {
    throw new WorkshopFileError(
      'CORRUPT',
      path,
      `${path} is truncated: only ${stat.size} bytes are left of a database file.`,
    )
  }
  const applicationId = start.readUInt32BE(68)
  if (applicationId !== APPLICATION_ID) {
    const whose =
      applicationId === 0
        ? 'it carries no application id'
        : `its application id is ${hex(applicationId)}, Tavolo's is ${hex(APPLICATION_ID)}`
    throw new WorkshopFileError(
      'FOREIGN',
      path,
      `${path} is a SQLite database of another program, not a Tavolo workshop (${whose}).`,
    )
  }
  const userVersion = start.readInt32BE(60)
  checkVersion(path, userVersion)

  const rawPageSize = start.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new WorkshopFileError(
      'CORRUPT',
      path,
      `${path} is damaged: its page size (${rawPageSize}) is invalid.`,
    )
  }

  let walBytes = 0
  let walExists = false
  try {
    const wal = fs.statSync(`${path}-wal`)
    walExists = wal.isFile()
    walBytes = walExists ? wal.size : 0
  } catch {
    // no -wal file: the database file alone is the whole workshop
  }

  // Without committed pages in a -wal file, the database file must hold every page its header
  // counts. (With them, an interrupted checkpoint can leave it short; SQLite's recovery redoes
  // it, so only the SQLite-level checks apply.) The header's page count is trustworthy only when
  // the change counter matches the "version valid for" field.
  if (walBytes === 0) {
    const pages = start.readUInt32BE(28)
    const counterMatches = start.readUInt32BE(24) === start.readUInt32BE(92)
    const expected = pages * pageSize
    if (pages > 0 && counterMatches && stat.size < expected) {
      throw new WorkshopFileError(
        'CORRUPT',
        path,
        `${path} is truncated: it should be ${expected} bytes but is ${stat.size}. Open a backup ` +
          'copy instead.',
      )
    }
    if (stat.size % pageSize !== 0) {
      throw new WorkshopFileError(
        'CORRUPT',
        path,
        `${path} is truncated or damaged: its size (${stat.size} bytes) is not a whole number of ` +
          `${pageSize}-byte pages. Open a backup copy instead.`,
      )
    }
  }
  return { fileBytes: stat.size, pageSize, walBytes, walExists, userVersion }
}

/** Refuses file versions this build cannot read (also used on the version SQLite reports). */
export function checkVersion(path: string, userVersion: number): void {
  if (userVersion > FILE_VERSION) {
    throw new WorkshopFileError(
      'NEWER_VERSION',
      path,
      `${path} was saved by a newer Tavolo (file version ${userVersion}; this Tavolo reads up to ` +
        `version ${FILE_VERSION}). Update Tavolo to open it; the file was left unchanged.`,
    )
  }
  if (userVersion < 1) {
    throw new WorkshopFileError(
      'CORRUPT',
      path,
      `${path} is marked as a Tavolo workshop but has no file version (${userVersion}): it was not ` +
        'written completely.',
    )
  }
}
