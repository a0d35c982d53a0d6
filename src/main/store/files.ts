// Putting a finished database file in place: it is written under a temporary name next to the
// target, flushed to disk, then linked (or renamed, when overwriting) to its final name, so a
// reader never sees half a file and a crash leaves at most a hidden temporary file behind.
import crypto from 'node:crypto'
import fs from 'node:fs'
import nodePath from 'node:path'
import { WorkshopFileError } from './errors.ts'

function errnoCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : ''
}

/** A hidden name next to `target` for a file being written. */
export function tempNameFor(target: string, purpose: string): string {
  const dir = nodePath.dirname(target)
  const suffix = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`
  return nodePath.join(dir, `.${nodePath.basename(target)}.${purpose}-${suffix}`)
}

/**
 * Refuses a target that exists (unless overwriting) or has a -wal/-shm file next to it: SQLite
 * would read a leftover -wal as part of the new file and damage it.
 */
export function checkTarget(target: string, overwrite: boolean): void {
  const dir = nodePath.dirname(target)
  if (!fs.existsSync(dir)) {
    throw new WorkshopFileError(
      'NOT_FOUND',
      target,
      `Cannot write ${target}: the folder ${dir} does not exist.`,
    )
  }
  if (fs.existsSync(target)) {
    if (!overwrite) {
      throw new WorkshopFileError(
        'EXISTS',
        target,
        `${target} already exists; choose another name or allow overwriting.`,
      )
    }
    if (!fs.statSync(target).isFile()) {
      throw new WorkshopFileError('EXISTS', target, `${target} is a folder; choose a file name.`)
    }
  }
  for (const sidecar of [`${target}-wal`, `${target}-shm`]) {
    if (fs.existsSync(sidecar)) {
      throw new WorkshopFileError(
        'LOCKED',
        target,
        `${sidecar} exists: ${target} is open in Tavolo or was not closed cleanly; open and close ` +
          'it first, or choose another name.',
      )
    }
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Makes a rename or link itself durable; not every platform can open a folder, hence best effort. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Moves a finished temporary file to `target`; refuses to replace one unless overwriting. */
export function publish(temp: string, target: string, overwrite: boolean): void {
  fsyncFile(temp)
  try {
    if (overwrite) {
      fs.renameSync(temp, target)
    } else {
      try {
        fs.linkSync(temp, target) // atomic "create only if absent"
      } catch (error) {
        const code = errnoCode(error)
        if (code === 'EEXIST') throw error
        // File systems without hard links (FAT/exFAT sticks, some shares): exclusive copy.
        fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL)
        fsyncFile(target)
      }
      fs.unlinkSync(temp)
    }
  } catch (error) {
    removeQuietly(temp)
    if (errnoCode(error) === 'EEXIST') {
      throw new WorkshopFileError(
        'EXISTS',
        target,
        `${target} already exists; choose another name or allow overwriting.`,
        {
          cause: error,
        },
      )
    }
    throw new WorkshopFileError(
      'WRITE_FAILED',
      target,
      `Could not write ${target}: ${String(error)}.`,
      {
        cause: error,
      },
    )
  }
  fsyncDir(nodePath.dirname(target))
}

export function removeQuietly(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      fs.unlinkSync(f)
    } catch {
      // already gone
    }
  }
}
