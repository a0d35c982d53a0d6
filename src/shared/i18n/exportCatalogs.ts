// The label catalogs of document exports, one per language Tavolo speaks. A report is written in
// the workshop's language unless the caller asks for another (`tavolo export --lang`, the app's
// Export dialog); a language without a catalog gets English.
import type { ExportCatalog } from './exportCatalog.ts'
import { exportEn } from './en/export.ts'
import { matchLanguage, type LanguageTag } from './languages.ts'
import { exportDe } from './de/export.ts'
import { exportEl } from './el/export.ts'
import { exportEs } from './es/export.ts'
import { exportFr } from './fr/export.ts'
import { exportHu } from './hu/export.ts'
import { exportIt } from './it/export.ts'
import { exportNl } from './nl/export.ts'
import { exportPl } from './pl/export.ts'
import { exportPt } from './pt/export.ts'
import { exportRo } from './ro/export.ts'

export const exportCatalogs: Readonly<Record<LanguageTag, ExportCatalog>> = {
  en: exportEn,
  nl: exportNl,
  fr: exportFr,
  de: exportDe,
  it: exportIt,
  es: exportEs,
  pt: exportPt,
  pl: exportPl,
  el: exportEl,
  hu: exportHu,
  ro: exportRo,
}

/** The catalog for a BCP 47 tag ("pt-PT" → Portuguese), English when Tavolo lacks one. */
export function exportCatalogFor(language: string | undefined): ExportCatalog {
  return exportCatalogs[matchLanguage(language) ?? 'en']
}
