// The workshop document model: one Y.Doc per workshop (layout in docs/DOCUMENT.md). Only this
// folder touches the raw Y.Maps; everything else goes through these functions.
export { ROOT, RESERVED_ROOTS, ENTITY_ROOTS, ORDER, ITEM_TYPES, type ItemType } from './layout.ts'
export { ModelError } from './errors.ts'
export { LOCAL_ORIGIN, IMPORT_ORIGIN, MIGRATION_ORIGIN } from './origins.ts'
export { newId, idInUse } from './ids.ts'
export { createWorkshopDoc } from './doc.ts'
export { createUndoManager } from './undo.ts'
export { importWorkshop } from './import.ts'
export { exportWorkshop, canonicalJson } from './export.ts'
export {
  migrate,
  migrations,
  SCHEMA_VERSION,
  documentVersion,
  assertSupportedVersion,
  NewerSchemaError,
  type Migration,
} from './migrations.ts'
export type { BoardInfo, BoardItem, StakeholderRecord } from './records.ts'
export * from './read.ts'
export * from './mutations/workshop.ts'
export * from './mutations/participants.ts'
export * from './mutations/agenda.ts'
export * from './mutations/boards.ts'
export * from './mutations/stories.ts'
export * from './mutations/futureBack.ts'
export * from './mutations/stakeholders.ts'
export * from './mutations/relations.ts'
export * from './mutations/objectives.ts'
export * from './mutations/actions.ts'
export type * from '../interchange/schema.ts'
export * from './session/index.ts'
