// The layout of a workshop's Y.Doc (docs/DOCUMENT.md is the reference for other Yjs clients).
// Every entity collection is a root Y.Map of id → Y.Map of plain values plus an `order` key:
// a move is then one last-writer-wins write of `order`, so two people moving the same card at
// once can never duplicate it or drop each other's field edits (a Y.Array move would).
import * as Y from 'yjs'

export const ROOT = {
  meta: 'meta',
  workshop: 'workshop',
  participants: 'participants',
  agenda: 'agenda',
  boards: 'boards',
  items: 'items',
  stakeholders: 'stakeholders',
  objectives: 'objectives',
  actions: 'actions',
  actionPlanInfo: 'actionPlanInfo',
} as const

/** Facilitation data (src/shared/model/session): one root map of flat keys, docs/DOCUMENT.md. */
export const SESSION_ROOT = 'session'
export const RESERVED_ROOTS = [SESSION_ROOT] as const

/** The root maps whose values are entity maps, keyed by entity id. */
export const ENTITY_ROOTS = [
  ROOT.participants,
  ROOT.agenda,
  ROOT.boards,
  ROOT.items,
  ROOT.stakeholders,
  ROOT.objectives,
  ROOT.actions,
] as const
export type EntityRoot = (typeof ENTITY_ROOTS)[number]

export const ORDER = 'order'
export const SCHEMA_VERSION_KEY = 'schemaVersion'

export const ITEM_TYPES = ['story', 'vision', 'milestone', 'firstStep', 'relation'] as const
export type ItemType = (typeof ITEM_TYPES)[number]

/** One entity: plain values (strings, numbers, plain arrays) under field names. */
export type Entity = Y.Map<unknown>

/**
 * A root collection, seen through a filter: a value that is not a Y.Map (written by a foreign or
 * broken client) is skipped by reads and iteration instead of crashing them.
 */
export class EntityMap {
  readonly ymap: Y.Map<unknown>

  constructor(ymap: Y.Map<unknown>) {
    this.ymap = ymap
  }

  get(id: string): Entity | undefined {
    const value = this.ymap.get(id)
    return value instanceof Y.Map ? (value as Entity) : undefined
  }

  has(id: string): boolean {
    return this.get(id) !== undefined
  }

  get size(): number {
    return this.ymap.size
  }

  set(id: string, entity: Entity): void {
    this.ymap.set(id, entity)
  }

  delete(id: string): void {
    this.ymap.delete(id)
  }

  *[Symbol.iterator](): Generator<[string, Entity]> {
    for (const [id, value] of this.ymap)
      if (id !== '' && value instanceof Y.Map) yield [id, value as Entity]
  }

  *values(): Generator<Entity> {
    for (const [, entity] of this) yield entity
  }
}

export function entities(doc: Y.Doc, root: EntityRoot): EntityMap {
  return new EntityMap(doc.getMap<unknown>(root))
}

export function plainMap(doc: Y.Doc, root: 'meta' | 'workshop' | 'actionPlanInfo'): Y.Map<unknown> {
  return doc.getMap<unknown>(root)
}
