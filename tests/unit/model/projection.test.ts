// The UI re-projects on every document update: a board of 3,000 stories must stay cheap. No
// timed assertion here (timings belong to bench/); this checks the projection is complete and
// correct at that size, and that large imports and moves stay consistent.
import { describe, expect, it } from 'vitest'
import {
  createWorkshopDoc,
  exportWorkshop,
  importWorkshop,
  listStories,
  listStoryColumns,
  moveStory,
} from '../../../src/shared/model/index.ts'
import { bigWorkshop } from './bigWorkshop.ts'

describe('projection at size', () => {
  it('3,000 stories import, project and round-trip', () => {
    const data = bigWorkshop(3000)
    const doc = createWorkshopDoc()
    importWorkshop(doc, data)
    const t0 = performance.now()
    const stories = listStories(doc, 'b-1')
    const columns = listStoryColumns(doc, 'b-1')
    const elapsed = performance.now() - t0
    expect(stories).toHaveLength(3000)
    expect(columns).toHaveLength(12)
    expect(columns[0]?.stories).toHaveLength(250)
    expect(exportWorkshop(doc)).toStrictEqual(data)
    // Informational only (shared CI machines vary): printed so a regression is visible.
    console.info(`listStories + listStoryColumns of 3,000 stories: ${elapsed.toFixed(1)} ms`)
    moveStory(doc, 's-2999', { theme: 't0', index: 0 })
    expect(listStoryColumns(doc, 'b-1')[0]?.stories[0]?.id).toBe('s-2999')
  })
})
