// Workshop search as an ARIA combobox: type, ArrowDown/ArrowUp through the results, Enter jumps
// to the item (its board opens and the item takes focus), Escape clears. Ctrl/Cmd+K focuses it.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useT } from '../i18n/I18n.tsx'
import { useOpenWorkshop } from '../doc/context.tsx'
import { ui } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { searchWorkshop, type SearchResult } from './searchModel.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

export function SearchBox() {
  const t = useT()
  const { workshop } = useOpenWorkshop()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const deferred = useDeferredValue(query)
  const inputRef = useRef<HTMLInputElement>(null)
  // The list closes a moment after blur (so a click on a result still lands), but never on a
  // field that has been focused again in the meantime: leaving and coming straight back used to
  // close the list under the user's typing.
  const closeTimer = useRef<number | undefined>(undefined)
  const listId = useId()
  // Search reads the snapshot at typing time; results refresh as the query changes.
  const results = useMemo(
    () => searchWorkshop(workshop.store.getState(), deferred),
    [workshop, deferred],
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        inputRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.clearTimeout(closeTimer.current)
    }
  }, [])

  const go = (r: SearchResult) => {
    setOpen(false)
    setQuery('')
    ui.reveal(r.section, r.id)
  }
  const showList = open && query.trim() !== ''
  const activeResult = results[Math.min(active, results.length - 1)]

  return (
    <div className="search">
      <Icon name="search" className="search-icon" />
      <input
        ref={inputRef}
        className="search-input"
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && activeResult !== undefined ? `${listId}-${activeResult.id}` : undefined
        }
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => {
          window.clearTimeout(closeTimer.current)
          setOpen(true)
        }}
        onBlur={() => {
          window.clearTimeout(closeTimer.current)
          closeTimer.current = window.setTimeout(() => {
            if (document.activeElement !== inputRef.current) setOpen(false)
          }, 150)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Enter' && activeResult !== undefined) go(activeResult)
          else if (e.key === 'Escape') {
            setQuery('')
            setOpen(false)
          } else return
          e.preventDefault()
        }}
      />
      {showList ? (
        <div className="search-popup">
          <div className="search-count" role="status">
            {t('search.results', { count: results.length })}
          </div>
          <div id={listId} role="listbox" aria-label={t('search.label')} className="search-results">
            {results.map((r, i) => (
              <div
                key={`${r.kind}-${r.id}`}
                id={`${listId}-${r.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'search-result active' : 'search-result'}
                onPointerDown={(e) => {
                  e.preventDefault()
                  go(r)
                }}
              >
                <span className={`kind-tag kind-${r.kind}`}>
                  {t(`search.kind.${r.kind}` satisfies UiKey)}
                </span>
                <span className="search-text">{r.text}</span>
                {r.board === undefined ? null : (
                  <span className="search-board">{t('search.in', { board: r.board })}</span>
                )}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  )
}
