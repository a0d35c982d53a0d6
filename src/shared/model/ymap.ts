import * as Y from 'yjs'
import type { Entity } from './layout.ts'

/** A new, empty entity map (to be set into its root map, then filled). */
export function create(): Entity {
  return new Y.Map<unknown>()
}
