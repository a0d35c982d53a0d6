// Where an incoming update writes, before it is applied. Each struct of the update is resolved
// to a location in the document: its root map and the chain of map keys under it (`'[]'` for a
// position in a list). A struct names its parent directly (a root name, or the id of the parent
// type's item) or implicitly through its left/right neighbour, which is found in the host's
// document or earlier in the same update. Deletions name id ranges, resolved in the host's doc.
//
// This reads Yjs internals (decoded structs, `doc.store`, `Item.parent/parentSub/origin`); Yjs
// exports them but does not document them. Nothing here copies the document: each update costs
// one decode and a few map lookups per struct.
import * as Y from 'yjs'

export type Struct = Y.Item | Y.GC | Y.Skip

export interface Loc {
  root: string
  /** Keys from the root down to the written entry (`'[]'`: a position in a list). */
  path: string[]
}

export type Resolution =
  | {
      kind: 'located'
      loc: Loc
      /** The host's live map (or list) holding the entry, when the parent exists on the host. */
      hostParent: unknown
    }
  /** Its parent or neighbour is gone (garbage collected or deleted): Yjs will discard it. */
  | { kind: 'void' }
  /** It depends on content the host does not have: Yjs would hold it back as pending. */
  | { kind: 'missing' }

export function locKey(loc: Loc): string {
  return `${loc.root}\u0000${loc.path.join('\u0000')}`
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`
}

/** One decoded update, with its structs indexed by client for lookups by id. */
export class DecodedUpdate {
  readonly structs: Struct[]
  readonly ds: ReturnType<typeof Y.decodeUpdate>['ds']
  readonly byClient = new Map<number, Struct[]>()

  constructor(update: Uint8Array) {
    const { structs, ds } = Y.decodeUpdate(update)
    this.structs = structs
    this.ds = ds
    for (const s of structs) {
      let list = this.byClient.get(s.id.client)
      if (list === undefined) this.byClient.set(s.id.client, (list = []))
      list.push(s)
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  }

  find(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client)
    if (list === undefined) return undefined
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = list[mid]
      if (s === undefined) return undefined
      if (id.clock < s.id.clock) hi = mid - 1
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1
      else return s
    }
    return undefined
  }
}

/** The struct of the host's document holding `id`, if the host has it. */
export function findInDoc(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined
  const structs = doc.store.clients.get(id.client)
  if (structs === undefined) return undefined
  return structs[Y.findIndexSS(structs, id.clock)]
}

/** The location of an item integrated in the host's doc (void when inside something deleted). */
export function docItemLocation(item: Y.Item): Resolution {
  const path: string[] = []
  let current: Y.Item = item
  for (;;) {
    path.unshift(current.parentSub ?? '[]')
    const parent = current.parent
    if (!(parent instanceof Y.AbstractType)) return { kind: 'void' }
    const parentItem = parent._item
    if (parentItem === null) {
      const root = Y.findRootTypeKey(parent)
      return {
        kind: 'located',
        loc: { root, path },
        hostParent: item.parent instanceof Y.AbstractType ? item.parent : null,
      }
    }
    if (parentItem.deleted) return { kind: 'void' }
    current = parentItem
  }
}

/** Resolves the structs of one update against the host's document (memoised, cycle-safe). */
export class Locator {
  readonly doc: Y.Doc
  readonly update: DecodedUpdate
  private readonly memo = new Map<string, Resolution>()
  private readonly visiting = new Set<string>()
  /** Structs of the update that will not be integrated (stripped): references to them are missing. */
  private readonly excluded: (s: Struct) => boolean

  constructor(doc: Y.Doc, update: DecodedUpdate, excluded: (s: Struct) => boolean = () => false) {
    this.doc = doc
    this.update = update
    this.excluded = excluded
  }

  /** A referenced id: in the host's doc, or in this update (and kept). */
  private ref(
    id: Y.ID,
  ): { where: 'doc'; struct: Y.Item | Y.GC } | { where: 'update'; struct: Struct } | null {
    const inDoc = findInDoc(this.doc, id)
    if (inDoc !== undefined) return { where: 'doc', struct: inDoc }
    const inUpdate = this.update.find(id)
    if (inUpdate === undefined || inUpdate instanceof Y.Skip || this.excluded(inUpdate)) return null
    return { where: 'update', struct: inUpdate }
  }

  locate(item: Y.Item): Resolution {
    const key = idKey(item.id)
    const known = this.memo.get(key)
    if (known !== undefined) return known
    if (this.visiting.has(key)) return { kind: 'missing' }
    this.visiting.add(key)
    const result = this.resolve(item)
    this.visiting.delete(key)
    this.memo.set(key, result)
    return result
  }

  private resolve(item: Y.Item): Resolution {
    // Every reference must be there, as Yjs itself requires before integrating.
    const refs: Y.ID[] = []
    if (item.origin !== null) refs.push(item.origin)
    if (item.rightOrigin !== null) refs.push(item.rightOrigin)
    const parent: unknown = item.parent
    if (parent instanceof Y.ID) refs.push(parent)
    const found = refs.map((id) => this.ref(id))
    if (found.some((f) => f === null)) return { kind: 'missing' }
    // A neighbour that was garbage collected makes Yjs discard the item.
    if (found.some((f) => f !== null && f.struct instanceof Y.GC)) return { kind: 'void' }

    if (typeof parent === 'string') {
      const hostRoot = this.doc.share.get(parent) ?? null
      return {
        kind: 'located',
        loc: { root: parent, path: [item.parentSub ?? '[]'] },
        hostParent: hostRoot,
      }
    }
    if (parent instanceof Y.ID) {
      const p = this.ref(parent)
      if (p === null) return { kind: 'missing' }
      const pItem = p.struct
      if (!(pItem instanceof Y.Item) || !(pItem.content instanceof Y.ContentType))
        return { kind: 'void' }
      const base =
        p.where === 'doc'
          ? pItem.deleted
            ? ({ kind: 'void' } as const)
            : docItemLocation(pItem)
          : this.locate(pItem)
      if (base.kind !== 'located') return base
      return {
        kind: 'located',
        loc: { root: base.loc.root, path: [...base.loc.path, item.parentSub ?? '[]'] },
        hostParent: p.where === 'doc' ? pItem.content.type : null,
      }
    }
    // No parent written: same parent and key as the left (else right) neighbour.
    const neighbourId = item.origin ?? item.rightOrigin
    if (neighbourId === null) return { kind: 'void' }
    const n = this.ref(neighbourId)
    if (n === null) return { kind: 'missing' }
    if (!(n.struct instanceof Y.Item)) return { kind: 'void' }
    return n.where === 'doc' ? docItemLocation(n.struct) : this.locate(n.struct)
  }
}
