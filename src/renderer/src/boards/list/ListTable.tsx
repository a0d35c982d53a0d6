// An accessible table of a board's items: cells edit in place (inputs with names), each row
// moves up or down and deletes (after a confirmation). Everything works with Tab, Enter and
// Space; screen readers get a caption, column headers and named controls.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { ConfirmDialog } from '../../components/Dialog.tsx'
import { useReveal } from '../../components/useReveal.ts'
import { useUi } from '../../app/uiStore.ts'

export interface Column<T> {
  header: string
  className?: string
  cell: (row: T, index: number) => ReactNode
}

interface Props<T extends { id: string }> {
  caption: string
  rows: readonly T[]
  columns: readonly Column<T>[]
  /** Short name of a row for button labels and the delete confirmation. */
  name: (row: T) => string
  /** Whether a row can move up/down (e.g. only within its own list). */
  canMove?: (row: T, delta: -1 | 1, index: number) => boolean
  onMove?: (row: T, delta: -1 | 1, index: number) => void
  onDelete: (row: T) => void
  /** Rows that can become part of the action plan get an "Add to action plan" button. */
  onPromote?: (row: T) => void
  deleteBody?: string
  empty: string
}

const PAGE = 100

export function ListTable<T extends { id: string }>(props: Props<T>) {
  const { caption, rows, columns, name, canMove, onMove, onDelete, onPromote, deleteBody, empty } =
    props
  const t = useT()
  const [deleting, setDeleting] = useState<T | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const wanted = useUi((s) => (s.focus === null ? -1 : rows.findIndex((r) => r.id === s.focus?.id)))
  const shown = Math.max(limit, wanted + 1)
  if (rows.length === 0) {
    return (
      <div className="list-view">
        <p className="empty">{empty}</p>
      </div>
    )
  }
  return (
    <div className="list-view">
      <div className="table-wrap">
        <table className="data-table list-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-index">
                #
              </th>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
              <th scope="col" className="col-actions">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, i) => (
              <Row
                key={row.id}
                row={row}
                index={i}
                columns={columns}
                name={name(row)}
                canUp={onMove !== undefined && i > 0 && (canMove?.(row, -1, i) ?? true)}
                canDown={
                  onMove !== undefined && i < rows.length - 1 && (canMove?.(row, 1, i) ?? true)
                }
                onMove={(delta) => onMove?.(row, delta, i)}
                onDelete={() => setDeleting(row)}
                onPromote={onPromote === undefined ? undefined : () => onPromote(row)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <button
          type="button"
          className="button button-quiet list-more"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          {t('list.showMore', { count: rows.length - shown })}
        </button>
      ) : null}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: name(deleting) })}
          body={deleteBody ?? t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => onDelete(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  )
}

interface RowProps<T> {
  row: T & { id: string }
  index: number
  columns: readonly Column<T>[]
  name: string
  canUp: boolean
  canDown: boolean
  onMove: (delta: -1 | 1) => void
  onDelete: () => void
  onPromote?: () => void
}

function Row<T>({
  row,
  index,
  columns,
  name,
  canUp,
  canDown,
  onMove,
  onDelete,
  onPromote,
}: RowProps<T>) {
  const t = useT()
  const ref = useRef<HTMLTableRowElement>(null)
  const flash = useReveal(row.id, ref)
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  // Reordering rows can move this row's DOM node, which drops focus: put it back on the button
  // that was pressed (or its twin, once the row reached an end and the button is disabled).
  const pending = useRef<'up' | 'down' | null>(null)
  useLayoutEffect(() => {
    const which = pending.current
    if (which === null) return
    pending.current = null
    const first = which === 'up' ? upRef.current : downRef.current
    const other = which === 'up' ? downRef.current : upRef.current
    const target = first !== null && !first.disabled ? first : other
    target?.focus()
  }, [index])
  const move = (delta: -1 | 1) => {
    pending.current = delta === -1 ? 'up' : 'down'
    onMove(delta)
  }
  return (
    <tr ref={ref} tabIndex={-1} className={flash ? 'flash' : undefined} data-row-id={row.id}>
      <td className="col-index">{index + 1}</td>
      {columns.map((c) => (
        <td key={c.header} className={c.className}>
          {c.cell(row, index)}
        </td>
      ))}
      <td className="col-actions">
        <div className="row-actions">
          {onPromote === undefined ? null : (
            <button
              type="button"
              className="icon-button"
              aria-label={t('promote.row', { name })}
              title={`${t('promote.menu')} (${t('promote.shortcut')})`}
              aria-keyshortcuts={t('promote.shortcut')}
              onClick={onPromote}
            >
              <Icon name="check" />
            </button>
          )}
          <button
            ref={upRef}
            type="button"
            className="icon-button"
            aria-label={t('list.moveUp', { name })}
            disabled={!canUp}
            onClick={() => move(-1)}
          >
            <Icon name="up" />
          </button>
          <button
            ref={downRef}
            type="button"
            className="icon-button"
            aria-label={t('list.moveDown', { name })}
            disabled={!canDown}
            onClick={() => move(1)}
          >
            <Icon name="down" />
          </button>
          <button
            type="button"
            className="icon-button danger"
            aria-label={t('list.delete', { name })}
            onClick={onDelete}
          >
            <Icon name="trash" />
          </button>
        </div>
      </td>
    </tr>
  )
}
