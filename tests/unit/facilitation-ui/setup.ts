// A small workshop for the facilitation view-model tests: a host (the owner), two participants
// on their own linked copies, a stories board with four cards and a three-step agenda.
import * as Y from 'yjs'
import {
  addAgendaStep,
  addBoard,
  addStory,
  bindClient,
  createIdentity,
  createWorkshopDoc,
  initSession,
  setRole,
  type SessionIdentity,
} from '../../../src/shared/model/index.ts'

export interface Room {
  host: Y.Doc
  owner: SessionIdentity
  facilitator: { doc: Y.Doc; who: SessionIdentity }
  ana: { doc: Y.Doc; who: SessionIdentity }
  ben: { doc: Y.Doc; who: SessionIdentity }
  boardId: string
  stories: string[]
  steps: string[]
}

function link(a: Y.Doc, b: Y.Doc): void {
  const fromA = Symbol('a')
  const fromB = Symbol('b')
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), fromA)
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), fromB)
  a.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== fromB) Y.applyUpdate(b, u, fromA)
  })
  b.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== fromA) Y.applyUpdate(a, u, fromB)
  })
}

function peer(host: Y.Doc, who: SessionIdentity): Y.Doc {
  const doc = new Y.Doc()
  link(host, doc)
  bindClient(doc, who)
  return doc
}

export function room(): Room {
  const owner = createIdentity()
  const host = createWorkshopDoc({ id: 'w-ui', title: 'Riverside' })
  initSession(host, owner, 1_000)
  const boardId = addBoard(host, 'user-stories', 'Needs')
  const stories = ['parks', 'buses', 'markets', 'bikes'].map((goal) =>
    addStory(host, boardId, { role: 'resident', goal, benefit: 'life is better' }),
  )
  const steps = [
    addAgendaStep(host, { title: 'Welcome', minutes: 10 }),
    addAgendaStep(host, { title: 'Needs', minutes: 30, boardId }),
    addAgendaStep(host, { title: 'Wrap-up', minutes: 5 }),
  ]
  const facilitator = { who: createIdentity(), doc: new Y.Doc() }
  setRole(host, facilitator.who.userId, 'facilitator')
  facilitator.doc = peer(host, facilitator.who)
  const anaWho = createIdentity()
  const benWho = createIdentity()
  return {
    host,
    owner,
    facilitator,
    ana: { who: anaWho, doc: peer(host, anaWho) },
    ben: { who: benWho, doc: peer(host, benWho) },
    boardId,
    stories,
    steps,
  }
}
