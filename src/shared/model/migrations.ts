// Schema migrations of the workshop document. Rules (docs/DOCUMENT.md):
// - ids are contiguous from 1; SCHEMA_VERSION is the last id;
// - each `up` is idempotent and writes the same values whichever peer runs it, because two peers
//   may migrate the same document at once and their writes must converge;
// - a document newer than this code is refused and left untouched.
import type * as Y from 'yjs'
import { ModelError } from './errors.ts'
import { ROOT, SCHEMA_VERSION_KEY, plainMap } from './layout.ts'
import { MIGRATION_ORIGIN } from './origins.ts'

export interface Migration {
  id: number
  description: string
  up: (doc: Y.Doc) => void
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    description:
      'Initial layout: root entity maps keyed by id, order keys; records meta.schemaVersion.',
    // Root maps exist as soon as they are named; version 1 only needs its number recorded,
    // which `migrate` does after every step.
    up: () => {},
  },
]

export const SCHEMA_VERSION: number = migrations.length

/** The version recorded in the document; 0 for a document that never recorded one. */
export function documentVersion(doc: Y.Doc): number {
  const value = plainMap(doc, ROOT.meta).get(SCHEMA_VERSION_KEY)
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0
}

export class NewerSchemaError extends ModelError {
  readonly version: number

  constructor(version: number) {
    super(
      `this workshop uses document schema version ${version}, newer than this version of Tavolo ` +
        `understands (${SCHEMA_VERSION}); update Tavolo to open it`,
      SCHEMA_VERSION_KEY,
    )
    this.name = 'NewerSchemaError'
    this.version = version
  }
}

/** Refuses a document newer than this code, without touching it. */
export function assertSupportedVersion(doc: Y.Doc): number {
  const version = documentVersion(doc)
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version)
  return version
}

/**
 * Brings `doc` up to SCHEMA_VERSION, one migration per transaction (origin MIGRATION_ORIGIN, so
 * undo never reverts it). Running it again, or on two peers at once, is harmless.
 */
export function migrate(doc: Y.Doc, list: readonly Migration[] = migrations): void {
  const from = assertSupportedVersion(doc)
  for (const migration of list) {
    if (migration.id <= from) continue
    doc.transact(() => {
      migration.up(doc)
      plainMap(doc, ROOT.meta).set(SCHEMA_VERSION_KEY, migration.id)
    }, MIGRATION_ORIGIN)
  }
}
