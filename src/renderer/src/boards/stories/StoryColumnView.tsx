// One theme column. Long columns render their first cards and add more as the person scrolls
// (or asks), which keeps a 1,000-card board quick to open; a search jump to a card further down
// extends the column to it first.
import { memo, useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n/I18n.tsx'
import { useUi } from '../../app/uiStore.ts'
import { Icon } from '../../components/Icon.tsx'
import { MenuButton } from '../../components/Menu.tsx'
import { StoryCard } from './StoryCard.tsx'
import type { StoryColumn } from './columns.ts'
import type { StoryActions } from './actions.ts'

const FIRST_CARDS = 12
const MORE_CARDS = 36

interface Props {
  column: StoryColumn
  label: string
  actions: StoryActions
  authorNames: ReadonlyMap<string, string>
  stakeholderNames: ReadonlyMap<string, string>
  onAdd: () => void
  onRename: (() => void) | undefined
}

export const StoryColumnView = memo(function StoryColumnView({
  column,
  label,
  actions,
  authorNames,
  stakeholderNames,
  onAdd,
  onRename,
}: Props) {
  const t = useT()
  const [limit, setLimit] = useState(FIRST_CARDS)
  const sentinel = useRef<HTMLLIElement>(null)
  const wanted = useUi((s) =>
    s.focus === null ? -1 : column.stories.findIndex((x) => x.id === s.focus?.id),
  )
  const shown = Math.max(limit, wanted + 1)
  const hidden = column.stories.length - shown
  const hasMore = hidden > 0
  const headingId = useId()

  useEffect(() => {
    const el = sentinel.current
    if (el === null) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + MORE_CARDS)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [hasMore])
  return (
    <section
      className={column.theme === undefined ? 'column column-none' : 'column'}
      aria-labelledby={headingId}
      data-drop-column=""
      data-theme={column.theme}
      data-no-theme={column.theme === undefined ? '' : undefined}
    >
      <header className="column-head">
        <h3 id={headingId} className="column-title">
          <span className="column-name">{label}</span>
          <span
            className="column-count"
            aria-label={t('story.count', { count: column.stories.length })}
          >
            {column.stories.length}
          </span>
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-label={t('story.addTo', { theme: label })}
          onClick={onAdd}
        >
          <Icon name="plus" />
        </button>
        {onRename === undefined ? null : (
          <MenuButton
            label={t('common.more', { name: label })}
            items={[{ label: t('story.renameTheme'), onSelect: onRename }]}
          >
            <Icon name="dots" />
          </MenuButton>
        )}
      </header>
      <ul className="column-cards">
        {column.stories.slice(0, shown).map((story) => (
          <li key={story.id} className="card-slot">
            <StoryCard
              story={story}
              authorName={
                story.authorId === undefined ? undefined : authorNames.get(story.authorId)
              }
              stakeholderName={
                story.stakeholderId === undefined
                  ? undefined
                  : stakeholderNames.get(story.stakeholderId)
              }
              actions={actions}
            />
          </li>
        ))}
        {hidden > 0 ? (
          <li ref={sentinel} className="column-more">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setLimit((l) => l + MORE_CARDS)}
            >
              {t('story.showMore', { count: hidden })}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  )
})
