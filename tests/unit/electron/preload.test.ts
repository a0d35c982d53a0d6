// The preload exposes exactly the contract's calls as `window.tavolo`, each on its own channel,
// and nothing else (no generic invoke, no ipcRenderer).
import { describe, expect, it, vi } from 'vitest'

const exposed = new Map<string, unknown>()
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
  },
}))

await import('../../../src/preload/index.ts')
const { IPC_NAMES, channelOf } = await import('../../../src/shared/ipc/contract.ts')

describe('preload', () => {
  it('exposes one object with exactly the contract names', () => {
    expect([...exposed.keys()]).toEqual(['tavolo'])
    const api = exposed.get('tavolo') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...IPC_NAMES].sort())
    for (const name of IPC_NAMES) expect(typeof api[name]).toBe('function')
  })

  it('sends each call on its own channel with its arguments', async () => {
    const api = exposed.get('tavolo') as Record<string, (...a: unknown[]) => Promise<unknown>>
    for (const name of IPC_NAMES) {
      await expect(api[name]?.('x', 1)).resolves.toEqual({
        channel: channelOf(name),
        args: ['x', 1],
      })
    }
  })
})
