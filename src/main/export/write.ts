// Atomic writing of an export: the bytes go to a temporary file in the destination's folder
// (same file system, so the final rename is atomic), are flushed to disk, and only then renamed
// over the destination. A failure or a cancellation (AbortSignal) removes the temporary file, so
// the destination is either the old file, untouched, or the complete new one; never half of it.
import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

export interface WriteProgress {
  bytesWritten: number
  totalBytes: number
}

export interface WriteOptions {
  signal?: AbortSignal
  onProgress?: (progress: WriteProgress) => void
  /** Bytes per write call; progress is reported after each. Default 1 MiB. */
  chunkSize?: number
}

export class ExportWriteError extends Error {
  override name = 'ExportWriteError'
}

/** The temporary files of this module are named `.<name>.<random>.tavolo-tmp`. */
export const TEMP_SUFFIX = '.tavolo-tmp'

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Not possible on every platform (Windows), hence best effort.
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // best effort
  }
}

export async function writeExportAtomically(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const { signal, onProgress } = options
  signal?.throwIfAborted()
  const target = resolve(path)
  const dir = dirname(target)
  const dirInfo = await stat(dir).catch(() => undefined)
  if (dirInfo === undefined || !dirInfo.isDirectory())
    throw new ExportWriteError(`cannot write "${path}": folder "${dir}" does not exist`)
  const targetInfo = await stat(target).catch(() => undefined)
  if (targetInfo?.isDirectory())
    throw new ExportWriteError(`cannot write "${path}": it is a folder`)

  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const chunkSize = Math.max(1, options.chunkSize ?? 1 << 20)
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  // Replacing a file keeps its permissions; a new file gets the usual ones (0666 less umask).
  const handle = await open(temp, 'wx', targetInfo === undefined ? 0o666 : targetInfo.mode & 0o777)
  let closed = false
  try {
    let written = 0
    onProgress?.({ bytesWritten: 0, totalBytes: bytes.length })
    while (written < bytes.length) {
      signal?.throwIfAborted()
      const { bytesWritten } = await handle.write(
        bytes,
        written,
        Math.min(chunkSize, bytes.length - written),
      )
      written += bytesWritten
      onProgress?.({ bytesWritten: written, totalBytes: bytes.length })
    }
    await handle.sync()
    await handle.close()
    closed = true
    signal?.throwIfAborted()
    await rename(temp, target)
  } catch (err) {
    if (!closed) await handle.close().catch(() => {})
    await unlink(temp).catch(() => {})
    if (signal?.aborted) throw signal.reason
    throw err instanceof Error && !(err instanceof ExportWriteError)
      ? new ExportWriteError(`cannot write "${path}": ${err.message}`, { cause: err })
      : err
  }
  await syncDirectory(dir)
}
