// Collaboration benchmark, in real Chromium over real WebRTC data channels (Node has no WebRTC
// implementation installable without downloading binaries, so the peers are browser pages: one
// Chromium process, one browser context per participant so that no BroadcastChannel links them).
//   node bench/collab.ts [--quick]      (re-runs itself in a loopback-only network namespace)
// 1. Messages each participant receives per edit over y-webrtc at 5/10/20/40 participants, with
//    y-webrtc's own mesh (20-34 links each) and with Tavolo's (3-8 links, meshKeeper.ts). The floor
//    is 1 (every participant must receive each edit once); the host relay adds 1 more when the
//    host's sync is up.
// 2. Edit-to-visible latency between two participants: over WebRTC vs through the host (which
//    writes each update to the .tavolo file before relaying it).
// Prints a table and ends with one JSON line.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { startHost, type Host } from '../src/main/host/index.ts'
import { WorkshopFile } from '../src/main/store/index.ts'
import { createWorkshopDoc } from '../src/shared/model/index.ts'
import type { BenchPeer, PeerOptions } from './collabPeer.ts'

const ROOT = join(import.meta.dirname, '..')
const QUICK = process.argv.includes('--quick')
const SIZES = QUICK ? [5, 10] : [5, 10, 20, 40]
const EDITS = 10
const LATENCY_EDITS = QUICK ? 20 : 60
const TOKEN = 'BENCH2345'
const WORKSHOP = 'w-bench'

if (process.env.TAVOLO_BENCH_NETNS !== '1') {
  const run = spawnSync(
    'unshare',
    [
      '-n',
      'sh',
      '-c',
      'ip link set lo up && exec "$0" "$@"',
      process.execPath,
      ...process.argv.slice(1),
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, TAVOLO_BENCH_NETNS: '1' },
    },
  )
  if (run.error !== undefined || run.status === null) {
    process.stderr.write(
      `bench/collab.ts needs a loopback-only network namespace (unshare -n as root): ${run.error?.message ?? `signal ${String(run.signal)}`}\n`,
    )
    process.exit(1)
  }
  process.exit(run.status)
}

type Handle = { page: Page; context: BrowserContext }
type BenchGlobal = { tavoloBench: { start(o: PeerOptions): BenchPeer }; bench: BenchPeer }

const dir = mkdtempSync(join(tmpdir(), 'tavolo-bench-collab-'))
const web = join(dir, 'web')
await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: web,
    emptyOutDir: true,
    lib: {
      entry: join(ROOT, 'bench', 'collabPeer.ts'),
      formats: ['es'],
      fileName: () => 'peer.js',
    },
  },
})
writeFileSync(
  join(web, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="./peer.js"></script>',
)

let fileCount = 0
async function hostWith(sync: boolean): Promise<{ host: Host; file: WorkshopFile }> {
  const file = WorkshopFile.create(
    join(dir, `w${fileCount++}.tavolo`),
    createWorkshopDoc({ id: WORKSHOP, title: 'Bench' }),
  )
  const host = await startHost({ file, staticDir: web, token: TOKEN, sync })
  return { host, file }
}

const browser: Browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--allow-loopback-in-peer-connection',
    '--disable-features=WebRtcHideLocalIpsWithMdns',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
  ],
})

async function openPeer(
  host: Host,
  options: Omit<PeerOptions, 'workshopId' | 'syncUrl' | 'token'>,
): Promise<Handle> {
  const context = await browser.newContext({ permissions: ['microphone'] })
  const page = await context.newPage()
  await page.goto(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)
  await page.waitForFunction(() => 'tavoloBench' in globalThis)
  await page.evaluate(
    (o) => {
      ;(globalThis as unknown as BenchGlobal).bench = (
        globalThis as unknown as BenchGlobal
      ).tavoloBench.start(o)
    },
    { ...options, workshopId: WORKSHOP, syncUrl: `ws://127.0.0.1:${host.port}/sync`, token: TOKEN },
  )
  return { page, context }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
): Promise<void> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

const links = (peers: Handle[]) =>
  Promise.all(
    peers.map((p) => p.page.evaluate(() => (globalThis as unknown as BenchGlobal).bench.links())),
  )

interface FanOut {
  peers: number
  mesh: 'default' | 'capped'
  meanLinks: number
  maxLinks: number
  messagesPerPeerPerEdit: number
  settleMs: number
}

