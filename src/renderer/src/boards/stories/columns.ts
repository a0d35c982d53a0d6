// The user-stories board as columns: one per theme, sorted by name in the UI language (so
// columns never jump around while cards move between them), stories without a theme last.
// Themes someone just created with no story yet (kept in UI state) show as empty columns.
import type { Story } from '../../../../shared/interchange/schema.ts'
import type { BoardItem } from '../../../../shared/model/records.ts'

export interface StoryColumn {
  /** undefined: the stories without a theme */
  theme: string | undefined
  stories: Story[]
}

export function storiesOf(items: readonly BoardItem[]): Story[] {
  const out: Story[] = []
  for (const item of items) {
    if (item.type === 'story') {
      const { type: _type, boardId: _boardId, ...story } = item
      out.push(story)
    }
  }
  return out
}

export function storyColumns(
  stories: readonly Story[],
  extraThemes: readonly string[],
  lang: string,
): StoryColumn[] {
  const byTheme = new Map<string | undefined, Story[]>()
  for (const theme of extraThemes) byTheme.set(theme, [])
  for (const story of stories) {
    const list = byTheme.get(story.theme)
    if (list === undefined) byTheme.set(story.theme, [story])
    else list.push(story)
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  return [...byTheme.entries()]
    .map(([theme, list]) => ({ theme, stories: list }))
    .sort((a, b) => {
      if (a.theme === undefined) return b.theme === undefined ? 0 : 1
      if (b.theme === undefined) return -1
      return collator.compare(a.theme, b.theme)
    })
}

export interface StoryPlace {
  column: number
  index: number
}

export function findStory(columns: readonly StoryColumn[], id: string): StoryPlace | undefined {
  for (let c = 0; c < columns.length; c++) {
    const index = columns[c]?.stories.findIndex((s) => s.id === id) ?? -1
    if (index >= 0) return { column: c, index }
  }
  return undefined
}

export type MoveKey = 'up' | 'down' | 'left' | 'right'

/**
 * Where Alt+Arrow takes a story: up/down within its column (stopping at the ends), left/right to
 * the neighbouring column at the same position (or its end). Undefined when it cannot move.
 */
export function keyboardTarget(
  columns: readonly StoryColumn[],
  id: string,
  key: MoveKey,
): { theme: string | undefined; index: number } | undefined {
  const at = findStory(columns, id)
  if (at === undefined) return undefined
  const column = columns[at.column]
  if (column === undefined) return undefined
  if (key === 'up' || key === 'down') {
    const index = at.index + (key === 'up' ? -1 : 1)
    if (index < 0 || index >= column.stories.length) return undefined
    return { theme: column.theme, index }
  }
  const target = columns[at.column + (key === 'left' ? -1 : 1)]
  if (target === undefined) return undefined
  return { theme: target.theme, index: Math.min(at.index, target.stories.length) }
}

/** A short plain-text summary of a story, for accessible names and menus. */
export function storySummary(story: Story): string {
  const text = [story.role, story.goal].filter((s) => s !== '').join(': ')
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
