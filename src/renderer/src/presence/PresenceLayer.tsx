// Presence on a board. Publishes where this person's pointer is (throttled to 20 updates a
// second) and which card they selected (the card they clicked or moved focus into); draws, for
// everyone else on this board, a coloured outline with their name around the cards they
// selected and a small labelled arrow where their pointer is. Positions are re-measured every
// frame while others are here, so outlines follow cards through scrolling, reflow and drags.
// Visual only (aria-hidden): the avatars in the top bar say who is here in text.
import { useEffect, useMemo, useRef, useState } from 'react'
import { useOpenWorkshop } from '../doc/context.tsx'
import { colourHex } from './identity.ts'
import type { Peer, PresenceCursor } from './presenceState.ts'
import { usePresence } from './presenceStore.ts'
import './presence.css'

const CURSOR_EVERY_MS = 50

interface Outline {
  key: string
  card: string
  x: number
  y: number
  w: number
  h: number
  colour: string
  name: string
  stack: number
}

interface Pointer {
  key: string
  x: number
  y: number
  colour: string
  name: string
}

interface Shapes {
  outlines: Outline[]
  pointers: Pointer[]
}

const NONE: Shapes = { outlines: [], pointers: [] }

function cardElement(board: HTMLElement, cardId: string): HTMLElement | null {
  return board.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`)
}

function cardIdOf(board: HTMLElement, target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null
  const card = target.closest<HTMLElement>('[data-card-id]')
  return card !== null && board.contains(card) ? (card.dataset.cardId ?? null) : null
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v))
}

/** This person's pointer in board terms: on a card as fractions of it, else pixels. */
export function cursorAt(
  board: HTMLElement,
  boardId: string,
  e: { clientX: number; clientY: number; target: EventTarget | null },
): PresenceCursor {
  const card = cardIdOf(board, e.target)
  const el = card === null ? null : cardElement(board, card)
  if (card !== null && el !== null) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0) {
      return {
        board: boardId,
        card,
        fx: clamp01((e.clientX - r.left) / r.width),
        fy: clamp01((e.clientY - r.top) / r.height),
      }
    }
  }
  const base = board.getBoundingClientRect()
  return {
    board: boardId,
    x: Math.round(e.clientX - base.left),
    y: Math.round(e.clientY - base.top),
  }
}

function measure(board: HTMLElement, boardId: string, peers: readonly Peer[]): Shapes {
  const base = board.getBoundingClientRect()
  const outlines: Outline[] = []
  const pointers: Pointer[] = []
  const perCard = new Map<string, number>()
  for (const p of peers) {
    const colour = colourHex(p.user.colour)
    if (p.selection?.board === boardId) {
      for (const card of p.selection.cards) {
        const r = cardElement(board, card)?.getBoundingClientRect()
        if (r === undefined || r.width === 0) continue
        const stack = perCard.get(card) ?? 0
        perCard.set(card, stack + 1)
        outlines.push({
          key: `${p.clientId}:${card}`,
          card,
          x: Math.round(r.left - base.left),
          y: Math.round(r.top - base.top),
          w: Math.round(r.width),
          h: Math.round(r.height),
          colour,
          name: p.user.name,
          stack,
        })
      }
    }
    const c = p.cursor
    if (c?.board !== boardId) continue
    let x: number
    let y: number
    if ('card' in c) {
      const r = cardElement(board, c.card)?.getBoundingClientRect()
      if (r === undefined || r.width === 0) continue
      x = r.left - base.left + c.fx * r.width
      y = r.top - base.top + c.fy * r.height
    } else {
      x = c.x
      y = c.y
    }
    pointers.push({
      key: String(p.clientId),
      x: Math.round(x),
      y: Math.round(y),
      colour,
      name: p.user.name,
    })
  }
  return { outlines, pointers }
}

export function PresenceLayer({ boardId }: { boardId: string }) {
  const group = useOpenWorkshop().connection.presence
  const layerRef = useRef<HTMLDivElement>(null)
  const peers = usePresence((v) => v.peers)
  const here = useMemo(
    () => peers.filter((p) => p.cursor?.board === boardId || p.selection?.board === boardId),
    [peers, boardId],
  )
  const [shapes, setShapes] = useState<Shapes>(NONE)

  // This person: pointer and selection, withdrawn when they leave the board.
  useEffect(() => {
    const board = layerRef.current?.parentElement
    if (board === null || board === undefined) return
    let pending: PresenceCursor | null | undefined
    let last = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      if (pending === undefined) return
      group.setLocalStateField('cursor', pending)
      pending = undefined
      last = performance.now()
    }
    const publish = (cursor: PresenceCursor | null) => {
      pending = cursor
      if (timer === undefined)
        timer = setTimeout(flush, Math.max(0, CURSOR_EVERY_MS - (performance.now() - last)))
    }
    const onMove = (e: PointerEvent) => publish(cursorAt(board, boardId, e))
    const onLeave = () => publish(null)
    const select = (e: Event) => {
      const card = cardIdOf(board, e.target)
      group.setLocalStateField(
        'selection',
        card === null ? null : { board: boardId, cards: [card] },
      )
    }
    board.addEventListener('pointermove', onMove)
    board.addEventListener('pointerleave', onLeave)
    board.addEventListener('pointerdown', select)
    board.addEventListener('focusin', select)
    return () => {
      board.removeEventListener('pointermove', onMove)
      board.removeEventListener('pointerleave', onLeave)
      board.removeEventListener('pointerdown', select)
      board.removeEventListener('focusin', select)
      if (timer !== undefined) clearTimeout(timer)
      group.setLocalStateField('cursor', null)
      group.setLocalStateField('selection', null)
    }
  }, [group, boardId])

  // Everyone else on this board, re-measured each frame while anyone is here.
  useEffect(() => {
    const board = layerRef.current?.parentElement
    if (board === null || board === undefined || here.length === 0) return
    let frame = 0
    let previous = ''
    const tick = () => {
      const next = measure(board, boardId, here)
      const key = JSON.stringify(next)
      if (key !== previous) {
        previous = key
        setShapes(next)
      }
      frame = requestAnimationFrame(tick)
    }
    tick()
    return () => cancelAnimationFrame(frame)
  }, [here, boardId])

  const { outlines, pointers } = here.length === 0 ? NONE : shapes
  return (
    <div ref={layerRef} className="presence-layer" aria-hidden="true">
      {outlines.map((o) => (
        <div
          key={o.key}
          className="presence-outline"
          data-presence-card={o.card}
          style={{
            left: o.x - 4,
            top: o.y - 4,
            width: o.w + 8,
            height: o.h + 8,
            borderColor: o.colour,
          }}
        >
          <span
            className="presence-tag"
            style={{ background: o.colour, transform: `translateY(${-o.stack * 18}px)` }}
          >
            {o.name}
          </span>
        </div>
      ))}
      {pointers.map((p) => (
        <div
          key={p.key}
          className="presence-cursor"
          data-presence-cursor={p.name}
          style={{ transform: `translate(${p.x}px, ${p.y}px)` }}
        >
          <svg width="14" height="18" viewBox="0 0 14 18" focusable="false">
            <path
              d="M1 1 L1 15 L5 11.5 L8 17 L10.5 16 L7.5 10.5 L12.5 10.5 Z"
              fill={p.colour}
              stroke="#fff"
              strokeWidth="1.5"
              strokeLinejoin="round"
            />
          </svg>
          <span className="presence-tag" style={{ background: p.colour }}>
            {p.name}
          </span>
        </div>
      ))}
    </div>
  )
}
