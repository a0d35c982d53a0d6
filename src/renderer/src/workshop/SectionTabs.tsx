// The workshop's sections as a row of tabs: each board, "New board" (of each kind), then the
// people and the action plan. Buttons with aria-current rather than an ARIA tablist, so the
// "New board" menu can sit among them and Tab moves through everything in order.
import { BOARD_KINDS, type BoardKind } from '../../../shared/interchange/schema.ts'
import { addBoard } from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { ui, type Section } from '../app/uiStore.ts'
import { Icon, type IconName } from '../components/Icon.tsx'
import { MenuButton } from '../components/Menu.tsx'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

export const KIND_ICON: Record<BoardKind, IconName> = {
  'user-stories': 'board',
  'future-back': 'flag',
  'stakeholder-map': 'grid',
}

function same(a: Section, b: Section): boolean {
  if (a.kind === 'board' && b.kind === 'board') return a.boardId === b.boardId
  return a.kind === b.kind
}

export function SectionTabs({ current }: { current: Section }) {
  const t = useT()
  const boards = useWorkshop((s) => s.boards)
  const participants = useWorkshop((s) => s.participants.length)
  const stakeholders = useWorkshop((s) => s.stakeholders.length)
  const actions = useWorkshop((s) => s.actions.length)
  const edit = useEdit()

  const tab = (section: Section, label: string, icon: IconName, count?: number) => {
    const active = same(section, current)
    return (
      <button
        key={section.kind === 'board' ? section.boardId : section.kind}
        type="button"
        className={active ? 'tab active' : 'tab'}
        aria-current={active ? 'page' : undefined}
        onClick={() => ui.showSection(section)}
      >
        <Icon name={icon} />
        <span className="tab-label">{label}</span>
        {count === undefined ? null : <span className="tab-count">{count}</span>}
      </button>
    )
  }
  const newBoard = (kind: BoardKind) => {
    const id = edit((doc) => addBoard(doc, kind, t(`boards.defaultTitle.${kind}` satisfies UiKey)))
    if (id !== undefined) ui.showSection({ kind: 'board', boardId: id })
  }
  return (
    <nav className="tabs" aria-label={t('workshop.sections')}>
      <div className="tabs-boards">
        {boards.map((b) => tab({ kind: 'board', boardId: b.id }, b.title, KIND_ICON[b.kind]))}
        <MenuButton
          label={t('boards.new')}
          className="tab tab-new"
          align="start"
          items={BOARD_KINDS.map((kind) => ({
            label: t('boards.newOf', { kind: t(`boards.kind.${kind}` satisfies UiKey) }),
            onSelect: () => newBoard(kind),
          }))}
        >
          <Icon name="plus" /> <span className="tab-label">{t('boards.new')}</span>
        </MenuButton>
      </div>
      <div className="tabs-people">
        {tab({ kind: 'participants' }, t('participants.title'), 'users', participants)}
        {tab({ kind: 'stakeholders' }, t('stakeholders.title'), 'target', stakeholders)}
        {tab({ kind: 'actions' }, t('actions.title'), 'check', actions)}
      </div>
    </nav>
  )
}
