// The stakeholder table of a map board as the document formats (HTML, Markdown, DOCX) print it:
// the headings and each stakeholder's cells as plain text, labels already translated. Each format
// only escapes the cells its own way.
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import type { StakeholderView } from './report.ts'

/** Influence and interest: the numeric columns, right-aligned. */
export const STAKEHOLDER_NUMBER_COLUMNS: readonly number[] = [3, 4]
/** Notes: the one column that may hold several lines. */
export const STAKEHOLDER_NOTES_COLUMN = 7

export function stakeholderHeadings(t: ExportCatalog): string[] {
  return [
    t.stakeholders,
    t.sector,
    t.group,
    t.influence,
    t.interest,
    t.attitude,
    t.quadrant,
    t.notes,
  ]
}

export function stakeholderCells(k: StakeholderView, t: ExportCatalog): string[] {
  return [
    k.name,
    k.sector ? t.sectors[k.sector] : '',
    k.group ? t.groups[k.group] : '',
    String(k.influence),
    String(k.interest),
    k.attitude ? t.attitudes[k.attitude] : '',
    t.quadrants[k.quadrant],
    k.notes ?? '',
  ]
}
