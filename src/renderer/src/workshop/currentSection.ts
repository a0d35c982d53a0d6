import { useUi, type Section } from '../app/uiStore.ts'
import { useWorkshop } from '../doc/context.tsx'

/** The section to show: the chosen one if it still exists, else the first board, else people. */
export function useCurrentSection(): Section {
  const section = useUi((s) => s.section)
  const boards = useWorkshop((s) => s.boards)
  if (section.kind === 'board' && boards.some((b) => b.id === section.boardId)) return section
  if (
    section.kind === 'participants' ||
    section.kind === 'stakeholders' ||
    section.kind === 'actions'
  )
    return section
  const first = boards[0]
  return first === undefined ? { kind: 'participants' } : { kind: 'board', boardId: first.id }
}
