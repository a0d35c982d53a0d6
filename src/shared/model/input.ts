// Input checks for mutations: the zod field schemas of the interchange format decide what a
// valid value is, so the document can only ever hold what an export may carry. A refusal names
// the entity and field; nothing is written before every field has passed.
import type { z } from 'zod'
import { ModelError } from './errors.ts'
import type { Entity, EntityMap } from './layout.ts'

function describeIssues(what: string, error: z.ZodError): ModelError {
  const first = error.issues[0]
  let field = first?.path.map(String).join('.') ?? ''
  if (field === '' && first?.code === 'unrecognized_keys') field = first.keys[0] ?? ''
  const message = error.issues
    .map((issue) => {
      const at = issue.path.map(String).join('.')
      return `${what}${at === '' ? '' : `.${at}`}: ${issue.message}`
    })
    .join('; ')
  // A single-field check (`what` = 'board.title') names that field when zod gives no path.
  const fallback = what.includes('.') ? what.slice(what.lastIndexOf('.') + 1) : undefined
  return new ModelError(message, field === '' ? fallback : field)
}

/** Words for the cases zod phrases for programmers ("expected string, received undefined"). */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required'
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return undefined
}

/** Parses a whole new entity (without its id) with `schema`. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input, { error: plainMessage })
  if (!parsed.success) throw describeIssues(what, parsed.error)
  return parsed.data
}

export interface Patch {
  /** Fields to write, already validated. */
  set: Record<string, unknown>
  /** Optional fields the patch clears (given as `undefined`). */
  clear: string[]
}

/**
 * Checks a patch field by field against the entity's schema. A key given as `undefined` clears
 * an optional field; clearing a required field, changing the id or naming an unknown field is
 * refused.
 */
export function parsePatch(
  schema: z.ZodObject,
  patch: object,
  what: string,
  fixed: readonly string[] = ['id'],
): Patch {
  const shape = schema.shape as Record<string, z.ZodType | undefined>
  const out: Patch = { set: {}, clear: [] }
  for (const [key, value] of Object.entries(patch)) {
    const field = shape[key]
    if (fixed.includes(key)) throw new ModelError(`${what}.${key}: cannot be changed`, key)
    if (field === undefined) throw new ModelError(`${what}.${key}: unknown field`, key)
    if (value === undefined) {
      if (!field.safeParse(undefined).success)
        throw new ModelError(`${what}.${key}: is required and cannot be cleared`, key)
      out.clear.push(key)
      continue
    }
    const parsed = field.safeParse(value, { error: plainMessage })
    if (!parsed.success) {
      const err = describeIssues(`${what}.${key}`, parsed.error)
      throw new ModelError(err.message, key)
    }
    out.set[key] = parsed.data
  }
  return out
}

/** Plain arrays and objects are copied in: Yjs keeps a reference to what it is given. */
export function plainCopy<T>(value: T): T {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value
}

export function writeFields(entity: Entity, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) entity.delete(key)
    else if (entity.get(key) !== value) entity.set(key, plainCopy(value))
  }
}

export function applyPatch(entity: Entity, patch: Patch): void {
  writeFields(entity, patch.set)
  for (const key of patch.clear) if (entity.has(key)) entity.delete(key)
}

export function requireEntity(root: EntityMap, id: string, what: string): Entity {
  const entity = root.get(id)
  if (entity === undefined) throw new ModelError(`no ${what} "${id}"`, 'id')
  return entity
}
