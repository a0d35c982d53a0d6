// Remote presence is untrusted: only well-formed fields are shown.
import { describe, expect, it } from 'vitest'
import { initials, readPeers } from '../../../src/renderer/src/presence/presenceState.ts'
import {
  loadIdentity,
  saveIdentity,
  IDENTITY_KEY,
} from '../../../src/renderer/src/presence/identity.ts'

describe('presence state', () => {
  it('keeps valid people, drops bad fields, puts facilitators first', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', colour: 'blue', role: 'participant' } }],
      [
        2,
        {
          user: { name: 'Zoë', colour: 'teal', role: 'participant' },
          cursor: { board: 'b1', card: 's1', fx: 0.5, fy: 0.2 },
          selection: { board: 'b1', cards: ['s1'] },
        },
      ],
      [
        3,
        {
          user: { name: 'Ana', colour: 'red', role: 'facilitator' },
          cursor: { board: 'b1', x: 'left', y: 3 },
          selection: { board: 'b1', cards: 's1' },
        },
      ],
      [4, { user: { name: 'Evil', colour: 'red;background:url(x)', role: 'participant' } }],
      [5, { user: { name: '', colour: 'red', role: 'participant' } }],
      [6, { cursor: { board: 'b1', x: 1, y: 1 } }],
      [
        7,
        {
          user: { name: 'Bo', colour: 'green', role: 'participant' },
          cursor: { board: 'b1', x: 12, y: 40 },
        },
      ],
    ])
    const peers = readPeers(states, 1)
    expect(peers.map((p) => p.user.name)).toEqual(['Ana', 'Bo', 'Zoë'])
    expect(peers[0]).toMatchObject({ cursor: null, selection: null })
    expect(peers[1]?.cursor).toEqual({ board: 'b1', x: 12, y: 40 })
    expect(peers[2]?.cursor).toEqual({ board: 'b1', card: 's1', fx: 0.5, fy: 0.2 })
    expect(peers[2]?.selection).toEqual({ board: 'b1', cards: ['s1'] })
  })

  it('makes initials from one or two words', () => {
    expect(initials('Ana Souza')).toBe('AS')
    expect(initials('ben')).toBe('BE')
    expect(initials('Élodie de la Tour')).toBe('ÉD')
  })

  it('remembers the chosen name and colour, ignoring damaged values', () => {
    const data = new Map<string, string>()
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    }
    expect(loadIdentity(storage)).toBeNull()
    saveIdentity({ name: 'Ana', colour: 'teal' }, storage)
    expect(loadIdentity(storage)).toEqual({ name: 'Ana', colour: 'teal' })
    data.set(IDENTITY_KEY, JSON.stringify({ name: 'Ana', colour: 'chartreuse' }))
    expect(loadIdentity(storage)).toBeNull()
  })
})
