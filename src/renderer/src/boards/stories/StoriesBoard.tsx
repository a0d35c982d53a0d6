// The user-stories board: columns by theme, cards that move by drag, keyboard or menu.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Story } from '../../../../shared/interchange/schema.ts'
import {
  LOCAL_ORIGIN,
  moveStory,
  removeStory,
  updateStory,
} from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { itemsOf } from '../../doc/projection.ts'
import { useI18n } from '../../i18n/I18n.tsx'
import { ui } from '../../app/uiStore.ts'
import { announce } from '../../app/announce.ts'
import { useReadyMark } from '../../app/marks.ts'
import { Icon } from '../../components/Icon.tsx'
import { ConfirmDialog } from '../../components/Dialog.tsx'
import { beginPointerDrag } from '../../components/drag.ts'
import {
  findStory,
  keyboardTarget,
  storiesOf,
  storyColumns,
  storySummary,
  type MoveKey,
  type StoryColumn,
} from './columns.ts'
import { createStoryHitTest, type StoryDropTarget } from './dropTargets.ts'
import type { StoryActions } from './actions.ts'
import { StoryColumnView } from './StoryColumnView.tsx'
import { StoryDialog, type StoryDialogState } from './StoryDialog.tsx'
import { MoveStoryDialog } from './MoveStoryDialog.tsx'
import { ThemeDialog } from './ThemeDialog.tsx'
import { useFacilitation } from '../../facilitation/useFacilitation.ts'

