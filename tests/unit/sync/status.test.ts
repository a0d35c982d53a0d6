import { describe, expect, it } from 'vitest'
import {
  OFFLINE_AFTER_MS,
  deriveStatus,
  type StatusInput,
} from '../../../src/renderer/src/sync/status.ts'

const base: StatusInput = {
  synced: false,
  everSynced: true,
  downSince: 1000,
  denied: false,
  online: true,
  now: 1000,
  directPeers: 0,
}

describe('connection status', () => {
  it('is connected through the host, direct through peers, then reconnecting and offline', () => {
    expect(deriveStatus({ ...base, synced: true, directPeers: 3 })).toBe('connected')
    expect(deriveStatus({ ...base, directPeers: 2 })).toBe('direct')
    expect(deriveStatus({ ...base, directPeers: 2, now: 1000 + 10 * OFFLINE_AFTER_MS })).toBe(
      'direct',
    )
    expect(deriveStatus(base)).toBe('reconnecting')
    expect(deriveStatus({ ...base, now: 1000 + OFFLINE_AFTER_MS })).toBe('offline')
    expect(deriveStatus({ ...base, online: false })).toBe('offline')
    expect(deriveStatus({ ...base, everSynced: false })).toBe('connecting')
    expect(deriveStatus({ ...base, denied: true, synced: true })).toBe('denied')
  })
})
