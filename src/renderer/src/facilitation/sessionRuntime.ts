// Facilitation for one open workshop: this device's identity, its proof to the host, the binding
// of this window's Yjs client to it, the facilitator link, and a store React reads (the session
// state plus the dot votes as this screen sees them). Created on first use for an open workshop
// and stopped when its document is destroyed (the workshop closed).
import type * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  attachSessionAuth,
  bindClient,
  ensureClientBound,
  getSessionState,
  getWorkshopInfo,
  hiddenCount,
  identityFromSecret,
  joinSession,
  listParticipants,
  listStepLogs,
  pinSessionOwner,
  type SessionIdentity,
  type SessionState,
  type StepLog,
} from '../../../shared/model/index.ts'
import { SESSION_ROOT } from '../../../shared/model/layout.ts'
import { notify } from '../app/notices.ts'
import type { OpenWorkshop } from '../doc/openWorkshop.ts'
import { touchedRoots } from '../doc/projection.ts'
import {
  facilitatorKeyFromHash,
  fetchOwnerId,
  hashWithoutKey,
  httpOriginOf,
  requestFacilitatorRole,
} from './facilitatorLink.ts'
import { refusalNotice } from './refusals.ts'
import { loadSessionIdentity } from './sessionIdentity.ts'
import { activeVote, latestVote, voteView, type VoteView } from './voteModel.ts'

export type LinkState = 'none' | 'pending' | 'granted' | 'wrong-key' | 'unreachable'

export interface FacilitationView {
  session: SessionState
  /** This window's client is bound: session actions can be taken. */
  bound: boolean
  /** The open vote of each board, as this screen sees it (for the voter acting now). */
  votes: Readonly<Record<string, VoteView>>
  /** The latest vote of each board, open or closed (facilitators' panel). */
  latest: Readonly<Record<string, VoteView>>
  /** The time log of each agenda step that ran (the running one up to its latest start). */
  logs: Readonly<Record<string, StepLog>>
  /** Cards still hidden by private writing, per board. */
  hidden: Readonly<Record<string, number>>
  /** The proxy voter the facilitator is placing dots for (null: themselves). */
  actingFor: string | null
  /** The facilitator link of this page, if it was opened with one. */
  link: LinkState
  revision: number
}

export interface FacilitationRuntime {
  identity: SessionIdentity
  doc: Y.Doc
  store: StoreApi<FacilitationView>
  setActingFor(proxyId: string | null): void
}

const RELEVANT = new Set<string>([
  SESSION_ROOT,
  'items',
  'boards',
  'stakeholders',
  'participants',
  'agenda',
])

function computeView(
  doc: Y.Doc,
  previous: FacilitationView | undefined,
  patch: Partial<FacilitationView> = {},
): FacilitationView {
  const session = getSessionState(doc)
  const actingFor = patch.actingFor !== undefined ? patch.actingFor : (previous?.actingFor ?? null)
  const proxy =
    actingFor !== null && session.proxies.some((p) => p.id === actingFor) ? actingFor : undefined
  const votes: Record<string, VoteView> = {}
  const latest: Record<string, VoteView> = {}
  const boards = new Set(session.votes.map((v) => v.boardId))
  for (const boardId of boards) {
    const open = activeVote(session.votes, boardId)
    if (open !== undefined) {
      const view = voteView(doc, open.id, session.me, proxy)
      if (view !== undefined) votes[boardId] = view
    }
    const last = latestVote(session.votes, boardId)
    if (last !== undefined) {
      const view = last.id === open?.id ? votes[boardId] : voteView(doc, last.id, session.me)
      if (view !== undefined) latest[boardId] = view
    }
  }
  const hidden: Record<string, number> = {}
  for (const board of doc.getMap('boards').keys()) {
    const n = hiddenCount(doc, board)
    if (n > 0) hidden[board] = n
  }
  const logs: Record<string, StepLog> = {}
  for (const log of listStepLogs(doc)) logs[log.stepId] = log
  return {
    session,
    bound: session.me !== undefined,
    logs,
    votes,
    latest,
    hidden,
    actingFor: proxy ?? null,
    link: patch.link ?? previous?.link ?? 'none',
    revision: (previous?.revision ?? 0) + 1,
  }
}

const runtimes = new WeakMap<OpenWorkshop, FacilitationRuntime>()

function ownerIdentity(secretKey: string | undefined): SessionIdentity | undefined {
  if (secretKey === undefined) return undefined
  try {
    return identityFromSecret(secretKey)
  } catch {
    return undefined
  }
}

export function facilitationOf(open: OpenWorkshop): FacilitationRuntime {
  let runtime = runtimes.get(open)
  if (runtime === undefined) {
    runtime = startFacilitation(open)
    runtimes.set(open, runtime)
  }
  return runtime
}

