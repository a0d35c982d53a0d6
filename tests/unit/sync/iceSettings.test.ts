import { describe, expect, it } from 'vitest'
import {
  ICE_SETTINGS_KEY,
  formatIceServers,
  loadIceServers,
  parseIceServers,
  saveIceServers,
} from '../../../src/renderer/src/sync/iceSettings.ts'

function memoryStorage(): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  }
}

describe('STUN/TURN settings', () => {
  it('are empty unless set, and survive a round trip', () => {
    const storage = memoryStorage()
    expect(loadIceServers(storage)).toEqual([])
    const parsed = parseIceServers(
      'stun:stun.venue.example:3478\n\nturn:turn.venue.example:3478 ana s3cret\n',
    )
    expect(parsed).toEqual({
      servers: [
        { urls: 'stun:stun.venue.example:3478' },
        { urls: 'turn:turn.venue.example:3478', username: 'ana', credential: 's3cret' },
      ],
    })
    if (!('servers' in parsed)) throw new Error('unreachable')
    saveIceServers(parsed.servers, storage)
    expect(loadIceServers(storage)).toEqual(parsed.servers)
    expect(parseIceServers(formatIceServers(parsed.servers))).toEqual(parsed)
    saveIceServers([], storage)
    expect(storage.getItem(ICE_SETTINGS_KEY)).toBeNull()
  })

  it('refuses what is not a STUN/TURN address, naming the line', () => {
    expect(parseIceServers('stun:ok.example\nhttps://evil.example')).toEqual({
      error: 'line 2: must start with stun:, turn: or turns:',
    })
    expect(parseIceServers('turn:a.example u p extra')).toEqual({ error: 'line 1: too many words' })
  })

  it('ignores stored garbage', () => {
    const storage = memoryStorage()
    storage.setItem(ICE_SETTINGS_KEY, '{not json')
    expect(loadIceServers(storage)).toEqual([])
    storage.setItem(ICE_SETTINGS_KEY, JSON.stringify([{ urls: 'javascript:alert(1)' }]))
    expect(loadIceServers(storage)).toEqual([])
    expect(loadIceServers(undefined)).toEqual([])
  })
})
