// Screen-reader announcements for things that happen without a focus change (a card moved by
// keyboard lands in another column; a milestone changes year). Rendered by <LiveRegion/>.
import { create } from 'zustand'

export const useAnnouncement = create<{ text: string; seq: number }>(() => ({ text: '', seq: 0 }))

export function announce(text: string): void {
  useAnnouncement.setState((s) => ({ text, seq: s.seq + 1 }))
}
