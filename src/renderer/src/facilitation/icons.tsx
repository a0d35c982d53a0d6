// Icons of the facilitation tools (inline SVG like the app's own set; decorative: every control
// carries a text label or an aria-label).
const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  stop: 'M6 6h12v12H6z',
  skip: 'M5 5v14l10-7zM18 5v14',
  projector: 'M3 5h18v11H3zM8 20h8M12 16v4',
  spotlight: 'M12 2v3M4.2 5.2l2.1 2.1M19.8 5.2l-2.1 2.1M12 8a5 5 0 100 10 5 5 0 000-10zM12 21h.01',
  dot: 'M12 16a4 4 0 100-8 4 4 0 000 8z',
  minus: 'M6 12h12',
  plus: 'M12 6v12M6 12h12',
  unlock: 'M6 11h12v10H6zM8 11V7a4 4 0 017.5-2',
  lock: 'M6 11h12v10H6zM8 11V7a4 4 0 018 0v4',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 100-6 3 3 0 000 6z',
  eyeOff:
    'M3 3l18 18M10.6 5.1A10 10 0 0112 5c6.5 0 10 7 10 7a17 17 0 01-3.2 4.2M6.6 6.6A17 17 0 002 12s3.5 7 10 7a9.7 9.7 0 005.4-1.6M9.9 9.9a3 3 0 004.2 4.2',
  follow: 'M4 12h11M11 6l6 6-6 6M20 4v16',
  bell: 'M6 16V11a6 6 0 0112 0v5l2 2H4zM10 21h4',
  clock: 'M12 22a10 10 0 100-20 10 10 0 000 20zM12 6v6l4 2',
  chart: 'M4 20h16M7 16V10M12 16V5M17 16v-4',
  doc: 'M14 3H6v18h12V7zM14 3v4h4M9 12h6M9 16h6',
  close: 'M6 6l12 12M18 6L6 18',
  check: 'M5 12l5 5L20 7',
  user: 'M20 21v-2a4 4 0 00-4-4H8a4 4 0 00-4 4v2M12 11a4 4 0 100-8 4 4 0 000 8z',
  star: 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.2L12 17.4 6.5 20.3l1-6.2L3 9.7l6.2-.9z',
  printer: 'M6 9V3h12v6M6 18H4v-7h16v7h-2M6 14h12v7H6z',
} as const

export type FacilitationIconName = keyof typeof PATHS

const FILLED = new Set<FacilitationIconName>(['play', 'pause', 'stop', 'dot'])

export function FIcon({ name, size = 16 }: { name: FacilitationIconName; size?: number }) {
  const filled = FILLED.has(name)
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={filled ? 0 : 2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
