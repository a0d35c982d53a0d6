// Undo is per person: Ctrl+Z takes back this page's own edits and never someone else's.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addBoard,
  addStory,
  createWorkshopDoc,
  updateStory,
  updateWorkshopInfo,
} from '../../../src/shared/model/index.ts'
import { createUndo } from '../../../src/renderer/src/doc/undo.ts'
import { createWorkshopStore } from '../../../src/renderer/src/doc/workshopStore.ts'
import { itemsOf } from '../../../src/renderer/src/doc/projection.ts'

const REMOTE = { remote: true }

describe('per-person undo', () => {
  it('undoes only local edits, leaving a remote edit in place', () => {
    const doc = createWorkshopDoc({ title: 'Before' })
    const { store } = createWorkshopStore(doc)
    const undo = createUndo(doc)
    updateWorkshopInfo(doc, { title: 'Mine' })
    undo.manager.stopCapturing()
    updateWorkshopInfo(doc, { city: 'Theirs' }, REMOTE)
    expect(undo.state.getState()).toEqual({ canUndo: true, canRedo: false })
    undo.undo()
    expect(store.getState().info.title).toBe('Before')
    expect(store.getState().info.city).toBe('Theirs')
    expect(undo.state.getState()).toEqual({ canUndo: false, canRedo: true })
    undo.redo()
    expect(store.getState().info.title).toBe('Mine')
  })

  it('has nothing to undo after only remote edits or an import', () => {
    const doc = createWorkshopDoc({ title: 'T' })
    const undo = createUndo(doc)
    const boardId = addBoard(doc, 'user-stories', 'B', {}, REMOTE)
    addStory(doc, boardId, { role: 'r', goal: 'g', benefit: 'b' }, REMOTE)
    expect(undo.manager.canUndo()).toBe(false)
    undo.undo()
    expect(doc.getMap('items').size).toBe(1)
  })

  it('undoes a local change to a card a peer created, keeping the card', () => {
    const local = createWorkshopDoc({ title: 'T' })
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local))
    const boardId = addBoard(remote, 'user-stories', 'B', {}, REMOTE)
    const id = addStory(remote, boardId, { role: 'r', goal: 'g', benefit: 'b' }, REMOTE)
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote), REMOTE)
    const { store } = createWorkshopStore(local)
    const undo = createUndo(local)
    updateStory(local, id, { votes: 5 })
    expect(itemsOf(store.getState(), boardId)[0]).toMatchObject({ votes: 5 })
    undo.undo()
    const story = itemsOf(store.getState(), boardId)[0]
    expect(story).toMatchObject({ id, role: 'r' })
    expect(story).not.toHaveProperty('votes')
  })
})
