// The connection state a facilitator sees, derived from the provider's events. "Reconnecting" is
// a short blip (the host restarted, Wi-Fi roamed); after a few seconds without the host it is
// "offline", which is fine: edits stay in this page's document and are sent on reconnect.
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'denied'

export interface StatusInput {
  /** Socket open and first sync done. */
  synced: boolean
  /** The provider has been synced at least once. */
  everSynced: boolean
  /** Since when the socket has been down (ms timestamp), undefined while up. */
  downSince: number | undefined
  /** The host refused this token (4400-4499 close). */
  denied: boolean
  /** navigator.onLine */
  online: boolean
  now: number
}

export const OFFLINE_AFTER_MS = 4000

export function deriveStatus(input: StatusInput): ConnectionStatus {
  if (input.denied) return 'denied'
  if (input.synced) return 'connected'
  const downFor = input.downSince === undefined ? 0 : input.now - input.downSince
  if (!input.online || downFor >= OFFLINE_AFTER_MS) return 'offline'
  return input.everSynced ? 'reconnecting' : 'connecting'
}
