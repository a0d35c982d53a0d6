// The connection state a participant sees, derived from the providers' events. "Reconnecting" is
// a short blip (the host restarted, Wi-Fi roamed); after a few seconds without the host it is
// "direct" when other participants are still linked over WebRTC (edits keep flowing between
// them), else "offline", which is fine: edits stay in this device's copy and are sent when the
// host or a peer is back.
export type ConnectionStatus =
  'connecting' | 'connected' | 'direct' | 'reconnecting' | 'offline' | 'denied' | 'removed'

export interface StatusInput {
  /** Socket to the host open and first sync done. */
  synced: boolean
  /** The host provider has been synced at least once. */
  everSynced: boolean
  /** Since when the host socket has been down (ms timestamp), undefined while up. */
  downSince: number | undefined
  /** The host refused this token (4400-4499 close). */
  denied: boolean
  /** The facilitator removed this person (4403 close): stronger than `denied`. */
  removed?: boolean
  /** navigator.onLine */
  online: boolean
  now: number
  /** Participants linked directly (open WebRTC data channels). */
  directPeers?: number
}

export const OFFLINE_AFTER_MS = 4000

export function deriveStatus(input: StatusInput): ConnectionStatus {
  if (input.removed === true) return 'removed'
  if (input.denied) return 'denied'
  if (input.synced) return 'connected'
  if ((input.directPeers ?? 0) > 0) return 'direct'
  const downFor = input.downSince === undefined ? 0 : input.now - input.downSince
  if (!input.online || downFor >= OFFLINE_AFTER_MS) return 'offline'
  return input.everSynced ? 'reconnecting' : 'connecting'
}
