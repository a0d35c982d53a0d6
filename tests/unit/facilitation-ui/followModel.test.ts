import { describe, expect, it } from 'vitest'
import { getFollow, setFollow, stopFollow } from '../../../src/shared/model/index.ts'
import {
  FOLLOW_OFF,
  followStep,
  type FollowState,
  type FollowTarget,
} from '../../../src/renderer/src/facilitation/followModel.ts'
import { room } from './setup.ts'

const LEADER = 7
const ME = 42

function target(boardId: string | undefined, at: number): FollowTarget {
  return {
    at,
    leaderClientId: LEADER,
    leaderUserId: 'u',
    ...(boardId !== undefined && { boardId }),
  }
}

function remote(state: FollowState, t: FollowTarget | undefined, facilitator = false) {
  return followStep(state, { type: 'remote', target: t, myClientId: ME, facilitator })
}

describe('follow me', () => {
  it('brings a participant along from the document value, until they step away', () => {
    const r = room()
    const otherBoard = r.boardId
    setFollow(r.facilitator.doc, { boardId: otherBoard }, 5)
    const follow = getFollow(r.ana.doc)
    if (follow === undefined) throw new Error('no follow')
    const first = remote(FOLLOW_OFF, {
      ...follow,
      leaderClientId: follow.facilitatorClientId,
      leaderUserId: follow.facilitatorUserId,
    })
    expect(first.state.mode).toBe('following')
    expect(first.go).toBe(otherBoard)
    expect(first.state.target?.leaderUserId).toBe(r.facilitator.who.userId)

    // The facilitator moves: the follower moves along.
    const moved = remote(first.state, target('b-2', 6))
    expect(moved).toMatchObject({ state: { mode: 'following' }, go: 'b-2' })
    // The same board again (a viewport change): no move.
    expect(remote(moved.state, target('b-2', 7)).go).toBeUndefined()
    // Going to the followed board by hand keeps following; anywhere else steps away.
    expect(followStep(moved.state, { type: 'navigated', boardId: 'b-2' }).state.mode).toBe(
      'following',
    )
    const away = followStep(moved.state, { type: 'navigated', boardId: 'b-3' })
    expect(away.state.mode).toBe('away')
    // While away, the facilitator's moves do not pull them back…
    const stillAway = remote(away.state, target('b-4', 8))
    expect(stillAway.state.mode).toBe('away')
    expect(stillAway.go).toBeUndefined()
    expect(stillAway.state.target?.boardId).toBe('b-4')
    // …"Follow" does, to where the facilitator is now.
    expect(followStep(stillAway.state, { type: 'resume' })).toMatchObject({
      state: { mode: 'following' },
      go: 'b-4',
    })
  })

  it('stop following, and the facilitator ending or restarting follow me', () => {
    const following = remote(FOLLOW_OFF, target('b-1', 1)).state
    const stopped = followStep(following, { type: 'stop' })
    expect(stopped.state.mode).toBe('away')
    expect(remote(stopped.state, undefined).state).toEqual(FOLLOW_OFF)
    const r = room()
    setFollow(r.facilitator.doc, { boardId: r.boardId }, 1)
    stopFollow(r.facilitator.doc, 2)
    expect(getFollow(r.ana.doc)).toBeUndefined()
    // A new round brings everyone back.
    expect(remote(FOLLOW_OFF, target('b-1', 3)).state.mode).toBe('following')
  })

  it('the leading window never follows itself; co-facilitators are offered, not moved', () => {
    const leading = followStep(FOLLOW_OFF, {
      type: 'remote',
      target: { ...target('b-1', 1), leaderClientId: ME },
      myClientId: ME,
      facilitator: true,
    })
    expect(leading).toEqual({
      state: { mode: 'leading', target: { ...target('b-1', 1), leaderClientId: ME } },
    })
    const co = remote(FOLLOW_OFF, target('b-1', 1), true)
    expect(co.state.mode).toBe('away')
    expect(co.go).toBeUndefined()
    expect(followStep(co.state, { type: 'resume' }).go).toBe('b-1')
  })

  it('ignores navigation and stop when not following', () => {
    expect(followStep(FOLLOW_OFF, { type: 'navigated', boardId: 'x' }).state).toBe(FOLLOW_OFF)
    expect(followStep(FOLLOW_OFF, { type: 'stop' }).state).toBe(FOLLOW_OFF)
    expect(followStep(FOLLOW_OFF, { type: 'resume' }).state).toBe(FOLLOW_OFF)
  })

  it('a participant cannot start follow me', () => {
    const r = room()
    expect(() => setFollow(r.ana.doc, { boardId: r.boardId })).toThrow(/facilitator/)
  })
})
