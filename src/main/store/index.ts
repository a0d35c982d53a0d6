// The .tavolo workshop file: open, append, load, compact, back up, merge. See schema.ts for the
// layout of a file.
export {
  WorkshopFile,
  STORE_ORIGIN,
  MERGE_ORIGIN,
  DEFAULT_COMPACT_THRESHOLD,
  type CreateOptions,
  type OpenOptions,
  type WorkshopFileInfo,
  type CompactionResult,
  type DurableEvent,
} from './WorkshopFile.ts'
export { mergeWorkshopFiles, type MergeOptions, type MergeResult } from './merge.ts'
export { readWorkshopFile, type WorkshopFileContents } from './readOnly.ts'
export { WorkshopFileError, type WorkshopFileErrorCode } from './errors.ts'
export { APPLICATION_ID, FILE_VERSION } from './schema.ts'
