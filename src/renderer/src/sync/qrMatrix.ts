// The join URL as a QR code, drawn by React as one SVG path: the `qrcode` package only computes
// the module matrix here (no canvas, no data URL, no injected markup), so the code is crisp at any
// size, prints well and needs nothing beyond the page's strict CSP.
import { create } from 'qrcode'

/** The quiet zone around the symbol, in modules (the QR specification asks for 4). */
export const QUIET_ZONE = 4

export interface QrShape {
  /** Modules per side, quiet zone included: the SVG viewBox is `0 0 size size`. */
  size: number
  /** Modules per side of the symbol itself. */
  modules: number
  /** One `M x y h1 v1 h-1 z` square per dark module (SVG path data). */
  path: string
}

export function qrShape(text: string): QrShape {
  // Level M survives a smudged projector or a phone held at an angle, and keeps the code small.
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const parts: string[] = []
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col) !== 0)
        parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return { size: n + 2 * QUIET_ZONE, modules: n, path: parts.join('') }
}
