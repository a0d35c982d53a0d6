// Re-encoding an update without what was stripped, with refused content marked deleted, and the
// compensating writes that bring the sender (and any peer that got the refused content another
// way) back to the host's values.
//
// Why "integrate, delete, re-set" rather than "drop": a peer never takes back what it wrote. If
// the host dropped a refused write, the sender would keep showing it, its later edits of the same
// field would be discarded by Yjs (their left neighbour missing), and the clock gap would stall
// every later update of that client. Integrated and deleted in the same transaction, the refused
// item becomes a content-less tombstone before the transaction's update is emitted (Yjs garbage
// collects deleted content first), so the file and the other peers never receive its content;
// the host's re-set of the previous value is placed after the tombstone, so it wins on every peer.
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import type { Struct } from './locate.ts'

export type Ranges = Map<number, Array<[number, number]>>

export function addRange(ranges: Ranges, client: number, clock: number, len: number): void {
  if (len <= 0) return
  let list = ranges.get(client)
  if (list === undefined) ranges.set(client, (list = []))
  list.push([clock, len])
}

/** Sorted, merged ranges per client. */
function normalise(ranges: Ranges): Array<[number, Array<[number, number]>]> {
  const out: Array<[number, Array<[number, number]>]> = []
  for (const [client, list] of ranges) {
    const sorted = [...list].sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [clock, len] of sorted) {
      const last = merged[merged.length - 1]
      if (last !== undefined && clock <= last[0] + last[1])
        last[1] = Math.max(last[1], clock + len - last[0])
      else merged.push([clock, len])
    }
    if (merged.length > 0) out.push([client, merged])
  }
  return out.sort((a, b) => b[0] - a[0])
}

/** A Yjs v1 update from per-client contiguous struct runs and a delete set. */
export function encodeUpdate(runs: Map<number, Struct[]>, deletes: Ranges): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  const clients = [...runs].filter(([, s]) => s.length > 0).sort((a, b) => b[0] - a[0])
  encoding.writeVarUint(encoder.restEncoder, clients.length)
  for (const [client, structs] of clients) {
    encoding.writeVarUint(encoder.restEncoder, structs.length)
    encoder.writeClient(client)
    encoding.writeVarUint(encoder.restEncoder, structs[0]?.id.clock ?? 0)
    for (const s of structs) s.write(encoder, 0)
  }
  const ds = normalise(deletes)
  encoding.writeVarUint(encoder.restEncoder, ds.length)
  for (const [client, list] of ds) {
    encoder.resetDsCurVal()
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, list.length)
    for (const [clock, len] of list) {
      encoder.writeDsClock(clock)
      encoder.writeDsLen(len)
    }
  }
  return encoder.toUint8Array()
}

// ---------------------------------------------------------------------------------------------
// Compensation

type Snapshot =
  | { kind: 'absent' }
  | { kind: 'value'; value: unknown }
  | { kind: 'map'; entries: Array<[string, Snapshot]> }
  | { kind: 'array'; items: Snapshot[] }
  | { kind: 'text'; text: string }
  | { kind: 'opaque' }

function snapshotOf(value: unknown): Snapshot {
  if (value instanceof Y.Map)
    return { kind: 'map', entries: [...value.entries()].map(([k, v]) => [k, snapshotOf(v)]) }
  if (value instanceof Y.Array) return { kind: 'array', items: value.toArray().map(snapshotOf) }
  if (value instanceof Y.Text) return { kind: 'text', text: value.toString() }
  if (value instanceof Y.AbstractType) return { kind: 'opaque' }
  return {
    kind: 'value',
    value: typeof value === 'object' && value !== null ? structuredClone(value) : value,
  }
}

function rebuild(s: Snapshot): unknown {
  switch (s.kind) {
    case 'value':
      return s.value
    case 'map': {
      const m = new Y.Map<unknown>()
      for (const [k, v] of s.entries)
        if (v.kind !== 'absent' && v.kind !== 'opaque') m.set(k, rebuild(v))
      return m
    }
    case 'array': {
      const a = new Y.Array<unknown>()
      a.push(s.items.filter((i) => i.kind !== 'absent' && i.kind !== 'opaque').map(rebuild))
      return a
    }
    case 'text':
      return new Y.Text(s.text)
    default:
      return undefined
  }
}

/** One map entry to restore after a refusal: the value it had before the update. */
export class Compensation {
  readonly map: Y.Map<unknown>
  readonly key: string
  /** Re-set even if the entry looks unchanged (a refused deletion the sender already applied). */
  readonly force: boolean
  private before: Snapshot = { kind: 'absent' }
  private beforeItem: Y.Item | undefined

  constructor(map: Y.Map<unknown>, key: string, force: boolean) {
    this.map = map
    this.key = key
    this.force = force
  }

  /** Call before applying the update. */
  take(): void {
    this.beforeItem = this.map._map.get(this.key)
    this.before =
      this.beforeItem === undefined || this.beforeItem.deleted
        ? { kind: 'absent' }
        : snapshotOf(this.map.get(this.key))
  }

  /** Call after applying it, in the same transaction. */
  restore(): void {
    if (this.map._item?.deleted === true) return
    const after = this.map._map.get(this.key)
    const unchanged = after === this.beforeItem && after?.deleted !== true
    if (unchanged && !this.force) return
    if (this.before.kind === 'absent' || this.before.kind === 'opaque') return
    this.map.set(this.key, rebuild(this.before))
  }
}
