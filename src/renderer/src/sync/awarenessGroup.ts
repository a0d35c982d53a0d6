// Presence travels on every provider, each with its own y-protocols Awareness: y-websocket drops
// every remote state when the host socket closes, which must not wipe the people still linked
// over WebRTC (nor be rebroadcast to them as "everyone left"). The group writes this person's
// state to all of them and reads the union, so who is here stays true whichever path is up.
import type { Awareness } from 'y-protocols/awareness'

export type PresenceState = Record<string, unknown>

export class AwarenessGroup {
  readonly clientID: number
  private readonly members: Awareness[]
  private readonly listeners = new Set<() => void>()

  constructor(members: Awareness[]) {
    const first = members[0]
    if (first === undefined) throw new Error('AwarenessGroup needs at least one Awareness')
    this.members = members
    this.clientID = first.clientID
    for (const m of members) m.on('change', this.emit)
  }

  /** This person's state (the same in every member). */
  getLocalState(): PresenceState | null {
    return this.members[0]?.getLocalState() ?? null
  }

  setLocalStateField(field: string, value: unknown): void {
    for (const m of this.members) m.setLocalStateField(field, value)
  }

  setLocalState(state: PresenceState | null): void {
    for (const m of this.members) m.setLocalState(state)
  }

  /** Every known client's state, this person included; a client seen on several paths once. */
  getStates(): Map<number, PresenceState> {
    const out = new Map<number, PresenceState>()
    for (const m of this.members) {
      for (const [id, state] of m.getStates()) {
        const seen = m.meta.get(id)
        const prev = out.get(id)
        // Prefer the freshest copy (highest awareness clock) of a client's state.
        if (
          prev === undefined ||
          (seen !== undefined && seen.clock > (this.clockOf(id, prev) ?? -1))
        )
          out.set(id, state)
      }
    }
    return out
  }

  private clockOf(id: number, state: PresenceState): number | undefined {
    for (const m of this.members) if (m.getStates().get(id) === state) return m.meta.get(id)?.clock
    return undefined
  }

  on(_event: 'change', listener: () => void): void {
    this.listeners.add(listener)
  }

  off(_event: 'change', listener: () => void): void {
    this.listeners.delete(listener)
  }

  destroy(): void {
    for (const m of this.members) m.off('change', this.emit)
    this.listeners.clear()
  }

  private readonly emit = (): void => {
    for (const l of [...this.listeners]) l()
  }
}
