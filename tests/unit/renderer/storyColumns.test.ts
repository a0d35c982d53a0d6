import { describe, expect, it } from 'vitest'
import type { Story } from '../../../src/shared/interchange/schema.ts'
import {
  findStory,
  keyboardTarget,
  storiesOf,
  storyColumns,
  storySummary,
} from '../../../src/renderer/src/boards/stories/columns.ts'

const s = (id: string, theme?: string): Story => ({
  id,
  role: `role ${id}`,
  goal: `goal ${id}`,
  benefit: 'b',
  ...(theme === undefined ? {} : { theme }),
})

describe('story columns', () => {
  it('groups by theme, sorted by name in the UI language, no-theme last', () => {
    const cols = storyColumns(
      [s('1', 'vacancy'), s('2'), s('3', 'Data'), s('4', 'vacancy'), s('5', 'éclairage')],
      [],
      'fr',
    )
    expect(cols.map((c) => c.theme)).toEqual(['Data', 'éclairage', 'vacancy', undefined])
    expect(cols[2]?.stories.map((x) => x.id)).toEqual(['1', '4'])
  })

  it('shows a theme created in the UI as an empty column until a story lands in it', () => {
    const cols = storyColumns([s('1', 'b')], ['a'], 'en')
    expect(cols.map((c) => [c.theme, c.stories.length])).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })

  it('reads only stories from board items', () => {
    const stories = storiesOf([
      { type: 'story', boardId: 'b', id: 's', role: 'r', goal: 'g', benefit: 'x' },
      { type: 'vision', boardId: 'b', id: 'v', text: 't' },
    ])
    expect(stories).toEqual([{ id: 's', role: 'r', goal: 'g', benefit: 'x' }])
  })

  it('maps Alt+Arrow keys to moves within and between columns', () => {
    const cols = storyColumns([s('a1', 'a'), s('a2', 'a'), s('a3', 'a'), s('b1', 'b')], [], 'en')
    expect(findStory(cols, 'a2')).toEqual({ column: 0, index: 1 })
    expect(keyboardTarget(cols, 'a2', 'up')).toEqual({ theme: 'a', index: 0 })
    expect(keyboardTarget(cols, 'a2', 'down')).toEqual({ theme: 'a', index: 2 })
    expect(keyboardTarget(cols, 'a1', 'up')).toBeUndefined()
    expect(keyboardTarget(cols, 'a3', 'down')).toBeUndefined()
    expect(keyboardTarget(cols, 'a3', 'right')).toEqual({ theme: 'b', index: 1 })
    expect(keyboardTarget(cols, 'a1', 'left')).toBeUndefined()
    expect(keyboardTarget(cols, 'b1', 'left')).toEqual({ theme: 'a', index: 0 })
    expect(keyboardTarget(cols, 'missing', 'up')).toBeUndefined()
  })

  it('summarises a story in at most 80 characters', () => {
    expect(
      storySummary({ id: 'x', role: 'shop owner', goal: 'see vacant units', benefit: '' }),
    ).toBe('shop owner: see vacant units')
    expect(storySummary({ id: 'x', role: 'r', goal: 'g'.repeat(200), benefit: '' })).toHaveLength(
      80,
    )
  })
})
