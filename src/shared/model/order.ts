// Lists are entity maps read sorted by (order, id). Order keys come from fractional-indexing and
// compare as plain strings. Two peers inserting at the same place concurrently may pick the same
// key: the id breaks the tie, and the next insertion between such twins re-keys them.
import { generateNKeysBetween } from 'fractional-indexing'
import { ORDER, type Entity, type EntityMap } from './layout.ts'

export interface Ordered {
  id: string
  order: string
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
}

export function orderOf(entity: Entity): string {
  const value = entity.get(ORDER)
  return typeof value === 'string' ? value : ''
}

/** The entries of `root` accepted by `keep`, sorted by (order, id). */
export function sortedEntries(
  root: EntityMap,
  keep?: (entity: Entity, id: string) => boolean,
): Array<{ id: string; order: string; entity: Entity }> {
  const out: Array<{ id: string; order: string; entity: Entity }> = []
  for (const [id, entity] of root) {
    if (keep === undefined || keep(entity, id)) out.push({ id, order: orderOf(entity), entity })
  }
  return out.sort(compareOrdered)
}

/**
 * The order key that puts a new or moved entry at `index` of `list` (sorted, without the entry).
 * Entries tied with the lower neighbour (same key) are re-keyed through `rekey` so the new key can
 * sit strictly between them. Keys that are not valid fractional keys (written by a foreign
 * client) make the whole list re-keyed, in its current order.
 */
export function keyForIndex(
  list: readonly Ordered[],
  index: number,
  rekey: (id: string, order: string) => void,
): string {
  const i = Math.max(0, Math.min(Math.trunc(index), list.length))
  try {
    const lower = i > 0 ? (list[i - 1]?.order ?? null) : null
    let j = i
    while (lower !== null && j < list.length && (list[j]?.order ?? '') <= lower) j++
    const upper = j < list.length ? (list[j]?.order ?? null) : null
    const keys = generateNKeysBetween(lower, upper, j - i + 1)
    for (let t = i; t < j; t++) rekey(list[t]?.id ?? '', keys[t - i + 1] ?? '')
    return keys[0] ?? ''
  } catch {
    const keys = generateNKeysBetween(null, null, list.length + 1)
    let k = 0
    for (let t = 0; t <= list.length; t++) {
      if (t === i) continue
      rekey(list[k]?.id ?? '', keys[t] ?? '')
      k++
    }
    return keys[i] ?? ''
  }
}

/** Keys for `n` entries appended in a row to an empty list (imports). */
export function initialKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n)
}
