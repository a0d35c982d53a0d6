import { describe, expect, it } from 'vitest'
import {
  compareOrdered,
  initialKeys,
  keyForIndex,
  type Ordered,
} from '../../../src/shared/model/order.ts'

/** Inserts a new entry at `index` the way the model does, applying re-keys; returns the new list. */
function insert(list: Ordered[], id: string, index: number): Ordered[] {
  const copy = list.map((x) => ({ ...x }))
  const order = keyForIndex(copy, index, (otherId, key) => {
    const other = copy.find((x) => x.id === otherId)
    if (other !== undefined) other.order = key
  })
  return [...copy, { id, order }].sort(compareOrdered)
}

const ids = (list: Ordered[]): string[] => list.map((x) => x.id)

describe('order keys', () => {
  it('initial keys sort in sequence', () => {
    const keys = initialKeys(100)
    expect([...keys].sort()).toStrictEqual(keys)
    expect(new Set(keys).size).toBe(100)
  })

  it('inserts at the start, middle and end; clamps the index', () => {
    let list = initialKeys(3).map((order, i) => ({ id: `i${i}`, order }))
    list = insert(list, 'start', 0)
    list = insert(list, 'mid', 2)
    list = insert(list, 'end', 99)
    list = insert(list, 'neg', -4)
    expect(ids(list)).toStrictEqual(['neg', 'start', 'i0', 'mid', 'i1', 'i2', 'end'])
  })

  it('ties are broken by id, and inserting between twins re-keys them', () => {
    const [a, b] = initialKeys(2)
    const list: Ordered[] = [
      { id: 'x', order: a ?? '' },
      { id: 'p', order: 'a0V' },
      { id: 'q', order: 'a0V' },
      { id: 'r', order: 'a0V' },
      { id: 'y', order: b ?? '' },
    ].sort(compareOrdered)
    expect(ids(list)).toStrictEqual(['x', 'p', 'q', 'r', 'y'])
    const after = insert(list, 'new', 2)
    expect(ids(after)).toStrictEqual(['x', 'p', 'new', 'q', 'r', 'y'])
    expect(new Set(after.map((x) => x.order)).size).toBe(6)
  })

  it('re-keys the whole list when a neighbour key is not a fractional key', () => {
    const list: Ordered[] = [
      { id: 'a', order: '' },
      { id: 'b', order: '!!' },
      { id: 'c', order: 'a0' },
    ].sort(compareOrdered)
    const after = insert(list, 'new', 1)
    expect(ids(after)).toStrictEqual(['a', 'new', 'b', 'c'])
    expect(new Set(after.map((x) => x.order)).size).toBe(4)
    expect(ids(insert(after, 'again', 2))).toStrictEqual(['a', 'new', 'again', 'b', 'c'])
  })

  it('many insertions at the same place keep keys short enough', () => {
    let list: Ordered[] = []
    for (let i = 0; i < 500; i++)
      list = insert(list, `n${String(i).padStart(3, '0')}`, Math.floor(list.length / 2))
    expect(list).toHaveLength(500)
    expect(Math.max(...list.map((x) => x.order.length))).toBeLessThan(120)
  })
})
