// "Follow me" on one screen. The facilitator's choice is in the document (control.ts); whether
// this person is following right now is theirs: they follow when the facilitator starts leading,
// step away by moving somewhere else themselves (or with "Stop following"), and come back with
// "Follow again" or when the facilitator calls everyone back (starts leading anew).
//
// A pure state machine: `followStep(state, event)` answers the next state and, when the screen
// must move, the board to show.

export interface FollowTarget {
  /** When the facilitator wrote this target (a new value each time they move). */
  at: number
  /** Their Yjs client: the window being followed. */
  leaderClientId: number
  leaderUserId: string
  boardId?: string
}

export type FollowMode =
  /** Nobody is leading. */
  | 'off'
  /** This screen is the one being followed. */
  | 'leading'
  | 'following'
  /** Someone leads but this person stepped away (or is a co-facilitator and chose not to follow). */
  | 'away'

export interface FollowState {
  mode: FollowMode
  target?: FollowTarget
}

export type FollowEvent =
  /** The document's follow value changed (undefined: "follow me" is off). */
  | { type: 'remote'; target: FollowTarget | undefined; myClientId: number; facilitator: boolean }
  /** This person went to another board or section by themselves. */
  | { type: 'navigated'; boardId: string | undefined }
  | { type: 'stop' }
  | { type: 'resume' }

export interface FollowStep {
  state: FollowState
  /** Show this board now. */
  go?: string
}

export const FOLLOW_OFF: FollowState = Object.freeze({ mode: 'off' })

function withTarget(mode: FollowMode, target: FollowTarget): FollowState {
  return { mode, target }
}

function moveTo(state: FollowState): FollowStep {
  const boardId = state.target?.boardId
  return boardId === undefined ? { state } : { state, go: boardId }
}

export function followStep(state: FollowState, event: FollowEvent): FollowStep {
  switch (event.type) {
    case 'remote': {
      const target = event.target
      if (target === undefined) return { state: FOLLOW_OFF }
      if (target.leaderClientId === event.myClientId)
        return { state: withTarget('leading', target) }
      const fresh = state.mode === 'off' || state.mode === 'leading'
      // A new round of "follow me" brings participants along; co-facilitators are offered it.
      if (fresh) {
        if (event.facilitator) return { state: withTarget('away', target) }
        return moveTo(withTarget('following', target))
      }
      if (state.mode === 'following') {
        const next = withTarget('following', target)
        return target.boardId !== state.target?.boardId ? moveTo(next) : { state: next }
      }
      return { state: withTarget('away', target) }
    }
    case 'navigated': {
      if (state.mode !== 'following') return { state }
      if (event.boardId !== undefined && event.boardId === state.target?.boardId) return { state }
      return { state: { ...state, mode: 'away' } }
    }
    case 'stop':
      return state.mode === 'following' ? { state: { ...state, mode: 'away' } } : { state }
    case 'resume':
      return state.mode === 'away' && state.target !== undefined
        ? moveTo({ ...state, mode: 'following' })
        : { state }
  }
}
