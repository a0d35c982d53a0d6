// What every export of a live workshop hands to the renderers: the document with the session's
// anonymity applied (no story authors) and the session summary as it ran, a step still running
// counted up to `now`. One function for `tavolo export`, the desktop app and the browser, so that
// the same workshop exports the same report whichever way it is exported.
import type * as Y from 'yjs'
import type { WorkshopDocument } from '../../interchange/schema.ts'
import { exportCatalogFor } from '../../i18n/exportCatalogs.ts'
import { exportWorkshop } from '../export.ts'
import { applyAnonymity } from './privacy.ts'
import { sessionSummary, type FacilitationSummary } from './summary.ts'

export interface ExportInput {
  data: WorkshopDocument
  summary: FacilitationSummary
}

/** `language`: the report's (the story sentences in the summary); default the workshop's. */
export function exportInput(doc: Y.Doc, now: number = Date.now(), language?: string): ExportInput {
  const data = applyAnonymity(exportWorkshop(doc), doc)
  const t = exportCatalogFor(language ?? data.workshop.language)
  return { data, summary: sessionSummary(doc, { now, t }) }
}
