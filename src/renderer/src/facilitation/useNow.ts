// One shared clock for the timer displays: a few ticks a second while anything shows a running
// countdown, none otherwise. The time comes from the tick, never from a call during rendering.
import { useSyncExternalStore } from 'react'

const TICK_MS = 250
let now = 0
let timer: number | undefined
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) {
    now = Date.now()
    timer = window.setInterval(() => {
      now = Date.now()
      for (const l of [...listeners]) l()
    }, TICK_MS)
    // The first reading right away, so a new display does not wait a tick.
    queueMicrotask(() => listener())
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer)
      timer = undefined
    }
  }
}

// Between ticks the same value; with no ticking yet, the time to the quarter second (stable for
// the few calls of one render), so a display never starts from a stale reading.
const snapshot = () => (timer === undefined ? Math.floor(Date.now() / TICK_MS) * TICK_MS : now)

/** The current time in ms, refreshed every quarter second while `active`. */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscribe, snapshot, snapshot)
}

function noSubscribe(): () => void {
  return () => {}
}
