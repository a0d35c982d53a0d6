// Argument parsing shared by the commands: node:util parseArgs, with its errors turned into
// UsageError so that bad usage exits with code 2 and the usage text.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>

export function parse<O extends Options>(
  args: string[],
  options: O,
  positionals: { min: number; max: number; names: string },
) {
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const count = parsed.positionals.length
  if (count < positionals.min || count > positionals.max)
    throw new UsageError(`expected ${positionals.names}, got ${count} argument(s)`)
  return parsed
}
