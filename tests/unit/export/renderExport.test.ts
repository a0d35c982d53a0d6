import { describe, expect, it } from 'vitest'
import { ExportError, renderExport } from '../../../src/shared/export/index.ts'
import {
  EXPORT_FORMATS,
  FORMAT_INFO,
  isExportFormat,
  type ExportFormat,
} from '../../../src/shared/export/types.ts'
import { exportEn } from '../../../src/shared/i18n/en/export.ts'
import type { ExportCatalog } from '../../../src/shared/i18n/exportCatalog.ts'
import { htmlText } from './readBack.ts'
import { riverside } from './fixtures.ts'

describe('renderExport', () => {
  it.each(EXPORT_FORMATS.filter((f) => f !== 'pdf'))(
    'renders %s with its extension and MIME type',
    async (format) => {
      const out = await renderExport(riverside(), format)
      expect(out.format).toBe(format)
      expect(out.extension).toBe(FORMAT_INFO[format].extension)
      expect(out.mimeType).toBe(FORMAT_INFO[format].mimeType)
      const binary = format === 'docx' || format === 'xlsx'
      expect(typeof out.content === 'string').toBe(!binary)
      expect(out.content.length).toBeGreaterThan(500)
    },
  )

  it('refuses an unknown format and a PDF without printer, with clear messages', async () => {
    expect(isExportFormat('odt')).toBe(false)
    await expect(renderExport(riverside(), 'odt' as ExportFormat)).rejects.toThrow(
      'unknown export format "odt" (known: json, md, html, pdf, docx, xlsx, csv, ics)',
    )
    await expect(renderExport(riverside(), 'pdf')).rejects.toThrow(ExportError)
  })

  it('does nothing once cancelled', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(renderExport(riverside(), 'docx', { signal: controller.signal })).rejects.toThrow(
      'stop',
    )
  })

  it('renders an empty workshop without failing', async () => {
    const doc = riverside()
    doc.participants = []
    doc.agenda = []
    doc.boards = []
    doc.actionPlan = { objectives: [], actions: [] }
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'pdf')) {
      const out = await renderExport(doc, format)
      expect(out.content.length, format).toBeGreaterThan(0)
    }
  })

  it('takes its labels from the catalog and its formats from the locale', async () => {
    const fr: ExportCatalog = {
      ...exportEn,
      participants: 'Participants et participantes',
      responsible: 'Responsable',
      storySentence: 'En tant que {role}, je veux {goal}, afin que {benefit}.',
      statuses: { planned: 'Prévue', 'in-progress': 'En cours', done: 'Terminée' },
    }
    const out = await renderExport(riverside(), 'html', { catalog: fr, locale: 'fr' })
    const text = htmlText(String(out.content))
    expect(text).toContain('Participants et participantes')
    expect(text).toContain('Responsable City of Riverside')
    expect(text).toContain('En tant que shop owner, je veux see which vacant units')
    expect(text).toContain('Prévue')
    expect(text).toContain('12 000 €')
    expect(text).toContain('1 avr. 2026')
  })
})