export function StoriesBoard({ boardId }: { boardId: string }) {
  const { t, lang } = useI18n()
  const items = useWorkshop((s) => itemsOf(s, boardId))
  const participants = useWorkshop((s) => s.participants)
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const edit = useEdit()
  const [extraThemes, setExtraThemes] = useState<string[]>([])
  const [dialog, setDialog] = useState<StoryDialogState | null>(null)
  const [moving, setMoving] = useState<Story | null>(null)
  const [deleting, setDeleting] = useState<Story | null>(null)
  const [themeDialog, setThemeDialog] = useState<{ rename?: string } | null>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const indicatorRef = useRef<HTMLDivElement>(null)
  useReadyMark('tavolo:board-ready:user-stories')

  const stories = useMemo(() => storiesOf(items), [items])
  const columns = useMemo(
    () => storyColumns(stories, extraThemes, lang),
    [stories, extraThemes, lang],
  )
  // An anonymous session shows no authors.
  const anonymous = useFacilitation((v) => v.session.anonymous.on)
  const authorNames = useMemo(
    () => new Map(anonymous ? [] : participants.map((p) => [p.id, p.name])),
    [participants, anonymous],
  )
  const stakeholderNames = useMemo(
    () => new Map(stakeholders.map((k) => [k.id, k.name])),
    [stakeholders],
  )

  // Cards are memoised and get one stable actions object; it reads the latest columns here.
  const columnsRef = useRef<StoryColumn[]>(columns)
  useEffect(() => {
    columnsRef.current = columns
  }, [columns])

  const themeLabel = useCallback((theme: string | undefined) => theme ?? t('story.noTheme'), [t])

  const move = useCallback(
    (id: string, theme: string | undefined, index: number) => {
      edit((doc) => moveStory(doc, id, { theme: theme ?? null, index }))
      setExtraThemes((list) => (theme === undefined ? list : list.filter((x) => x !== theme)))
      ui.focusQuietly(id)
      announce(t('story.moved', { theme: themeLabel(theme), position: index + 1 }))
    },
    [edit, t, themeLabel],
  )

  const actions = useMemo<StoryActions>(() => {
    const story = (id: string) =>
      columnsRef.current.flatMap((c) => c.stories).find((s) => s.id === id)
    return {
      edit: (id) => setDialog({ mode: 'edit', id }),
      moveTo: (id) => setMoving(story(id) ?? null),
      remove: (id) => setDeleting(story(id) ?? null),
      vote: (id, delta) => {
        const s = story(id)
        if (s !== undefined)
          edit((doc) => updateStory(doc, id, { votes: Math.max(0, (s.votes ?? 0) + delta) }))
      },
      keyMove: (id, key: MoveKey) => {
        const to = keyboardTarget(columnsRef.current, id, key)
        if (to !== undefined) move(id, to.theme, to.index)
      },
      focusNeighbour: (id, key) => {
        const cols = columnsRef.current
        const at = findStory(cols, id)
        if (at === undefined) return
        const col = key === 'left' ? at.column - 1 : key === 'right' ? at.column + 1 : at.column
        const list = cols[col]?.stories ?? []
        const index =
          key === 'up'
            ? at.index - 1
            : key === 'down'
              ? at.index + 1
              : Math.min(at.index, list.length - 1)
        const next = list[index]
        if (next !== undefined)
          containerRef.current
            ?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(next.id)}"] [data-focus]`)
            ?.focus()
      },
      startDrag: (event, id, card) => {
        const container = containerRef.current
        if (container === null) return
        const hit = createStoryHitTest(container, id)
        beginPointerDrag<StoryDropTarget>(event, card, {
          hitTest: hit.hitTest,
          indicate: (target) => {
            const line = indicatorRef.current
            if (line === null) return
            if (target === null) {
              line.style.display = 'none'
              return
            }
            line.style.display = 'block'
            line.style.transform = `translate3d(${target.line.left}px, ${target.line.top}px, 0)`
            line.style.width = `${target.line.width}px`
          },
          onDrop: (target) => move(id, target.theme, target.index),
          onEnd: hit.dispose,
        })
      },
    }
  }, [edit, move])

  const existingThemes = useMemo(
    () => columns.flatMap((c) => (c.theme === undefined ? [] : [c.theme])),
    [columns],
  )

  return (
    <div className="stories-board">
      <div className="board-subbar">
        <button
          type="button"
          className="button button-primary"
          onClick={() => setDialog({ mode: 'add', theme: undefined })}
        >
          <Icon name="plus" /> {t('story.add')}
        </button>
        <button type="button" className="button" onClick={() => setThemeDialog({})}>
          <Icon name="plus" /> {t('story.newTheme')}
        </button>
        <p id="story-keys-hint" className="hint">
          {t('story.moveHint')}
        </p>
      </div>
      {columns.length === 0 ? (
        <div className="empty-board">
          <p>{t('story.empty')}</p>
        </div>
      ) : (
        <div className="columns" ref={containerRef}>
          {columns.map((column) => (
            <StoryColumnView
              key={column.theme ?? '\u0000none'}
              column={column}
              label={themeLabel(column.theme)}
              actions={actions}
              authorNames={authorNames}
              stakeholderNames={stakeholderNames}
              onAdd={() => setDialog({ mode: 'add', theme: column.theme })}
              onRename={
                column.theme === undefined
                  ? undefined
                  : () => setThemeDialog({ rename: column.theme })
              }
            />
          ))}
        </div>
      )}
      <div ref={indicatorRef} className="drop-line" aria-hidden="true" />
      {dialog === null ? null : (
        <StoryDialog
          boardId={boardId}
          state={dialog}
          story={dialog.mode === 'edit' ? stories.find((s) => s.id === dialog.id) : undefined}
          themes={existingThemes}
          onClose={() => setDialog(null)}
        />
      )}
      {moving === null ? null : (
        <MoveStoryDialog
          story={moving}
          columns={columns}
          themeLabel={themeLabel}
          onClose={() => setMoving(null)}
          onMove={(theme, index) => {
            setMoving(null)
            move(moving.id, theme, index)
          }}
        />
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: storySummary(deleting) })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => edit((doc) => removeStory(doc, deleting.id))}
          onClose={() => setDeleting(null)}
        />
      )}
      {themeDialog === null ? null : (
        <ThemeDialog
          initial={themeDialog.rename}
          existing={existingThemes}
          onClose={() => setThemeDialog(null)}
          onSave={(name) => {
            const from = themeDialog.rename
            setThemeDialog(null)
            if (from === undefined) {
              setExtraThemes((list) => (list.includes(name) ? list : [...list, name]))
              return
            }
            const ids = columns.find((c) => c.theme === from)?.stories.map((s) => s.id) ?? []
            edit((doc) =>
              doc.transact(
                () => ids.forEach((id) => updateStory(doc, id, { theme: name })),
                LOCAL_ORIGIN,
              ),
            )
          }}
        />
      )}
    </div>
  )
}
