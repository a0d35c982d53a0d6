import { describe, expect, it } from 'vitest'
import { renderJson } from '../../../src/shared/export/json.ts'
import { renderExport } from '../../../src/shared/export/index.ts'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import { multilingual, riverside } from './fixtures.ts'

describe('JSON export', () => {
  it('is lossless: parses back to an equal, valid document', () => {
    const doc = multilingual()
    const back: unknown = JSON.parse(renderJson(doc))
    expect(back).toEqual(doc)
    expect(validateWorkshopDocument(back).ok).toBe(true)
  })

  it('is stable: 2-space indentation, FORMAT.md key order whatever the producer order', () => {
    const doc = riverside()
    const shuffled = JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as WorkshopDocument
    const text = renderJson(doc)
    expect(renderJson(shuffled)).toBe(text)
    expect(
      text.startsWith(
        '{\n  "format": "tavolo-workshop",\n  "version": 1,\n  "workshop": {\n    "id"',
      ),
    ).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    // Lists keep their order.
    const back = JSON.parse(text) as WorkshopDocument
    expect(back.actionPlan.actions.map((a) => a.id)).toEqual(
      doc.actionPlan.actions.map((a) => a.id),
    )
  })

  it('leaves names out when asked and stays a valid document', async () => {
    const doc = riverside()
    const out = await renderExport(doc, 'json', { names: false })
    expect(typeof out.content).toBe('string')
    const back = JSON.parse(String(out.content)) as WorkshopDocument
    expect(validateWorkshopDocument(back).ok).toBe(true)
    expect(back.participants.map((p) => p.name)).toEqual(
      doc.participants.map((_, i) => `Participant ${i + 1}`),
    )
    expect(back.participants.map((p) => p.sector)).toEqual(doc.participants.map((p) => p.sector))
    expect(back.workshop.facilitator).toBeUndefined()
    // References still resolve: stories keep their authors' ids.
    const stories = back.boards.find((b) => b.kind === 'user-stories')
    expect(stories?.kind === 'user-stories' && stories.stories[0]?.authorId).toBe('p-joao')
  })
})
