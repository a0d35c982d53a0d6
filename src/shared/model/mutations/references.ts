// Removing an entity also clears what points to it, in the same transaction, so the document
// keeps passing the reference rules of FORMAT.md (agenda boardId, authorId, relation ends,
// action sources, stakeholder ids in stories, milestones and actions).
import type * as Y from 'yjs'
import { ROOT, entities } from '../layout.ts'

/** Drops every action source pointing to `boardId` (and to `itemId` on it, when given). */
export function dropSources(doc: Y.Doc, boardId: string, itemId?: string): void {
  for (const action of entities(doc, ROOT.actions).values()) {
    const sources: unknown = action.get('sources')
    if (!Array.isArray(sources)) continue
    const kept = sources.filter((s: unknown) => {
      if (typeof s !== 'object' || s === null) return true
      const src = s as { boardId?: unknown; itemId?: unknown }
      return !(src.boardId === boardId && (itemId === undefined || src.itemId === itemId))
    })
    if (kept.length !== sources.length) action.set('sources', kept)
  }
}

export function clearParticipantRefs(doc: Y.Doc, participantId: string): void {
  for (const item of entities(doc, ROOT.items).values()) {
    if (item.get('authorId') === participantId) item.delete('authorId')
  }
}

export function removeItemEntity(doc: Y.Doc, itemId: string): void {
  const items = entities(doc, ROOT.items)
  const item = items.get(itemId)
  if (item === undefined) return
  const boardId = item.get('boardId')
  if (typeof boardId === 'string') dropSources(doc, boardId, itemId)
  items.delete(itemId)
}

/** Relations of `boardId` touching stakeholder `stakeholderId` (any board when omitted). */
export function removeRelationsOf(doc: Y.Doc, stakeholderId: string, boardId?: string): void {
  const doomed: string[] = []
  for (const [id, item] of entities(doc, ROOT.items)) {
    if (item.get('type') !== 'relation') continue
    if (boardId !== undefined && item.get('boardId') !== boardId) continue
    if (item.get('from') === stakeholderId || item.get('to') === stakeholderId) doomed.push(id)
  }
  for (const id of doomed) removeItemEntity(doc, id)
}

export function clearStakeholderRefs(doc: Y.Doc, stakeholderId: string): void {
  removeRelationsOf(doc, stakeholderId)
  for (const item of entities(doc, ROOT.items).values()) {
    if (item.get('stakeholderId') === stakeholderId) item.delete('stakeholderId')
    const actors: unknown = item.get('actorIds')
    if (Array.isArray(actors) && actors.includes(stakeholderId))
      item.set(
        'actorIds',
        actors.filter((k: unknown) => k !== stakeholderId),
      )
  }
  for (const action of entities(doc, ROOT.actions).values()) {
    if (action.get('responsible') === stakeholderId) action.delete('responsible')
    const partners: unknown = action.get('partners')
    if (Array.isArray(partners) && partners.includes(stakeholderId))
      action.set(
        'partners',
        partners.filter((k: unknown) => k !== stakeholderId),
      )
  }
}

export function clearBoardRefs(doc: Y.Doc, boardId: string): void {
  for (const step of entities(doc, ROOT.agenda).values()) {
    if (step.get('boardId') === boardId) step.delete('boardId')
  }
  dropSources(doc, boardId)
}
