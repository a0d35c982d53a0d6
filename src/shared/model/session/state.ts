// One plain snapshot of the session for the UI, re-read after document updates (like the model's
// other read functions). Everything in it counts only what facilitators wrote (see trust.ts).
import type * as Y from 'yjs'
import { getRun, type RunningStep } from './agenda.ts'
import {
  getFollow,
  getSpotlight,
  listLocks,
  type FollowState,
  type LockState,
  type SpotlightState,
} from './control.ts'
import { listDecisions, type Decision } from './decisions.ts'
import { getAnonymity, getPrivateWriting, type ToggleState } from './privacy.ts'
import {
  listFacilitators,
  listPeople,
  roleOf,
  type SessionPerson,
  type SessionRole,
} from './roles.ts'
import { getTimer } from './timer.ts'
import { actorOf, sessionOwner } from './trust.ts'
import type { TimerData } from './values.ts'
import { listProxyVoters, listVotes, type ProxyVoter, type Vote } from './votes.ts'

export interface SessionState {
  ownerId?: string
  /** This device's user (undefined until bound) and their role. */
  me?: string
  role: SessionRole
  facilitators: Array<{ userId: string; role: 'owner' | 'facilitator' }>
  people: SessionPerson[]
  run?: RunningStep
  timer: TimerData
  anonymous: ToggleState
  privateWriting: ToggleState
  /** Boards with a lock entry, by board id (`locked` false once unlocked). */
  locks: Record<string, LockState>
  follow?: FollowState
  spotlight?: SpotlightState
  votes: Vote[]
  proxies: ProxyVoter[]
  decisions: Decision[]
}

export function getSessionState(doc: Y.Doc): SessionState {
  const me = actorOf(doc)
  const state: SessionState = {
    role: roleOf(doc, me),
    facilitators: listFacilitators(doc),
    people: listPeople(doc),
    timer: getTimer(doc),
    anonymous: getAnonymity(doc),
    privateWriting: getPrivateWriting(doc),
    locks: Object.fromEntries(listLocks(doc).map((l) => [l.boardId, l])),
    votes: listVotes(doc),
    proxies: listProxyVoters(doc),
    decisions: listDecisions(doc),
  }
  const owner = sessionOwner(doc)
  if (owner !== undefined) state.ownerId = owner
  if (me !== undefined) state.me = me
  const run = getRun(doc)
  if (run !== undefined) state.run = run
  const follow = getFollow(doc)
  if (follow !== undefined) state.follow = follow
  const spotlight = getSpotlight(doc)
  if (spotlight !== undefined) state.spotlight = spotlight
  return state
}
