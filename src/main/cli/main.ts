// The `tavolo` command: plain Node, no Electron. Each subcommand lives in ./commands.
// Exit codes: 0 success, 2 bad usage or refused input (message on stderr), 1 other failures.
import { EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, RefusedInputError, UsageError } from './errors.ts'
import { processIo, type CliIo } from './io.ts'
import { USAGE } from './usage.ts'

type Command = (args: string[], io: CliIo) => Promise<number | void>

const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import.ts')).importCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  info: async () => (await import('./commands/info.ts')).infoCommand,
  merge: async () => (await import('./commands/merge.ts')).mergeCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    ;(name === undefined ? io.stderr : io.stdout)(USAGE)
    return name === undefined ? EXIT_REFUSED : EXIT_OK
  }
  if (name === '--version' || name === '-v') {
    io.stdout(
      `${(await import('../../../package.json', { with: { type: 'json' } })).default.version}\n`,
    )
    return EXIT_OK
  }
  const load = commands[name]
  if (load === undefined) {
    io.stderr(`tavolo: unknown command "${name}"\n\n${USAGE}`)
    return EXIT_REFUSED
  }
  try {
    const command = await load()
    return (await command(rest, io)) ?? EXIT_OK
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`tavolo ${name}: ${err.message}\n\n${USAGE}`)
      return EXIT_REFUSED
    }
    if (err instanceof RefusedInputError || isRefusal(err)) {
      io.stderr(`tavolo ${name}: ${(err as Error).message}\n`)
      return EXIT_REFUSED
    }
    io.stderr(
      `tavolo ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    )
    return EXIT_FAILURE
  }
}

/** Store and model errors that mean "this input is refused" rather than "something broke". */
function isRefusal(err: unknown): boolean {
  return err instanceof Error && (err.name === 'WorkshopFileError' || err.name === 'ModelError')
}
