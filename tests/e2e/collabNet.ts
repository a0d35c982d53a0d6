// The collaboration tests run every networked process (the host and each browser) inside one
// loopback-only network namespace: `unshare -n` makes it, `ip link set lo up` gives it 127.0.0.1
// and nothing else, and `nsenter` puts each process in it. So no packet of these tests (WebRTC
// included) can reach another address. Without unshare (not root, no user namespaces) the tests
// fail with a message saying so; they never run on the open network instead.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

export interface LoopbackNet {
  pid: number
  /** Spawns a process inside the namespace. */
  spawn(command: string, args: string[], options?: SpawnOptions): ChildProcess
  /** A Chromium executable that starts inside the namespace. */
  chromium: string
  close(): void
}

export async function loopbackNet(): Promise<LoopbackNet> {
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' })
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      'The collaboration tests need a loopback-only network namespace, and `unshare -n` failed here ' +
        `(${probe.error?.message ?? probe.stderr.trim()}). Run them as root on Linux with util-linux and iproute2; ` +
        'they do not run on the open network instead.',
    )
  }
  const holder = spawn(
    'unshare',
    ['-n', 'sh', '-c', 'ip link set lo up && echo ready && exec sleep 3600'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const [line] = (await Promise.race([
    once(createInterface({ input: holder.stdout! }), 'line'),
    once(holder, 'exit'),
  ])) as [unknown]
  if (line !== 'ready' || holder.pid === undefined)
    throw new Error('could not start the network namespace holder')
  const pid = holder.pid
  const links = spawnSync('nsenter', ['-t', String(pid), '-n', 'ip', '-o', 'link'], {
    encoding: 'utf8',
  })
  const names = links.stdout
    .trim()
    .split('\n')
    .map((l) => l.split(':')[1]?.trim())
  if (links.status !== 0 || names.join(',') !== 'lo') {
    holder.kill('SIGKILL')
    throw new Error(`the test namespace must hold only lo, found: ${names.join(', ')}`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'tavolo-netns-'))
  const wrapper = join(dir, 'chromium')
  writeFileSync(wrapper, `#!/bin/sh\nexec nsenter -t ${pid} -n -- /usr/bin/chromium "$@"\n`)
  chmodSync(wrapper, 0o755)
  return {
    pid,
    chromium: wrapper,
    spawn: (command, args, options = {}) =>
      spawn('nsenter', ['-t', String(pid), '-n', '--', command, ...args], options),
    close: () => {
      holder.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A Chromium process in the namespace that can make WebRTC links over loopback: loopback ICE
 * candidates allowed, real addresses instead of mDNS names, no STUN configured anywhere.
 */
export function launchIn(net: LoopbackNet): Promise<Browser> {
  return chromium.launch({
    executablePath: net.chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  })
}

/** A fresh profile (own IndexedDB, localStorage, BroadcastChannel) allowed to gather ICE candidates. */
export function participantContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
    permissions: ['microphone'],
  })
}

export interface Hosted {
  url: string
  port: number
  token: string
  stop(): Promise<void>
}

/** Starts a host script in the namespace and reads its `{url, port, token}` line. */
export async function startIn(net: LoopbackNet, args: string[], cwd: string): Promise<Hosted> {
  const child = net.spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString()
  })
  const first = await Promise.race([
    once(createInterface({ input: child.stdout! }), 'line').then(([l]) => String(l)),
    once(child, 'exit').then(([code]) => {
      throw new Error(`host exited (${String(code)}) before it was ready:\n${stderr}`)
    }),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`host did not start:\n${stderr}`)), 60_000),
    ),
  ])
  const ready = JSON.parse(first) as { url: string; port: number; token: string }
  const exited = once(child, 'exit')
  return {
    ...ready,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT')
        await exited
      }
    },
  }
}
