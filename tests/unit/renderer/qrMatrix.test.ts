import { describe, expect, it } from 'vitest'
import { QUIET_ZONE, qrShape } from '../../../src/renderer/src/sync/qrMatrix.ts'
import { spacedCode } from '../../../src/renderer/src/sync/JoinDialog.tsx'

function darkSet(path: string): Set<string> {
  const out = new Set<string>()
  for (const m of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) out.add(`${m[2]},${m[1]}`)
  return out
}

/** A finder pattern: dark 7x7 ring, light ring inside, dark 3x3 core. */
function finderAt(dark: Set<string>, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++)
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6
      const core = r >= 2 && r <= 4 && c >= 2 && c <= 4
      const want = ring || core
      if (dark.has(`${top + r + QUIET_ZONE},${left + c + QUIET_ZONE}`) !== want) return false
    }
  return true
}

describe('qrShape', () => {
  const url = 'http://192.168.1.20:4000/?token=abcdEFGH1234ijklMNOP5678'
  const shape = qrShape(url)
  const dark = darkSet(shape.path)

  it('draws a symbol of a valid QR size with a quiet zone', () => {
    expect((shape.modules - 17) % 4).toBe(0)
    // 56 bytes at level M need version 4 (33 modules) at least.
    expect(shape.modules).toBeGreaterThanOrEqual(33)
    expect(shape.size).toBe(shape.modules + 2 * QUIET_ZONE)
    for (const key of dark) {
      const [r, c] = key.split(',').map(Number)
      expect(r).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(c).toBeLessThan(QUIET_ZONE + shape.modules)
    }
  })

  it('has the three finder patterns and nothing dark in their separators', () => {
    const n = shape.modules
    expect(finderAt(dark, 0, 0)).toBe(true)
    expect(finderAt(dark, 0, n - 7)).toBe(true)
    expect(finderAt(dark, n - 7, 0)).toBe(true)
    expect(finderAt(dark, n - 7, n - 7)).toBe(false)
    for (let i = 0; i < 8; i++) expect(dark.has(`${7 + QUIET_ZONE},${i + QUIET_ZONE}`)).toBe(false)
  })

  it('changes with the text and grows with its length', () => {
    expect(qrShape(`${url}x`).path).not.toBe(shape.path)
    expect(qrShape(`${url}${'x'.repeat(200)}`).modules).toBeGreaterThan(shape.modules)
  })
})

describe('spacedCode', () => {
  it('groups the code by four', () => {
    expect(spacedCode('abcdEFGH12')).toBe('abcd EFGH 12')
    expect(spacedCode('abcd')).toBe('abcd')
  })
})
