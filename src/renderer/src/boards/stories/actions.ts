import type { MoveKey } from './columns.ts'

/** What a story card can ask its board to do; one stable object per board (cards are memoised). */
export interface StoryActions {
  edit(id: string): void
  moveTo(id: string): void
  remove(id: string): void
  vote(id: string, delta: 1 | -1): void
  keyMove(id: string, key: MoveKey): void
  focusNeighbour(id: string, key: MoveKey): void
  startDrag(event: PointerEvent, id: string, card: HTMLElement): void
}
