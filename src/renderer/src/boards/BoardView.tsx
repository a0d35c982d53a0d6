// A board: its title (editable), its kind, the Board/List switch, and the board itself.
import { useState } from 'react'
import { removeBoard, renameBoard } from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { ui, useUi } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { MenuButton } from '../components/Menu.tsx'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { TextField } from '../components/fields.tsx'
import { KIND_ICON } from '../workshop/SectionTabs.tsx'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { StoriesBoard } from './stories/StoriesBoard.tsx'
import { FutureBackBoard } from './future/FutureBackBoard.tsx'
import { StakeholderMapBoard } from './map/StakeholderMapBoard.tsx'
import { BoardListView } from './list/BoardListView.tsx'
import { PresenceLayer } from '../presence/PresenceLayer.tsx'
import { BoardSessionFrame, LockedControls } from '../facilitation/BoardSessionFrame.tsx'

export function BoardView({ boardId }: { boardId: string }) {
  const t = useT()
  const board = useWorkshop((s) => s.boards.find((b) => b.id === boardId))
  const view = useUi((s) => s.boardView[boardId] ?? 'board')
  const edit = useEdit()
  const [deleting, setDeleting] = useState(false)
  if (board === undefined) return null
  return (
    <section className="board" aria-labelledby={`board-title-${board.id}`}>
      <div className="board-toolbar">
        <span className={`kind-pill kind-${board.kind}`}>
          <Icon name={KIND_ICON[board.kind]} />
          <span id={`board-title-${board.id}`} className="sr-only">
            {board.title}
          </span>
          {t(`boards.kind.${board.kind}` satisfies UiKey)}
        </span>
        <LockedControls boardId={board.id}>
          <TextField
            className="board-title-input"
            label={t('boards.boardTitle')}
            value={board.title}
            required
            maxLength={200}
            onCommit={(v) => edit((doc) => renameBoard(doc, board.id, v.trim()))}
          />
        </LockedControls>
        <div className="segmented" role="group" aria-label={t('boards.view')}>
          <button
            type="button"
            aria-pressed={view === 'board'}
            onClick={() => ui.setBoardView(board.id, 'board')}
          >
            <Icon name="board" /> {t('boards.viewBoard')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'list'}
            onClick={() => ui.setBoardView(board.id, 'list')}
          >
            <Icon name="list" /> {t('boards.viewList')}
          </button>
        </div>
        <LockedControls boardId={board.id}>
          <MenuButton
            label={t('common.more', { name: board.title })}
            items={[{ label: t('boards.delete'), danger: true, onSelect: () => setDeleting(true) }]}
          >
            <Icon name="dots" />
          </MenuButton>
        </LockedControls>
      </div>
      <BoardSessionFrame boardId={board.id}>
        <div className="board-body">
          <PresenceLayer boardId={board.id} />
          {view === 'list' ? (
            <BoardListView board={board} />
          ) : board.kind === 'user-stories' ? (
            <StoriesBoard boardId={board.id} />
          ) : board.kind === 'future-back' ? (
            <FutureBackBoard board={board} />
          ) : (
            <StakeholderMapBoard board={board} />
          )}
        </div>
      </BoardSessionFrame>
      {deleting ? (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: board.title })}
          body={t('boards.deleteBody')}
          confirmLabel={t('boards.delete')}
          onConfirm={() => edit((doc) => removeBoard(doc, board.id))}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </section>
  )
}
