// Stakeholders of a workshop, wherever they are kept: on stakeholder-map boards (FORMAT.md) and in
// the app's registry of stakeholders that are on no board (`doc.stakeholders`, a Tavolo extension).
import type { Stakeholder, WorkshopDocument } from '../interchange/schema.ts'

export function stakeholderIndex(doc: WorkshopDocument): Map<string, Stakeholder> {
  const index = new Map<string, Stakeholder>()
  for (const board of doc.boards) {
    if (board.kind !== 'stakeholder-map') continue
    for (const k of board.stakeholders) index.set(k.id, k)
  }
  for (const k of doc.stakeholders ?? []) if (!index.has(k.id)) index.set(k.id, k)
  return index
}

/**
 * `responsible` and `partners` hold either a stakeholder id or free text: an id becomes the
 * stakeholder's name, anything else is shown as written.
 */
export function resolveParty(index: ReadonlyMap<string, Stakeholder>, value: string): string {
  return index.get(value)?.name ?? value
}
