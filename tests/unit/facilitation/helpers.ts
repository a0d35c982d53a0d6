// Shared set-up for facilitation tests: a small workshop, users with real key pairs, and peers
// that exchange real Yjs updates (in memory, or captured to be delivered by hand).
import * as Y from 'yjs'
import {
  addAgendaStep,
  addBoard,
  addParticipant,
  addStory,
  bindClient,
  createIdentity,
  createWorkshopDoc,
  initSession,
  type SessionIdentity,
} from '../../../src/shared/model/index.ts'

export const owner: SessionIdentity = createIdentity()
export const alice: SessionIdentity = createIdentity()
export const bob: SessionIdentity = createIdentity()
export const carol: SessionIdentity = createIdentity()

export interface Workshop {
  doc: Y.Doc
  boardId: string
  otherBoardId: string
  stories: string[]
  participants: { anna: string; ben: string; chiara: string }
  steps: string[]
}

/** The owner's document: two boards, four stories, three participants, a three-step agenda. */
export function workshop(): Workshop {
  const doc = createWorkshopDoc({ id: 'w-facilitation', title: 'Riverside ULG' })
  initSession(doc, owner, 1_000)
  const boardId = addBoard(doc, 'user-stories', 'Needs')
  const otherBoardId = addBoard(doc, 'future-back', 'Vision 2035', {
    presentYear: 2025,
    horizonYear: 2035,
  })
  const anna = addParticipant(doc, { name: 'Anna', sector: 'public' })
  const ben = addParticipant(doc, { name: 'Ben', sector: 'business' })
  const chiara = addParticipant(doc, { name: 'Chiara', sector: 'civil-society' })
  const stories = ['parks', 'buses', 'markets', 'bikes'].map((goal, i) =>
    addStory(doc, boardId, {
      role: `resident ${i}`,
      goal,
      benefit: 'life is better',
      authorId: anna,
    }),
  )
  const steps = [
    addAgendaStep(doc, { title: 'Welcome', minutes: 10 }),
    addAgendaStep(doc, { title: 'Needs', minutes: 30, boardId }),
    addAgendaStep(doc, { title: 'Vision', minutes: 20, boardId: otherBoardId }),
  ]
  return { doc, boardId, otherBoardId, stories, participants: { anna, ben, chiara }, steps }
}

/** A peer's copy of `doc`, bound to `who`, kept in sync both ways (in memory). */
export function joinPeer(doc: Y.Doc, who: SessionIdentity): Y.Doc {
  const peer = new Y.Doc()
  link(doc, peer)
  bindClient(peer, who)
  return peer
}

/** Live two-way sync between two docs (a doc linked to several relays between them). */
export function link(a: Y.Doc, b: Y.Doc): void {
  const fromA = Symbol('from a')
  const fromB = Symbol('from b')
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), fromA)
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), fromB)
  a.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== fromB) Y.applyUpdate(b, u, fromA)
  })
  b.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== fromA) Y.applyUpdate(a, u, fromB)
  })
}

/** A copy of `doc` that is not linked: it receives only what a test delivers by hand. */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Runs `edit` on `doc` and answers the update it produced (to deliver it elsewhere by hand). */
export function capture(doc: Y.Doc, edit: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const on = (u: Uint8Array): void => {
    updates.push(u)
  }
  doc.on('update', on)
  try {
    edit()
  } finally {
    doc.off('update', on)
  }
  return Y.mergeUpdates(updates)
}
