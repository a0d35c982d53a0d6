// The columns of the action table that CSV and the XLSX "Actions" sheet share (the IAP columns),
// each with its kind so that every format can write it properly: dates as ISO text in CSV and
// real dates in Excel, the budget as a plain number everywhere.
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { describeIndicator, describeSource, type ActionView, type ReportContext } from './report.ts'

export type ColumnKind = 'text' | 'date' | 'money'

export interface ActionColumn {
  header: (t: ExportCatalog) => string
  kind: ColumnKind
  /** Width in characters for spreadsheets. */
  width: number
  /** Text, a number (money), an ISO date, or undefined for an empty cell. */
  value: (a: ActionView, ctx: ReportContext) => string | number | undefined
}

const list = (values: readonly string[]): string | undefined =>
  values.length === 0 ? undefined : values.join('; ')

export const ACTION_COLUMNS: readonly ActionColumn[] = [
  { header: (t) => t.objective, kind: 'text', width: 30, value: (a) => a.objectiveTitle },
  { header: (t) => t.actionId, kind: 'text', width: 10, value: (a) => a.id },
  { header: (t) => t.action, kind: 'text', width: 36, value: (a) => a.title },
  { header: (t) => t.description, kind: 'text', width: 40, value: (a) => a.description },
  { header: (t) => t.responsible, kind: 'text', width: 24, value: (a) => a.responsible },
  { header: (t) => t.partners, kind: 'text', width: 30, value: (a) => list(a.partners) },
  { header: (t) => t.start, kind: 'date', width: 12, value: (a) => a.start },
  { header: (t) => t.end, kind: 'date', width: 12, value: (a) => a.end },
  { header: (t) => t.resources, kind: 'text', width: 24, value: (a) => a.resources },
  { header: (t) => t.budget, kind: 'money', width: 14, value: (a) => a.budget },
  { header: (t) => t.funding, kind: 'text', width: 28, value: (a) => a.funding },
  {
    header: (t) => t.outputIndicators,
    kind: 'text',
    width: 30,
    value: (a) => list(a.outputIndicators.map(describeIndicator)),
  },
  {
    header: (t) => t.resultIndicators,
    kind: 'text',
    width: 30,
    value: (a) => list(a.resultIndicators.map(describeIndicator)),
  },
  { header: (t) => t.risks, kind: 'text', width: 30, value: (a) => a.risks },
  {
    header: (t) => t.status,
    kind: 'text',
    width: 12,
    value: (a, ctx) => (a.status === undefined ? undefined : ctx.t.statuses[a.status]),
  },
  {
    header: (t) => t.sources,
    kind: 'text',
    width: 50,
    value: (a, ctx) => list(a.sources.map((s) => describeSource(s, ctx))),
  },
]
