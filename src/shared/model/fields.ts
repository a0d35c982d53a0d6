// Tolerant readers for entity fields. The document may have been written by an older or a
// foreign Yjs client, so a value of the wrong type is read as absent instead of crashing the UI.
import type { Entity } from './layout.ts'

export function str(entity: Entity, key: string): string | undefined {
  const value = entity.get(key)
  return typeof value === 'string' ? value : undefined
}

export function num(entity: Entity, key: string): number | undefined {
  const value = entity.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

export function int(entity: Entity, key: string): number | undefined {
  const value = num(entity, key)
  return value !== undefined && Number.isInteger(value) ? value : undefined
}

export function oneOf<T extends string>(
  values: readonly T[],
  entity: Entity,
  key: string,
): T | undefined {
  const value = entity.get(key)
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined
}

export function stringArray(entity: Entity, key: string): string[] | undefined {
  const value = entity.get(key)
  if (!Array.isArray(value)) return undefined
  return value.filter((v): v is string => typeof v === 'string')
}

export function recordArray<K extends string>(
  entity: Entity,
  key: string,
  keys: readonly K[],
): Array<Record<K, string>> | undefined {
  const value = entity.get(key)
  if (!Array.isArray(value)) return undefined
  const out: Array<Record<K, string>> = []
  for (const row of value) {
    if (typeof row !== 'object' || row === null) continue
    const copy: Partial<Record<K, string>> = {}
    let ok = true
    for (const k of keys) {
      const v: unknown = (row as Record<string, unknown>)[k]
      if (typeof v === 'string') copy[k] = v
      else ok = false
    }
    if (ok) out.push(copy as Record<K, string>)
  }
  return out
}

/** Sets `obj[key]` only when there is a value, so absent fields stay absent (not `undefined`). */
export function put<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) obj[key] = value
}

export function clampInt(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(value)))
}

/** A YYYY-MM-DD string naming a real calendar day (what the interchange format accepts). */
export function isoDate(entity: Entity, key: string): string | undefined {
  const value = str(entity, key)
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined
}
