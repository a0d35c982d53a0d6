// Shared helpers for the store tests: temporary folders, file fingerprints, document equality.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import nodePath from 'node:path'
import * as Y from 'yjs'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'tavolo-store-test-'))
  made.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function sha256(path: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex')
}

export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort()
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value instanceof Uint8Array) return Array.from(value)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

/** The shared types the tests use; a loaded document only knows their kind once asked. */
const ROOT_KINDS: Record<string, 'map' | 'array' | 'text'> = {
  stories: 'map',
  workshop: 'map',
  entries: 'map',
  m: 'map',
  log: 'array',
  notes: 'text',
}

/** Stable JSON of a whole document (every root type, keys sorted). */
export function canonical(doc: Y.Doc): string {
  for (const name of doc.share.keys()) {
    const kind = ROOT_KINDS[name]
    if (kind === 'map') doc.getMap(name)
    else if (kind === 'array') doc.getArray(name)
    else if (kind === 'text') doc.getText(name)
    else throw new Error(`canonical(): unknown root type ${name}`)
  }
  return JSON.stringify(sortKeys(doc.toJSON()))
}

export function stateVector(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('hex')
}

/** A document with some structure: maps of maps, an array and text, edited several times. */
export function fillDoc(doc: Y.Doc, stories = 20, edits = 100, origin: unknown = null): void {
  const storiesMap = doc.getMap<Y.Map<unknown>>('stories')
  doc.transact(() => {
    for (let i = 0; i < stories; i++) {
      const story = new Y.Map<unknown>()
      story.set('goal', `goal ${i}`)
      story.set('votes', 0)
      storiesMap.set(`s${i}`, story)
    }
  }, origin)
  for (let e = 0; e < edits; e++) {
    doc.transact(() => {
      const story = storiesMap.get(`s${e % stories}`)
      story?.set('votes', e)
      story?.set('goal', `goal ${e % stories} edit ${e}`)
      doc.getArray<string>('log').push([`edit ${e}`])
      doc.getText('notes').insert(0, `${e} `)
    }, origin)
  }
  doc.transact(() => {
    storiesMap.delete('s0')
  }, origin)
}
