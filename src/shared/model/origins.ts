/**
 * Transaction origins. Local UI edits use LOCAL_ORIGIN so that
 * `new Y.UndoManager(types, { trackedOrigins: new Set([LOCAL_ORIGIN]) })` undoes only them,
 * never a peer's edit, an import or a migration.
 */
export const LOCAL_ORIGIN: object = Object.freeze({ tavolo: 'local-edit' })
export const IMPORT_ORIGIN: object = Object.freeze({ tavolo: 'import' })
export const MIGRATION_ORIGIN: object = Object.freeze({ tavolo: 'migration' })
