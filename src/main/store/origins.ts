// Transaction origins of the store. Updates with STORE_ORIGIN (loading a file) are never
// persisted again; everything else the document emits is.

/** The origin of the store's own transactions (loading a file): never persisted again. */
export const STORE_ORIGIN = Symbol('tavolo-store')
/** The origin of updates folded in from another copy by `mergeFrom`. */
export const MERGE_ORIGIN = Symbol('tavolo-merge')
