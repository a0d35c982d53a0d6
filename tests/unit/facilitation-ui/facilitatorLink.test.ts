// The facilitator link against a real host: the owner's host makes the browser that presents its
// key a facilitator (written in the document by the owner), refuses a wrong key, and keeps its
// identity across restarts in a file only this user reads.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import {
  defaultIdentityPath,
  loadOrCreateOwnerIdentity,
  startHost,
  type Host,
} from '../../../src/main/host/index.ts'
import {
  createIdentity,
  createWorkshopDoc,
  isFacilitator,
  roleOf,
  sessionOwner,
} from '../../../src/shared/model/index.ts'
import {
  facilitatorKeyFromHash,
  fetchOwnerId,
  hashWithoutKey,
  httpOriginOf,
  requestFacilitatorRole,
} from '../../../src/renderer/src/facilitation/facilitatorLink.ts'
import {
  loadSessionIdentity,
  SESSION_KEY_STORAGE,
} from '../../../src/renderer/src/facilitation/sessionIdentity.ts'

let dir: string
let file: WorkshopFile
let host: Host
const owner = createIdentity()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-facilitator-link-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  file = WorkshopFile.create(
    join(dir, 'w.tavolo'),
    createWorkshopDoc({ id: 'w-link', title: 'Riverside' }),
  )
  host = await startHost({ file, port: 0, staticDir: dir, identity: owner })
})

afterAll(async () => {
  await host.close()
  file.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('facilitator link', () => {
  it('is the join link with the key in its fragment, which the page reads and then drops', () => {
    expect(host.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(host.facilitatorUrl).toBe(`${host.url}#facilitator=${host.facilitatorKey}`)
    const hash = new URL(host.facilitatorUrl ?? '').hash
    expect(facilitatorKeyFromHash(hash)).toBe(host.facilitatorKey)
    expect(hashWithoutKey(hash)).toBe('')
    expect(hashWithoutKey('#facilitator=abcdefghijklmnopqrstuv&x=1')).toBe('#x=1')
    expect(facilitatorKeyFromHash('#facilitator=short')).toBeUndefined()
    expect(facilitatorKeyFromHash('')).toBeUndefined()
  })

  it('makes the user who presents the key a facilitator, written by the owner', async () => {
    const origin = httpOriginOf(`ws://127.0.0.1:${host.port}/sync`)
    expect(origin).toBe(`http://127.0.0.1:${host.port}`)
    expect(await fetchOwnerId(origin, host.token)).toBe(owner.userId)
    const ana = createIdentity()
    expect(
      await requestFacilitatorRole(origin, host.token, host.facilitatorKey ?? '', ana.userId),
    ).toBe('granted')
    expect(roleOf(file.doc, ana.userId)).toBe('facilitator')
    // A peer's copy (owner not pinned) reads the same: the grant is the owner's signed write.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(file.doc))
    expect(sessionOwner(copy)).toBe(owner.userId)
    expect(isFacilitator(copy, ana.userId)).toBe(true)
    // Presenting it again changes nothing.
    expect(
      await requestFacilitatorRole(origin, host.token, host.facilitatorKey ?? '', ana.userId),
    ).toBe('granted')
  })

  it('refuses a wrong key, a missing join code and a malformed user id', async () => {
    const origin = `http://127.0.0.1:${host.port}`
    const ben = createIdentity()
    expect(await requestFacilitatorRole(origin, host.token, 'x'.repeat(32), ben.userId)).toBe(
      'wrong-key',
    )
    expect(
      await requestFacilitatorRole(origin, 'WRONGTOKEN', host.facilitatorKey ?? '', ben.userId),
    ).toBe('wrong-key')
    expect(roleOf(file.doc, ben.userId)).toBe('participant')
    const bad = await fetch(`${origin}/api/facilitator?user=not-a-user`, {
      headers: {
        Authorization: `Bearer ${host.token}`,
        'X-Tavolo-Facilitator': host.facilitatorKey ?? '',
      },
    })
    expect(bad.status).toBe(400)
    expect(await requestFacilitatorRole('http://127.0.0.1:1', host.token, 'k', ben.userId)).toBe(
      'unreachable',
    )
  })

  it('has no facilitator link without an owner identity', async () => {
    const plain = await startHost({ file, port: 0, staticDir: dir })
    try {
      expect(plain.facilitatorUrl).toBeUndefined()
      const r = await fetch(`http://127.0.0.1:${plain.port}/api/facilitator?user=x`, {
        headers: { Authorization: `Bearer ${plain.token}` },
      })
      expect(r.status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})

describe('identities', () => {
  it('the owner key is created once, private to this user, and read back', () => {
    const path = join(dir, 'config', 'tavolo', 'owner-key.json')
    const first = loadOrCreateOwnerIdentity(path)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(loadOrCreateOwnerIdentity(path)).toEqual(first)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      format: 'tavolo-identity',
      secretKey: first.secretKey,
    })
  })

  it('a damaged key file is refused with its path, never overwritten', () => {
    const path = join(dir, 'damaged.json')
    writeFileSync(path, '{"format":"other"}')
    expect(() => loadOrCreateOwnerIdentity(path)).toThrow(
      /damaged\.json is not a Tavolo identity file/,
    )
    expect(readFileSync(path, 'utf8')).toBe('{"format":"other"}')
  })

  it('finds the key in TAVOLO_IDENTITY or the configuration folder', () => {
    expect(defaultIdentityPath({ TAVOLO_IDENTITY: '/x/k.json' }, 'linux', '/home/a')).toBe(
      '/x/k.json',
    )
    expect(defaultIdentityPath({}, 'linux', '/home/a')).toBe(
      '/home/a/.config/tavolo/owner-key.json',
    )
    expect(defaultIdentityPath({ XDG_CONFIG_HOME: '/c' }, 'linux', '/home/a')).toBe(
      '/c/tavolo/owner-key.json',
    )
    expect(defaultIdentityPath({}, 'darwin', '/Users/a')).toBe(
      '/Users/a/Library/Application Support/tavolo/owner-key.json',
    )
  })

  it('a browser keeps its user in local storage', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    }
    const first = loadSessionIdentity(storage)
    expect(store.get(SESSION_KEY_STORAGE)).toBe(first.secretKey)
    expect(loadSessionIdentity(storage)).toEqual(first)
    store.set(SESSION_KEY_STORAGE, 'garbage')
    const replaced = loadSessionIdentity(storage)
    expect(replaced.userId).not.toBe(first.userId)
    expect(loadSessionIdentity(null).userId).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
