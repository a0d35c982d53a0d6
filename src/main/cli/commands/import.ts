// tavolo import IN.json OUT.tavolo [--force]: validate the whole document, then write a new file.
// Nothing is written when the document is refused; an existing OUT is kept unless --force, and
// even then it is replaced only once the new file is complete (written beside it, then renamed).
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, basename, join, resolve } from 'node:path'
import { createWorkshopDoc, importWorkshop } from '../../../shared/model/index.ts'
import { describeProblems, parseWorkshopJson } from '../../../shared/interchange/validate.ts'
import { WorkshopFile } from '../../store/index.ts'
import { parse } from '../args.ts'
import { RefusedInputError } from '../errors.ts'
import type { CliIo } from '../io.ts'

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { force: { type: 'boolean', default: false } },
    { min: 2, max: 2, names: 'IN.json OUT.tavolo' },
  )
  const [input, output] = positionals as [string, string]
  let text: string
  try {
    text = readFileSync(input, 'utf8')
  } catch (err) {
    throw new RefusedInputError(`cannot read ${input}: ${(err as Error).message}`)
  }
  const result = parseWorkshopJson(text)
  if (!result.ok) {
    const n = result.problems.length
    throw new RefusedInputError(
      `${input} is not a valid Tavolo workshop document (${n} problem${n === 1 ? '' : 's'}); nothing was written:\n${describeProblems(result.problems)}`,
    )
  }
  const target = resolve(output)
  if (existsSync(target) && !values.force)
    throw new RefusedInputError(`${output} already exists; use --force to replace it`)

  const doc = createWorkshopDoc()
  importWorkshop(doc, result.value)
  const temp = join(dirname(target), `.${basename(target)}.importing-${process.pid}`)
  rmSync(temp, { force: true })
  try {
    const file = WorkshopFile.create(temp, doc, {
      workshopId: result.value.workshop.id,
      title: result.value.workshop.title,
    })
    file.close()
    renameSync(temp, target)
  } finally {
    rmSync(temp, { force: true })
    rmSync(`${temp}-wal`, { force: true })
    rmSync(`${temp}-shm`, { force: true })
  }
  io.stdout(`Imported "${result.value.workshop.title}" into ${output}\n`)
  return 0
}
