// The projection store is rebuilt from Yjs events: a remote update shows up in it, a local edit
// through the model reaches the document (and comes back), and unchanged entities keep their
// objects so memoised rows and cards do not re-render.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  LOCAL_ORIGIN,
  addBoard,
  addParticipant,
  addStakeholder,
  addStory,
  createWorkshopDoc,
  listStories,
  moveStory,
  updateStory,
  updateWorkshopInfo,
} from '../../../src/shared/model/index.ts'
import { createWorkshopStore } from '../../../src/renderer/src/doc/workshopStore.ts'
import { itemsOf } from '../../../src/renderer/src/doc/projection.ts'

/** Origin of someone else's edit on their own page. */
const REMOTE = { remote: true }
/** Origin of updates carried between the two pages (the provider's role). */
const SYNC = { sync: true }

/** Two peers: `local` (the page) and `remote` (someone else), linked by update exchange. */
function peers() {
  const remote = createWorkshopDoc({ title: 'Shared' })
  const local = new Y.Doc()
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote), SYNC)
  local.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== SYNC) Y.applyUpdate(remote, u, SYNC)
  })
  remote.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== SYNC) Y.applyUpdate(local, u, SYNC)
  })
  return { local, remote }
}

describe('workshop projection store', () => {
  it('starts from the document it is given', () => {
    const doc = createWorkshopDoc({ title: 'Riverside', city: 'Riverside' })
    const { store, dispose } = createWorkshopStore(doc)
    expect(store.getState().info.title).toBe('Riverside')
    expect(store.getState().info.city).toBe('Riverside')
    expect(store.getState().boards).toEqual([])
    dispose()
  })

  it('reflects a remote update', () => {
    const { local, remote } = peers()
    const { store } = createWorkshopStore(local)
    const boardId = addBoard(remote, 'user-stories', 'Needs', {}, REMOTE)
    addStory(
      remote,
      boardId,
      { role: 'resident', goal: 'benches', benefit: 'I can walk', theme: 'space' },
      REMOTE,
    )
    const state = store.getState()
    expect(state.boards.map((b) => b.title)).toEqual(['Needs'])
    expect(itemsOf(state, boardId)).toMatchObject([
      { type: 'story', role: 'resident', theme: 'space' },
    ])
  })

  it('sends a local edit to the document and back into the store', () => {
    const { local, remote } = peers()
    const { store } = createWorkshopStore(local)
    updateWorkshopInfo(local, { city: 'Ghent' })
    expect(store.getState().info.city).toBe('Ghent')
    expect(remote.getMap('workshop').get('city')).toBe('Ghent')
  })

  it('keeps unchanged entities (and untouched roots) as the same objects', () => {
    const doc = createWorkshopDoc({ title: 'T' })
    const boardId = addBoard(doc, 'user-stories', 'B')
    const a = addStory(doc, boardId, { role: 'a', goal: 'g', benefit: 'b' })
    addStory(doc, boardId, { role: 'c', goal: 'g', benefit: 'b' })
    addParticipant(doc, { name: 'Éva' })
    const { store } = createWorkshopStore(doc)
    const before = store.getState()
    const storyB = itemsOf(before, boardId)[1]
    updateStory(doc, a, { votes: 3 })
    const after = store.getState()
    expect(after.revision).toBe(before.revision + 1)
    expect(itemsOf(after, boardId)[1]).toBe(storyB)
    expect(itemsOf(after, boardId)[0]).not.toBe(itemsOf(before, boardId)[0])
    expect(after.participants).toBe(before.participants)
    expect(after.info).toBe(before.info)
  })

  it('follows moves between theme columns', () => {
    const doc = createWorkshopDoc({ title: 'T' })
    const boardId = addBoard(doc, 'user-stories', 'B')
    const s1 = addStory(doc, boardId, { role: 'r1', goal: 'g', benefit: 'b', theme: 'x' })
    addStory(doc, boardId, { role: 'r2', goal: 'g', benefit: 'b', theme: 'y' })
    const { store } = createWorkshopStore(doc)
    moveStory(doc, s1, { theme: 'y', index: 0 })
    const stories = itemsOf(store.getState(), boardId).filter((i) => i.type === 'story')
    expect(stories.find((s) => s.id === s1)).toMatchObject({ theme: 'y' })
    expect(
      listStories(doc, boardId)
        .filter((s) => s.theme === 'y')
        .map((s) => s.role),
    ).toEqual(['r1', 'r2'])
  })

  it('stops following the document once disposed', () => {
    const doc = createWorkshopDoc({ title: 'T' })
    const { store, dispose } = createWorkshopStore(doc)
    dispose()
    addStakeholder(doc, { name: 'City' }, LOCAL_ORIGIN)
    expect(store.getState().stakeholders).toEqual([])
  })
})
