// tavolo export FILE.tavolo --format F [--out PATH] [--no-names] [--lang TAG]
// Reads the file without opening it for writing (it may be open in a running Tavolo).
import { readWorkshopFile } from '../../store/index.ts'
import { exportInput } from '../../../shared/model/index.ts'
import { EXPORT_FORMATS, isExportFormat } from '../../../shared/export/types.ts'
import { LANGUAGES, matchLanguage } from '../../../shared/i18n/languages.ts'
import { renderExport } from '../../../shared/export/index.ts'
import { exportWorkshopTo } from '../../export/index.ts'
import { parse } from '../args.ts'
import { UsageError } from '../errors.ts'
import type { CliIo } from '../io.ts'

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      'no-names': { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
    { min: 1, max: 1, names: 'FILE.tavolo' },
  )
  const format = values.format
  if (format === undefined)
    throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`)
  if (!isExportFormat(format))
    throw new UsageError(`unknown format "${format}"; choose one of ${EXPORT_FORMATS.join(', ')}`)
  const language = values.lang
  if (language !== undefined && matchLanguage(language) === undefined)
    throw new UsageError(
      `--lang ${language}: no catalog for it; choose one of ${LANGUAGES.map((l) => l.tag).join(', ')}`,
    )
  const contents = readWorkshopFile(positionals[0] as string)
  // The same input as the app's Export: an anonymous session leaves authors out, and the session
  // summary (steps as run, who took part, votes, decisions) goes into the report.
  const { data, summary } = exportInput(contents.doc, Date.now(), language)
  const names = !values['no-names']
  if (values.out === undefined) {
    if (
      format !== 'json' &&
      format !== 'md' &&
      format !== 'csv' &&
      format !== 'html' &&
      format !== 'ics'
    )
      throw new UsageError(`--format ${format} is binary: give --out PATH`)
    const output = await renderExport(data, format, { names, summary, language })
    io.stdout(typeof output.content === 'string' ? output.content : '')
    return 0
  }
  const result = await exportWorkshopTo(data, format, {
    out: values.out,
    names,
    summary,
    language,
  })
  io.stderr(`Wrote ${result.path} (${result.bytes} bytes)\n`)
  return 0
}
