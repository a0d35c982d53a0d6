// tavolo merge A.tavolo B.tavolo --out C.tavolo [--force]: fold two copies of one workshop
// (break-out groups edited apart) into a new file. The inputs are only read.
import { mergeWorkshopFiles } from '../../store/index.ts'
import { parse } from '../args.ts'
import { UsageError } from '../errors.ts'
import type { CliIo } from '../io.ts'

export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'different-workshops': { type: 'boolean', default: false },
    },
    { min: 2, max: 2, names: 'A.tavolo B.tavolo' },
  )
  if (values.out === undefined) throw new UsageError('--out C.tavolo is required')
  const [a, b] = positionals as [string, string]
  const result = mergeWorkshopFiles(a, b, values.out, {
    overwrite: values.force,
    force: values['different-workshops'],
  })
  io.stdout(`Merged ${a} and ${b} into ${result.out} ("${result.title}")\n`)
  return 0
}
