// A React-facing view of presence for one open workshop: the other people (validated, sorted)
// and a structurally shared list of their identities, so the avatars re-render when someone
// comes, goes or renames, not on every cursor move.
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { useOpenWorkshop } from '../doc/context.tsx'
import type { AwarenessGroup } from '../sync/awarenessGroup.ts'
import { readPeers, type Peer, type PresenceUser } from './presenceState.ts'

export interface PeerUser extends PresenceUser {
  clientId: number
}

export interface PresenceView {
  peers: Peer[]
  users: PeerUser[]
}

const stores = new WeakMap<AwarenessGroup, StoreApi<PresenceView>>()

function sameUsers(a: readonly PeerUser[], b: readonly PeerUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((u, i) => {
      const v = b[i]
      return (
        v !== undefined &&
        u.clientId === v.clientId &&
        u.name === v.name &&
        u.colour === v.colour &&
        u.role === v.role
      )
    })
  )
}

export function presenceStore(group: AwarenessGroup): StoreApi<PresenceView> {
  const existing = stores.get(group)
  if (existing !== undefined) return existing
  const read = (prev: PresenceView | undefined): PresenceView => {
    const peers = readPeers(group.getStates(), group.clientID)
    const users = peers.map((p) => ({ clientId: p.clientId, ...p.user }))
    return { peers, users: prev !== undefined && sameUsers(prev.users, users) ? prev.users : users }
  }
  const store = createStore<PresenceView>(() => read(undefined))
  group.on('change', () => store.setState(read(store.getState())))
  stores.set(group, store)
  return store
}

export function usePresence<T>(selector: (view: PresenceView) => T): T {
  return useStore(presenceStore(useOpenWorkshop().connection.presence), selector)
}