/** The name this person gave for presence (read from their awareness state). */
function presenceName(open: OpenWorkshop): string | undefined {
  const user = open.connection.presence.getLocalState()?.user
  const name =
    typeof user === 'object' && user !== null ? (user as Record<string, unknown>).name : undefined
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : undefined
}

function startFacilitation(open: OpenWorkshop): FacilitationRuntime {
  const { doc, session, connection } = open
  // The desktop window hosting the workshop is its owner; everyone else has their own identity.
  const identity = ownerIdentity(session.ownerKey) ?? loadSessionIdentity()
  const store = createStore<FacilitationView>(() => computeView(doc, undefined))
  const refresh = (patch?: Partial<FacilitationView>) =>
    store.setState(computeView(doc, store.getState(), patch))

  const loaded = () => getWorkshopInfo(doc).id === session.workshopId
  let joinedAs: string | undefined
  // Binds this window's client once the workshop is here (the binding signs the workshop id),
  // then says who this person is; both again when needed (a new name, a forged overwrite).
  const bindAndJoin = () => {
    if (!loaded()) return
    try {
      if (store.getState().session.me === undefined) bindClient(doc, identity)
      else ensureClientBound(doc, identity)
      const name = presenceName(open)
      if (name !== undefined && name !== joinedAs) {
        joinedAs = name
        const match = listParticipants(doc).filter(
          (p) => p.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase(),
        )
        const participantId = match.length === 1 ? match[0]?.id : undefined
        joinSession(doc, participantId === undefined ? { name } : { name, participantId })
      }
    } catch (err) {
      // A refusal here (e.g. a client already bound elsewhere) must not break the board.
      console.warn('Tavolo facilitation: could not join the session', err)
    }
  }

  let scheduled = false
  const onUpdate = (_u: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    const touched = touchedRoots(doc, tr)
    if ([...touched].some((r) => RELEVANT.has(r))) refresh()
    if (!scheduled && (store.getState().session.me === undefined || touched.has(SESSION_ROOT))) {
      scheduled = true
      // After the transaction: the model refuses to write while one is being observed.
      queueMicrotask(() => {
        scheduled = false
        bindAndJoin()
      })
    }
  }
  doc.on('update', onUpdate)
  const onPresence = () => {
    if (presenceName(open) !== joinedAs) bindAndJoin()
  }
  connection.presence.on('change', onPresence)

  const stopAuth = attachSessionAuth(connection.provider, identity, {
    onRefused: (reasons) => {
      notify(refusalNotice(reasons))
    },
  })

  const origin = httpOriginOf(session.wsUrl)
  // The owner as the host knows it: pinned, so no document edit can make anyone else the owner.
  // (The desktop window does not ask: its page is not the host's origin, and it is the owner.)
  if (session.ownerKey !== undefined) pinSessionOwner(doc, identity.userId)
  else if (session.mode === 'browser')
    void fetchOwnerId(origin, session.token).then((ownerId) => {
      if (ownerId === undefined) return
      try {
        pinSessionOwner(doc, ownerId)
      } catch {
        return
      }
      refresh()
    })

  // The facilitator link (the page's address fragment, browsers only).
  const key = session.mode === 'browser' ? facilitatorKeyFromHash(window.location.hash) : undefined
  if (key !== undefined) {
    refresh({ link: 'pending' })
    void requestFacilitatorRole(origin, session.token, key, identity.userId).then((outcome) => {
      if (outcome === 'granted') {
        const { pathname, search, hash } = window.location
        window.history.replaceState(
          window.history.state,
          '',
          `${pathname}${search}${hashWithoutKey(hash)}`,
        )
      }
      refresh({ link: outcome })
      if (outcome === 'wrong-key') notify({ kind: 'error', key: 'facilitation.linkWrong' })
      else if (outcome === 'unreachable')
        notify({ kind: 'error', key: 'facilitation.linkUnreachable' })
    })
  }

  try {
    // A developer switch (set by hand or by the end-to-end tests): the page's document is
    // reachable from the console, to check that the host refuses what the UI does not offer.
    if (globalThis.localStorage?.getItem('tavolo.devtools') === '1')
      Object.assign(window, { tavoloDevtools: { doc } })
  } catch {
    // No storage: no developer switch.
  }

  bindAndJoin()
  doc.on('destroy', () => {
    doc.off('update', onUpdate)
    connection.presence.off('change', onPresence)
    stopAuth()
  })

  return {
    identity,
    doc,
    store,
    setActingFor: (proxyId) => refresh({ actingFor: proxyId }),
  }
}
