// The scaffolding shared by the in-place registries (participants, stakeholders): a panel with a
// count and an "add" button, an empty message or a table with one editable row per entry, and a
// confirmation before a row is deleted. Each registry supplies only its columns and cells.
import { useRef, useState, type ReactNode } from 'react'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { useReveal } from '../components/useReveal.ts'

type Entry = { id: string; name: string }

export function RegistryTable<T extends Entry>(props: {
  titleId: string
  title: string
  count: string
  addLabel: string
  onAdd: () => void
  empty: string
  columns: readonly string[]
  items: readonly T[]
  renderRow: (item: T, onDelete: () => void) => ReactNode
  deleteBody: string
  onRemove: (item: T) => void
}) {
  const t = useT()
  const [deleting, setDeleting] = useState<T | null>(null)
  const { items } = props
  return (
    <section className="panel" aria-labelledby={props.titleId}>
      <div className="panel-head">
        <h2 id={props.titleId} className="panel-title">
          {props.title} <span className="muted">{props.count}</span>
        </h2>
        <button type="button" className="button button-primary" onClick={props.onAdd}>
          <Icon name="plus" /> {props.addLabel}
        </button>
      </div>
      {items.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col" className="col-actions">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>{items.map((item) => props.renderRow(item, () => setDeleting(item)))}</tbody>
          </table>
        </div>
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: deleting.name })}
          body={props.deleteBody}
          confirmLabel={t('common.delete')}
          onConfirm={() => props.onRemove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  )
}

// One registry row: revealed (scrolled to, highlighted) on request, ending with its delete button.
export function RegistryRow(props: {
  entry: Entry
  onDelete: () => void
  // Participants' rows carry data-entity; stakeholders' rows never did.
  tagEntity?: boolean
  children: ReactNode
}) {
  const t = useT()
  const { entry } = props
  const ref = useRef<HTMLTableRowElement>(null)
  const flash = useReveal(entry.id, ref)
  return (
    <tr
      ref={ref}
      tabIndex={-1}
      data-entity={props.tagEntity === true ? entry.id : undefined}
      className={flash ? 'flash' : undefined}
    >
      {props.children}
      <td className="col-actions">
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('confirm.deleteTitle', { name: entry.name })}
          onClick={props.onDelete}
        >
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  )
}
