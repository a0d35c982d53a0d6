// Structural sharing for projections: when a re-read value equals the previous one, the previous
// object is kept, so React's memoised components (a card, a row) skip rendering for everything
// an update did not touch. Entities are flat records of plain values (arrays of strings or of
// flat records at most), so a shallow-plus-one-level comparison is exact.

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    return sameRecord(a as Record<string, unknown>, b as Record<string, unknown>)
  }
  return false
}

export function sameRecord(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
}

/** `next` with each element replaced by its equal previous version (matched by id). */
export function shareList<T extends { id: string }>(
  prev: readonly T[] | undefined,
  next: T[],
): T[] {
  if (prev === undefined) return next
  const byId = new Map<string, T>()
  for (const item of prev) byId.set(item.id, item)
  let allSame = prev.length === next.length
  const out = next.map((item, i) => {
    const old = byId.get(item.id)
    const kept = old !== undefined && sameRecord(old, item) ? old : item
    if (kept !== prev[i]) allSame = false
    return kept
  })
  return allSame ? (prev as T[]) : out
}

export function shareRecord<T extends object>(prev: T | undefined, next: T): T {
  return prev !== undefined &&
    sameRecord(prev as Record<string, unknown>, next as Record<string, unknown>)
    ? prev
    : next
}