async function fanOut(n: number, mesh: 'default' | 'capped'): Promise<FanOut> {
  const { host, file } = await hostWith(false)
  const peers: Handle[] = []
  const t0 = Date.now()
  for (let i = 0; i < n; i++) {
    peers.push(await openPeer(host, { mesh, host: false }))
    await sleep(100)
  }
  // Settled: everyone linked (a connected mesh carries every edit) and no link changed for 3 s.
  let last = ''
  let stableSince = Date.now()
  await until(`a settled mesh of ${n}`, 120_000, async () => {
    const now = await links(peers)
    const key = now.join(',')
    if (key !== last) {
      last = key
      stableSince = Date.now()
    }
    return (
      Math.min(...now) >= Math.min(mesh === 'capped' ? 3 : 1, n - 1) &&
      Date.now() - stableSince > 3000
    )
  })
  const settleMs = Date.now() - t0
  const degrees = await links(peers)
  const before = await Promise.all(
    peers.map((p) =>
      p.page.evaluate(() => (globalThis as unknown as BenchGlobal).bench.stats.updateMessages),
    ),
  )
  for (let e = 0; e < EDITS; e++) {
    const key = `e${e}`
    await (peers[(e * 7) % n] as Handle).page.evaluate(
      (k) => (globalThis as unknown as BenchGlobal).bench.edit(k),
      key,
    )
    await until(`edit ${key} everywhere`, 30_000, async () =>
      (
        await Promise.all(
          peers.map((p) =>
            p.page.evaluate((k) => (globalThis as unknown as BenchGlobal).bench.has(k), key),
          ),
        )
      ).every(Boolean),
    )
  }
  await sleep(500) // late echoes
  const after = await Promise.all(
    peers.map((p) =>
      p.page.evaluate(() => (globalThis as unknown as BenchGlobal).bench.stats.updateMessages),
    ),
  )
  const received = after.reduce((sum, a, i) => sum + a - (before[i] ?? 0), 0)
  for (const p of peers) await p.context.close()
  await host.close()
  file.close()
  return {
    peers: n,
    mesh,
    meanLinks: degrees.reduce((a, b) => a + b, 0) / n,
    maxLinks: Math.max(...degrees),
    messagesPerPeerPerEdit: received / (n * EDITS),
    settleMs,
  }
}

interface Latency {
  path: 'webrtc' | 'host'
  p50: number
  p95: number
}

async function latency(path: 'webrtc' | 'host'): Promise<Latency> {
  const { host, file } = await hostWith(path === 'host')
  const options =
    path === 'host'
      ? ({ mesh: 'none', host: true } as const)
      : ({ mesh: 'capped', host: false } as const)
  const a = await openPeer(host, options)
  const b = await openPeer(host, options)
  if (path === 'webrtc')
    await until('a WebRTC link', 30_000, async () => (await links([a, b])).every((l) => l >= 1))
  else await sleep(500)
  const samples: number[] = []
  for (let i = 0; i < LATENCY_EDITS + 5; i++) {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a]
    const key = `l${i}`
    const sent = await from.page.evaluate(
      (k) => (globalThis as unknown as BenchGlobal).bench.edit(k),
      key,
    )
    let seen: number | null = null
    await until(`edit ${key}`, 10_000, async () => {
      seen = await to.page.evaluate(
        (k) => (globalThis as unknown as BenchGlobal).bench.seenAt(k),
        key,
      )
      return seen !== null
    })
    if (i >= 5) samples.push((seen as unknown as number) - sent)
    await sleep(20)
  }
  await a.context.close()
  await b.context.close()
  await host.close()
  file.close()
  samples.sort((x, y) => x - y)
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN
  return { path, p50: at(0.5), p95: at(0.95) }
}

try {
  const fan: FanOut[] = []
  for (const n of SIZES) {
    for (const mesh of ['default', 'capped'] as const) {
      const r = await fanOut(n, mesh)
      fan.push(r)
      process.stdout.write(
        `fan-out  ${String(n).padStart(2)} peers  ${mesh.padEnd(7)}  links mean ${r.meanLinks.toFixed(1).padStart(4)} max ${String(r.maxLinks).padStart(2)}  ` +
          `messages/peer/edit ${r.messagesPerPeerPerEdit.toFixed(2).padStart(5)}  (floor 1; settled in ${(r.settleMs / 1000).toFixed(1)} s)\n`,
      )
    }
  }
  const lat = [await latency('webrtc'), await latency('host')]
  for (const l of lat)
    process.stdout.write(
      `latency  ${l.path.padEnd(6)}  edit-to-visible p50 ${l.p50.toFixed(1)} ms  p95 ${l.p95.toFixed(1)} ms\n`,
    )
  process.stdout.write(
    `${JSON.stringify({
      fanOut: fan.map((f) => ({
        ...f,
        meanLinks: Number(f.meanLinks.toFixed(2)),
        messagesPerPeerPerEdit: Number(f.messagesPerPeerPerEdit.toFixed(2)),
      })),
      floorMessagesPerPeerPerEdit: 1,
      latencyMs: Object.fromEntries(
        lat.map((l) => [l.path, { p50: Number(l.p50.toFixed(1)), p95: Number(l.p95.toFixed(1)) }]),
      ),
    })}\n`,
  )
} finally {
  await browser.close()
  rmSync(dir, { recursive: true, force: true })
}
