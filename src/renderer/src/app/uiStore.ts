// UI state only (never workshop content): which screen and section is showing, board view
// modes, and the item a search result asked to bring into view.
import { create } from 'zustand'
import type { OpenWorkshop } from '../doc/openWorkshop.ts'

export type Section =
  | { kind: 'overview' }
  | { kind: 'participants' }
  | { kind: 'stakeholders' }
  | { kind: 'actions' }
  | { kind: 'board'; boardId: string }

export interface FocusRequest {
  /** Entity id to reveal and focus. */
  id: string
  seq: number
  /**
   * reveal: scroll to it, focus it and flash it (search results);
   * edit: focus its first field with the text selected (just created);
   * focus: focus it, nothing more (it moved and was re-rendered elsewhere).
   */
  mode: 'reveal' | 'edit' | 'focus'
}

interface UiState {
  open: OpenWorkshop | null
  /** Browser mode: the served workshop stays open even on the home screen. */
  screen: 'home' | 'workshop'
  section: Section
  boardView: Readonly<Record<string, 'board' | 'list'>>
  mapView: Readonly<Record<string, 'grid' | 'relations'>>
  focus: FocusRequest | null
}

export const useUi = create<UiState>(() => ({
  open: null,
  screen: 'home',
  section: { kind: 'overview' },
  boardView: {},
  mapView: {},
  focus: null,
}))

let focusSeq = 0

export const ui = {
  enterWorkshop(open: OpenWorkshop): void {
    const previous = useUi.getState().open
    if (previous !== null && previous !== open) previous.dispose()
    useUi.setState({ open, screen: 'workshop', section: { kind: 'overview' }, focus: null })
  },
  showHome(): void {
    useUi.setState({ screen: 'home' })
  },
  showWorkshop(): void {
    if (useUi.getState().open !== null) useUi.setState({ screen: 'workshop' })
  },
  closeWorkshop(): void {
    useUi.getState().open?.dispose()
    useUi.setState({ open: null, screen: 'home', focus: null })
  },
  showSection(section: Section): void {
    useUi.setState({ section, screen: 'workshop' })
  },
  setBoardView(boardId: string, view: 'board' | 'list'): void {
    useUi.setState((s) => ({ boardView: { ...s.boardView, [boardId]: view } }))
  },
  setMapView(boardId: string, view: 'grid' | 'relations'): void {
    useUi.setState((s) => ({ mapView: { ...s.mapView, [boardId]: view } }))
  },
  reveal(section: Section, id: string): void {
    focusSeq += 1
    useUi.setState({ section, screen: 'workshop', focus: { id, seq: focusSeq, mode: 'reveal' } })
  },
  /** Focuses a just-created entity's first field once it has rendered. */
  editNew(id: string): void {
    focusSeq += 1
    useUi.setState({ focus: { id, seq: focusSeq, mode: 'edit' } })
  },
  /** A request is handled once, so a later re-mount of the same item does not jump again. */
  doneFocus(seq: number): void {
    if (useUi.getState().focus?.seq === seq) useUi.setState({ focus: null })
  },
  /** Keeps focus on an entity that moved (its element may have been re-created elsewhere). */
  focusQuietly(id: string): void {
    focusSeq += 1
    useUi.setState({ focus: { id, seq: focusSeq, mode: 'focus' } })
  },
}
