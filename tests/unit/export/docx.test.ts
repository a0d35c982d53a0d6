import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { renderDocx } from '../../../src/shared/export/docx.ts'
import { docxText, docxXml } from './readBack.ts'
import { multilingual, riverside } from './fixtures.ts'

describe('DOCX export', () => {
  it('is a valid Office package with real headings, tables and bullet lists', async () => {
    const bytes = await renderDocx(riverside())
    // A ZIP (PK header) with the parts Word and LibreOffice need.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    const zip = await JSZip.loadAsync(bytes)
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
    ])
      expect(zip.file(part), part).not.toBeNull()
    const xml = await docxXml(bytes)
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    for (const level of [1, 2, 3]) expect(xml).toContain(`<w:pStyle w:val="Heading${level}"/>`)
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5)
    expect(xml).toContain('<w:numPr>')
    // The timeline sits in a landscape section.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    const styles = await zip.file('word/styles.xml')?.async('string')
    expect(styles).toContain('<w:lang w:val="en"/>')
  })

  it('has the headings in document order and the timeline as a shaded table', async () => {
    const xml = await docxXml(await renderDocx(riverside()))
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1])
    expect(headings).toEqual([
      'Participants',
      'Session summary',
      'Boards',
      'Riverside high street — first actions 2026–2027',
      'Timeline',
      'Budget',
      'Completeness check',
    ])
    const text = docxText(xml)
    // Riverside runs April 2026 to December 2027: 21 months, so quarters.
    expect(text).toContain('Q2 2026')
    expect(text).toContain('Q4 2027')
    // Active periods are shaded with the status colour (planned blue, in progress orange).
    expect(xml).toContain('w:fill="3F6FB0"')
    expect(xml).toContain('w:fill="C9801A"')
  })

  it('keeps non-Latin text and strips characters XML forbids', async () => {
    const doc = multilingual()
    const x1 = doc.actionPlan.actions[0]
    if (!x1) throw new Error('fixture')
    x1.title = 'Bell\u0007 and form feed\u000C gone'
    const xml = await docxXml(await renderDocx(doc))
    // eslint-disable-next-line no-control-regex -- asserting control characters are absent
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    const text = docxText(xml)
    expect(text).toContain('Bell and form feed gone')
    expect(text).toContain('Αθηνά Παπαδοπούλου')
    expect(text).toContain('Муниципалитет')
  })
})
