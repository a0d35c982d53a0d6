// Ids are short random strings: 12 base-62 characters (~71 bits) make a collision between peers
// creating entities offline practically impossible, and they stay readable in exported JSON.
import type * as Y from 'yjs'
import { ENTITY_ROOTS, ROOT, entities, plainMap } from './layout.ts'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const LENGTH = 12

export function newId(prefix: string): string {
  // 248 = 4 * 62: rejecting bytes >= 248 keeps every character equally likely.
  let out = ''
  while (out.length < LENGTH) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(LENGTH * 2))
    for (const b of bytes) {
      if (b < 248 && out.length < LENGTH) out += ALPHABET[b % 62]
    }
  }
  return prefix === '' ? out : `${prefix}-${out}`
}

/** Ids are unique across the whole workshop, whatever the kind of entity. */
export function idInUse(doc: Y.Doc, id: string): boolean {
  if (plainMap(doc, ROOT.workshop).get('id') === id) return true
  return ENTITY_ROOTS.some((root) => entities(doc, root).ymap.has(id))
}
