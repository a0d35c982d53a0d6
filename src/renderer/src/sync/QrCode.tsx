// A QR code as an accessible image (qrMatrix.ts computes it; React draws it).
import { useMemo } from 'react'
import { qrShape } from './qrMatrix.ts'

export function QrCode({ text, label }: { text: string; label: string }) {
  const shape = useMemo(() => qrShape(text), [text])
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  )
}
