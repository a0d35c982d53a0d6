import { describe, expect, it } from 'vitest'
import {
  addStory,
  addStakeholder,
  getAction,
  getItem,
  listStories,
  listStoryColumns,
  moveStory,
  removeStory,
  renameStoryTheme,
  updateStory,
} from '../../../src/shared/model/index.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

const ids = (doc: ReturnType<typeof riversideDoc>, theme: string | undefined): string[] =>
  listStoryColumns(doc, 'b-stories')
    .find((c) => c.theme === theme)
    ?.stories.map((s) => s.id) ?? []

describe('stories', () => {
  it('groups stories into theme columns in order of first appearance', () => {
    const doc = riversideDoc()
    expect(
      listStoryColumns(doc, 'b-stories').map((c) => [c.theme, c.stories.map((s) => s.id)]),
    ).toStrictEqual([
      ['vacancy', ['s-1', 's-3']],
      ['public space', ['s-2']],
      ['data', ['s-4']],
      ['permits', ['s-5']],
    ])
  })

  it('adds at the end of its theme column or at an index in it', () => {
    const doc = riversideDoc()
    const a = addStory(doc, 'b-stories', { role: 'r', goal: 'g', benefit: 'b', theme: 'vacancy' })
    const b = addStory(doc, 'b-stories', {
      role: 'r',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
      index: 1,
    })
    const c = addStory(doc, 'b-stories', { role: 'r', goal: 'g', benefit: 'b' })
    expect(ids(doc, 'vacancy')).toStrictEqual(['s-1', b, 's-3', a])
    expect(ids(doc, undefined)).toStrictEqual([c])
    expect(getItem(doc, a)).toStrictEqual({
      type: 'story',
      boardId: 'b-stories',
      id: a,
      role: 'r',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
    })
  })

  it('moves within a column and across columns', () => {
    const doc = riversideDoc()
    moveStory(doc, 's-3', { index: 0 })
    expect(ids(doc, 'vacancy')).toStrictEqual(['s-3', 's-1'])
    moveStory(doc, 's-1', { theme: 'data', index: 0 })
    expect(ids(doc, 'vacancy')).toStrictEqual(['s-3'])
    expect(ids(doc, 'data')).toStrictEqual(['s-1', 's-4'])
    moveStory(doc, 's-1', { theme: null })
    expect(ids(doc, undefined)).toStrictEqual(['s-1'])
    expect(getItem(doc, 's-1')).not.toHaveProperty('theme')
    moveStory(doc, 's-5', { theme: 'data' })
    expect(ids(doc, 'data')).toStrictEqual(['s-4', 's-5'])
    expect(listStories(doc, 'b-stories')).toHaveLength(5)
  })

  it('updates and clears fields', () => {
    const doc = riversideDoc()
    const k = addStakeholder(doc, { name: 'Cafés' })
    updateStory(doc, 's-5', {
      votes: 7,
      priority: 'must',
      notes: undefined,
      stakeholderId: k,
      authorId: undefined,
    })
    expect(getItem(doc, 's-5')).toMatchObject({ votes: 7, priority: 'must', stakeholderId: k })
    expect(getItem(doc, 's-5')).not.toHaveProperty('authorId')
  })

  it('removal drops action sources pointing to the story', () => {
    const doc = riversideDoc()
    removeStory(doc, 's-1')
    expect(getItem(doc, 's-1')).toBeUndefined()
    expect(getAction(doc, 'x-1')?.sources).toStrictEqual([{ boardId: 'b-future', itemId: 'f-1' }])
  })

  it('renames a theme column, merging into an existing one or into "no theme"', () => {
    const doc = riversideDoc()
    expect(renameStoryTheme(doc, 'b-stories', 'vacancy', 'empty shops')).toBe(2)
    expect(ids(doc, 'empty shops')).toStrictEqual(['s-1', 's-3'])
    expect(ids(doc, 'vacancy')).toStrictEqual([])
    expect(renameStoryTheme(doc, 'b-stories', 'data', 'empty shops')).toBe(1)
    expect(ids(doc, 'empty shops')).toStrictEqual(['s-1', 's-3', 's-4'])
    expect(renameStoryTheme(doc, 'b-stories', 'permits', null)).toBe(1)
    expect(ids(doc, undefined)).toStrictEqual(['s-5'])
    expect(renameStoryTheme(doc, 'b-stories', 'nothing here', 'x')).toBe(0)
    expectRefused(doc, () => renameStoryTheme(doc, 'b-map', 'a', 'b'), 'boardId')
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    const story = { role: 'r', goal: 'g', benefit: 'b' }
    expectRefused(
      doc,
      () => addStory(doc, 'b-future', story),
      'boardId',
      /not a user-stories board/,
    )
    expectRefused(doc, () => addStory(doc, 'b-none', story), 'id', /no board "b-none"/)
    expectRefused(
      doc,
      () => addStory(doc, 'b-stories', { ...story, votes: -1 }),
      'votes',
      /story\.votes/,
    )
    expectRefused(doc, () => addStory(doc, 'b-stories', { ...story, votes: 1.5 }), 'votes')
    expectRefused(
      doc,
      () => addStory(doc, 'b-stories', { ...story, priority: 'urgent' as never }),
      'priority',
    )
    expectRefused(
      doc,
      () => addStory(doc, 'b-stories', { ...story, authorId: 'p-nobody' }),
      'authorId',
      /no participant/,
    )
    expectRefused(
      doc,
      () => addStory(doc, 'b-stories', { ...story, stakeholderId: 'k-none' }),
      'stakeholderId',
    )
    expectRefused(
      doc,
      () => addStory(doc, 'b-stories', { role: 'r', goal: 'g' } as never),
      'benefit',
      /^story\.benefit: is required$/,
    )
    expectRefused(doc, () => updateStory(doc, 's-1', { votes: -2 }), 'votes')
    expectRefused(doc, () => updateStory(doc, 's-1', { role: undefined }), 'role', /required/)
    expectRefused(doc, () => updateStory(doc, 's-1', { authorId: 'p-nobody' }), 'authorId')
    expectRefused(doc, () => updateStory(doc, 'v-1', { votes: 1 }), 'id', /not a story/)
    expectRefused(doc, () => moveStory(doc, 's-1', { index: -1 }), 'index')
    expectRefused(doc, () => moveStory(doc, 's-none', { index: 0 }), 'id')
    expectRefused(doc, () => removeStory(doc, 'm-1'), 'id', /not a story/)
  })
})
