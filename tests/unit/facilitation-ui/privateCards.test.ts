// Private writing on screen: the projection the boards read leaves out other people's hidden
// cards (their author sees them), shows them after the reveal, and a window that gets bound
// later sees its user's own cards again.
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addCard,
  addStory,
  bindClient,
  createIdentity,
  revealPrivateCards,
  setPrivateWriting,
} from '../../../src/shared/model/index.ts'
import { projectWorkshop } from '../../../src/renderer/src/doc/projection.ts'
import { createWorkshopStore } from '../../../src/renderer/src/doc/workshopStore.ts'
import { room } from './setup.ts'

const ids = (doc: Y.Doc, boardId: string) =>
  (projectWorkshop(doc).items[boardId] ?? []).map((i) => i.id)

describe('private writing in the projection', () => {
  it('hides a new card from the others until the reveal', () => {
    const r = room()
    setPrivateWriting(r.facilitator.doc, true, 10)
    const card = addCard(r.ana.doc, r.boardId, () =>
      addStory(r.ana.doc, r.boardId, { role: 'resident', goal: 'a quiet corner', benefit: 'rest' }),
    )
    expect(ids(r.ana.doc, r.boardId)).toContain(card)
    expect(ids(r.ben.doc, r.boardId)).not.toContain(card)
    expect(ids(r.facilitator.doc, r.boardId)).not.toContain(card)
    // The others' stories are all still there.
    expect(ids(r.ben.doc, r.boardId)).toEqual(r.stories)
    revealPrivateCards(r.facilitator.doc, r.boardId, 20)
    expect(ids(r.ben.doc, r.boardId)).toContain(card)
  })

  it('a store re-projects when this window is bound to the card’s author', () => {
    const r = room()
    setPrivateWriting(r.facilitator.doc, true, 10)
    const card = addCard(r.ana.doc, r.boardId, () =>
      addStory(r.ana.doc, r.boardId, { role: 'resident', goal: 'a fountain', benefit: 'cool' }),
    )
    // Ana reloads: a new window (new client id) receives the document, then binds.
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(r.host))
    const store = createWorkshopStore(reloaded)
    expect((store.store.getState().items[r.boardId] ?? []).map((i) => i.id)).not.toContain(card)
    bindClient(reloaded, r.ana.who)
    expect((store.store.getState().items[r.boardId] ?? []).map((i) => i.id)).toContain(card)
    store.dispose()
    // Someone else's window stays without it.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(r.host))
    bindClient(other, createIdentity())
    expect(ids(other, r.boardId)).not.toContain(card)
  })
})
