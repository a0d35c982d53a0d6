// Layouts for the relations graph, computed here (no layout library): nodes on a circle in
// registry order, or spread out by a small deterministic force simulation (connected nodes pull
// together, all nodes push apart) that starts from the circle. Positions are view state only.

export interface Point {
  x: number
  y: number
}

/**
 * Nodes on an ellipse (wider than tall, like the screen), clockwise from the top. The radius
 * grows with the number of nodes so that neighbours (about 180 px wide cards) do not overlap.
 */
export function circleLayout(
  ids: readonly string[],
  spacing = 300,
  minRadius = 320,
): Map<string, Point> {
  const n = ids.length
  const rx = Math.max(minRadius, (n * spacing) / (2 * Math.PI))
  const ry = rx * 0.62
  const out = new Map<string, Point>()
  ids.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n)
    out.set(id, { x: Math.round(rx * Math.cos(angle)), y: Math.round(ry * Math.sin(angle)) })
  })
  return out
}

export function forceLayout(
  ids: readonly string[],
  links: readonly { from: string; to: string }[],
  iterations = 300,
  spacing = 230,
): Map<string, Point> {
  const start = circleLayout(ids)
  const pos = ids.map((id) => ({ ...(start.get(id) ?? { x: 0, y: 0 }) }))
  const index = new Map(ids.map((id, i) => [id, i]))
  const edges = links.flatMap((l) => {
    const a = index.get(l.from)
    const b = index.get(l.to)
    return a === undefined || b === undefined || a === b ? [] : [[a, b] as const]
  })
  const n = pos.length
  // The drawing stays inside the ellipse the circle layout would use (a little larger), so
  // groups that share no relation cannot drift apart without bound.
  const rx = Math.max(280, (n * 250) / (2 * Math.PI)) * 1.15
  const ry = rx * 0.7
  for (let step = 0; step < iterations; step++) {
    const temperature = spacing * 0.5 * (1 - step / iterations) + 1
    const force = pos.map(() => ({ x: 0, y: 0 }))
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos[i]
        const b = pos[j]
        const fi = force[i]
        const fj = force[j]
        if (a === undefined || b === undefined || fi === undefined || fj === undefined) continue
        let dx = a.x - b.x
        let dy = a.y - b.y
        if (dx * dx + dy * dy < 1) {
          // Coincident nodes: push apart along a fixed direction so the result stays deterministic.
          dx = 1
          dy = (i - j) * 0.5
        }
        // Cards are wider than tall: measure horizontal distance at half weight.
        const d = Math.max(1, Math.hypot(dx * 0.6, dy))
        const push = (spacing * spacing) / d
        fi.x += (dx / d) * push
        fi.y += (dy / d) * push
        fj.x -= (dx / d) * push
        fj.y -= (dy / d) * push
      }
    }
    for (const [i, j] of edges) {
      const a = pos[i]
      const b = pos[j]
      const fi = force[i]
      const fj = force[j]
      if (a === undefined || b === undefined || fi === undefined || fj === undefined) continue
      const dx = b.x - a.x
      const dy = b.y - a.y
      const d = Math.max(1, Math.hypot(dx, dy))
      const pull = (d * d) / spacing
      fi.x += (dx / d) * pull
      fi.y += (dy / d) * pull
      fj.x -= (dx / d) * pull
      fj.y -= (dy / d) * pull
    }
    pos.forEach((p, i) => {
      const f = force[i]
      if (f === undefined) return
      const len = Math.hypot(f.x, f.y)
      const scale = len > temperature ? temperature / len : 1
      p.x += f.x * scale
      p.y += f.y * scale
      const e = Math.hypot(p.x / rx, p.y / ry)
      if (e > 1) {
        p.x /= e
        p.y /= e
      }
    })
  }
  return new Map(
    ids.map((id, i) => [id, { x: Math.round(pos[i]?.x ?? 0), y: Math.round(pos[i]?.y ?? 0) }]),
  )
}

/**
 * The ids reordered so that related stakeholders sit next to each other on the circle: each
 * connected group in turn (in registry order of its first member), walked breadth-first.
 */
export function neighbourOrder(
  ids: readonly string[],
  links: readonly { from: string; to: string }[],
): string[] {
  const known = new Set(ids)
  const adjacent = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const { from, to } of links) {
    if (!known.has(from) || !known.has(to) || from === to) continue
    adjacent.get(from)?.push(to)
    adjacent.get(to)?.push(from)
  }
  const rank = new Map(ids.map((id, i) => [id, i]))
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)
  const seen = new Set<string>()
  const out: string[] = []
  for (const start of ids) {
    if (seen.has(start)) continue
    seen.add(start)
    const queue = [start]
    while (queue.length > 0) {
      const id = queue.shift() ?? ''
      out.push(id)
      for (const next of [...(adjacent.get(id) ?? [])].sort(byRank)) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
  }
  return out
}

/** Where the segment from the centre of box `a` towards point `to` leaves the box. */
export function boxExit(
  a: { x: number; y: number; width: number; height: number },
  to: Point,
): Point {
  const cx = a.x + a.width / 2
  const cy = a.y + a.height / 2
  const dx = to.x - cx
  const dy = to.y - cy
  if (dx === 0 && dy === 0) return { x: cx, y: cy }
  const sx = dx === 0 ? Infinity : a.width / 2 / Math.abs(dx)
  const sy = dy === 0 ? Infinity : a.height / 2 / Math.abs(dy)
  const s = Math.min(sx, sy)
  return { x: cx + dx * s, y: cy + dy * s }
}
