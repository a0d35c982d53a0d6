// Errors the CLI maps to exit codes: 2 for bad usage or refused input, 1 for anything else.
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Input that was read but refused (invalid JSON document, not a workshop file, file exists…). */
export class RefusedInputError extends Error {
  override name = 'RefusedInputError'
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_REFUSED = 2
