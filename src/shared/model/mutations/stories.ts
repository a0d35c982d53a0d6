import type * as Y from 'yjs'
import { storySchema, type Story } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { applyPatch, parseInput, parsePatch } from '../input.ts'
import { ORDER, ROOT, entities, type Entity } from '../layout.ts'
import { keyForIndex } from '../order.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { requireBoard } from './boards.ts'
import { checkIndex, siblings, takePlacement, type Placement } from './common.ts'
import { addItem, removeItemOf, requireItem } from './items.ts'

export type StoryInput = Omit<Story, 'id'> & Placement & { id?: string }

function checkRefs(doc: Y.Doc, fields: { authorId?: unknown; stakeholderId?: unknown }): void {
  if (typeof fields.authorId === 'string' && !entities(doc, ROOT.participants).has(fields.authorId))
    throw new ModelError(`story.authorId: no participant "${fields.authorId}"`, 'authorId')
  if (
    typeof fields.stakeholderId === 'string' &&
    !entities(doc, ROOT.stakeholders).has(fields.stakeholderId)
  )
    throw new ModelError(
      `story.stakeholderId: no stakeholder "${fields.stakeholderId}"`,
      'stakeholderId',
    )
}

/** The stories of a board's theme column (`undefined` theme: the stories without one). */
function column(boardId: string, theme: string | undefined) {
  return (e: Entity): boolean => {
    if (e.get('boardId') !== boardId || e.get('type') !== 'story') return false
    const t = e.get('theme')
    return (typeof t === 'string' ? t : undefined) === theme
  }
}

/** Adds a story to a user-stories board: at the end of its theme column, or at `index` in it. */
export function addStory(
  doc: Y.Doc,
  boardId: string,
  input: StoryInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireBoard(doc, boardId, 'user-stories')
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(storySchema.omit({ id: true }), fields, 'story')
  checkRefs(doc, checked)
  return addItem(
    doc,
    boardId,
    'story',
    's',
    wanted,
    checked,
    index,
    origin,
    column(boardId, checked.theme),
  )
}

/** Updates a story's fields. Changing `theme` here keeps the order key; use moveStory to place it. */
export function updateStory(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Story, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const story = requireItem(doc, id, ['story'])
  const checked = parsePatch(storySchema, patch, 'story')
  checkRefs(doc, checked.set)
  doc.transact(() => applyPatch(story, checked), origin)
}

export interface StoryMove {
  /** The destination theme column: a theme, `null` for "no theme"; omitted: the current one. */
  theme?: string | null
  /** Position in the destination column; omitted: its end. */
  index?: number
}

/**
 * Moves a story within its theme column and/or to another theme column: one write of `order`
 * (and `theme`), so concurrent moves of the same card never duplicate it.
 */
export function moveStory(
  doc: Y.Doc,
  id: string,
  to: StoryMove,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const story = requireItem(doc, id, ['story'])
  const index = checkIndex(to.index)
  if (to.theme !== undefined && to.theme !== null)
    parseInput(storySchema.shape.theme, to.theme, 'story.theme')
  const boardId = story.get('boardId')
  const current = story.get('theme')
  const theme =
    to.theme === undefined
      ? typeof current === 'string'
        ? current
        : undefined
      : (to.theme ?? undefined)
  doc.transact(() => {
    const items = entities(doc, ROOT.items)
    const list = siblings(items, column(typeof boardId === 'string' ? boardId : '', theme), id)
    const order = keyForIndex(list, index ?? list.length, (otherId, key) =>
      items.get(otherId)?.set(ORDER, key),
    )
    if (theme === undefined) {
      if (story.has('theme')) story.delete('theme')
    } else if (current !== theme) story.set('theme', theme)
    story.set(ORDER, order)
  }, origin)
}

/**
 * Renames a theme column of a board: every story with theme `from` gets `to` (`null`: no theme).
 * Renaming onto an existing theme merges the two columns, keeping each story's order key.
 * Returns the number of stories changed.
 */
export function renameStoryTheme(
  doc: Y.Doc,
  boardId: string,
  from: string,
  to: string | null,
  origin: unknown = LOCAL_ORIGIN,
): number {
  requireBoard(doc, boardId, 'user-stories')
  parseInput(storySchema.shape.theme, from, 'story.theme')
  if (to !== null) parseInput(storySchema.shape.theme, to, 'story.theme')
  const stories = [...entities(doc, ROOT.items).values()].filter(column(boardId, from))
  if (to === from) return 0
  doc.transact(() => {
    for (const story of stories) {
      if (to === null) story.delete('theme')
      else story.set('theme', to)
    }
  }, origin)
  return stories.length
}

export function removeStory(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  removeItemOf(doc, id, ['story'], origin)
}
