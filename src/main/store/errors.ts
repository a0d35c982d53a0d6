// The one error type the store throws. `code` is for programs (the CLI maps it to an exit code,
// the desktop app to a dialog); `message` is for people: it names the file and says what is wrong.

export type WorkshopFileErrorCode =
  | 'NOT_FOUND' // the path (or its folder) does not exist
  | 'UNREADABLE' // exists but cannot be read (permissions, a folder)
  | 'NOT_SQLITE' // not a database at all: empty, garbage, a document of another kind
  | 'FOREIGN' // a SQLite database, but not a Tavolo workshop
  | 'NEWER_VERSION' // a workshop written by a newer Tavolo
  | 'CORRUPT' // a Tavolo workshop that is damaged or truncated
  | 'LOCKED' // open in another Tavolo window or program
  | 'READ_ONLY' // the file or its folder cannot be written
  | 'EXISTS' // refusing to overwrite an existing file
  | 'DIFFERENT_WORKSHOP' // merging copies of two different workshops
  | 'SAME_FILE' // an output path that is one of the inputs
  | 'WRITE_FAILED' // an update could not be committed (disk full, I/O error)
  | 'CLOSED' // the file was used after close()

export class WorkshopFileError extends Error {
  readonly code: WorkshopFileErrorCode
  readonly path: string

  constructor(code: WorkshopFileErrorCode, path: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'WorkshopFileError'
    this.code = code
    this.path = path
  }
}

/** The SQLite result code of an error thrown by better-sqlite3, if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code.startsWith('SQLITE_') ? error.code : undefined
  }
  return undefined
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Turns an error met while reading or writing a workshop file into a WorkshopFileError that says
 * what happened to which file. Errors that already are WorkshopFileErrors pass through.
 */
export function asFileError(error: unknown, path: string, doing: string): WorkshopFileError {
  if (error instanceof WorkshopFileError) return error
  const code = sqliteCode(error) ?? ''
  const cause = { cause: error }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return lockedError(path, doing, cause)
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new WorkshopFileError(
      'CORRUPT',
      path,
      `${path} is damaged or truncated: ${describe(error)} (${doing}). Open a backup copy instead.`,
      cause,
    )
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new WorkshopFileError(
      'READ_ONLY',
      path,
      `${path} cannot be written (${describe(error)}) while ${doing}; copy it to a folder you can write to.`,
      cause,
    )
  }
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
    return new WorkshopFileError(
      'WRITE_FAILED',
      path,
      `Could not write ${path} while ${doing}: ${describe(error)}.`,
      cause,
    )
  }
  return new WorkshopFileError('CORRUPT', path, `${path}: ${describe(error)} (${doing}).`, cause)
}

export function lockedError(
  path: string,
  doing: string,
  options?: ErrorOptions,
): WorkshopFileError {
  return new WorkshopFileError(
    'LOCKED',
    path,
    `${path} is open in another Tavolo window or program; close it there first (while ${doing}).`,
    options,
  )
}
