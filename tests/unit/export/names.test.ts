// `--no-names`: no participant name in any format, counts by sector instead.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/shared/export/index.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export/types.ts'
import { createChromiumPrinter } from '../../../src/main/export/pdf.ts'
import { multilingual, participantNames } from './fixtures.ts'
import { exportText } from './readBack.ts'

const doc = multilingual()
// A participant named in free text elsewhere must go too.
const x3 = doc.actionPlan.actions.find((a) => a.id === 'x-3')
if (x3) x3.responsible = 'Radu Ionescu (planning)'
const names = participantNames(doc)

const withNames = new Map<ExportFormat, string>()
const withoutNames = new Map<ExportFormat, string>()
const raw = new Map<ExportFormat, string>()

beforeAll(async () => {
  const pdfPrinter = createChromiumPrinter()
  for (const format of EXPORT_FORMATS) {
    const anon = await renderExport(doc, format, { names: false, pdfPrinter })
    withoutNames.set(format, await exportText(format, anon.content))
    if (typeof anon.content === 'string') raw.set(format, anon.content)
    const named = await renderExport(doc, format, { names: true, pdfPrinter })
    withNames.set(format, await exportText(format, named.content))
  }
})

describe.each(EXPORT_FORMATS)('%s with names: false', (format) => {
  it('contains no participant name', () => {
    const text = withoutNames.get(format) ?? ''
    expect(text.length).toBeGreaterThan(100)
    for (const name of names) expect(text, name).not.toContain(name)
    const source = raw.get(format)
    if (source !== undefined) for (const name of names) expect(source, name).not.toContain(name)
  })
})

describe('names: false in readable formats', () => {
  it.each(['md', 'html', 'docx', 'pdf'] as const)(
    '%s keeps counts by sector and says names are left out',
    (format) => {
      const text = withoutNames.get(format) ?? ''
      expect(text).toContain('Names are left out of this export')
      expect(text).toContain('Public sector')
      expect(text).toContain('9 participants')
      expect(text).toContain('Participant 7 (planning)')
    },
  )

  it.each(['md', 'html', 'docx', 'pdf', 'json'] as const)(
    '%s with names: true does name them (the check above can fail)',
    (format) => {
      const text = withNames.get(format) ?? ''
      for (const name of names) expect(text).toContain(name)
    },
  )
})
