// The `tavolo` command run as a real child process (Node 22, no Electron) on real files.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import { addStory, exportWorkshop } from '../../../src/shared/model/index.ts'
import { exportEn } from '../../../src/shared/i18n/en/export.ts'
import type { ExportCatalog } from '../../../src/shared/i18n/exportCatalog.ts'
import { exportCatalogs } from '../../../src/shared/i18n/exportCatalogs.ts'

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'tavolo.js')
const example = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'resources',
  'examples',
  'riverside.json',
)
let dir: string

function tavolo(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('tavolo import / export', () => {
  it('round-trips the example: export --format json equals the input after parsing', () => {
    const out = join(dir, 'riverside.tavolo')
    const imported = tavolo('import', example, out)
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)
    const exported = tavolo('export', out, '--format', 'json')
    expect(exported.code).toBe(0)
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(readFileSync(example, 'utf8')))
  })

  it('refuses to overwrite without --force and replaces with it', () => {
    const out = join(dir, 'twice.tavolo')
    expect(tavolo('import', example, out).code).toBe(0)
    const before = sha(out)
    const again = tavolo('import', example, out)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
    expect(sha(out)).toBe(before)
    expect(tavolo('import', example, out, '--force').code).toBe(0)
    expect(readdirSync(dir).filter((f) => f.includes('importing'))).toEqual([])
  })

  it('refuses an invalid document whole, naming every JSON path, writing nothing', () => {
    const bad = JSON.parse(readFileSync(example, 'utf8'))
    bad.actionPlan.actions[3].end = '2000-01-01'
    bad.boards[2].relations[0].to = 'k9'
    const input = join(dir, 'bad.json')
    writeFileSync(input, JSON.stringify(bad))
    const out = join(dir, 'bad.tavolo')
    const run = tavolo('import', input, out)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('actionPlan.actions[3].end: must not be before start')
    expect(run.stderr).toContain('boards[2].relations[0].to: no stakeholder "k9" on this board')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses unreadable JSON and missing files with exit 2', () => {
    const input = join(dir, 'garbage.json')
    writeFileSync(input, '{ not json')
    expect(tavolo('import', input, join(dir, 'g.tavolo')).stderr).toContain('not valid JSON')
    expect(tavolo('import', join(dir, 'missing.json'), join(dir, 'm.tavolo')).code).toBe(2)
    expect(tavolo('export', join(dir, 'missing.tavolo'), '--format', 'json').code).toBe(2)
  })

  it('exits 2 with usage on bad usage', () => {
    expect(tavolo().code).toBe(2)
    expect(tavolo('frobnicate').stderr).toContain('unknown command')
    expect(tavolo('import', example).code).toBe(2)
    const out = join(dir, 'riverside.tavolo')
    expect(tavolo('export', out).stderr).toContain('--format is required')
    expect(tavolo('export', out, '--format', 'pptx').stderr).toContain('unknown format')
    expect(tavolo('export', out, '--format', 'docx').stderr).toContain('--out')
    expect(tavolo('info', out, '--bogus').code).toBe(2)
    expect(tavolo('--help').code).toBe(0)
  })

  it('refuses a file that is not a workshop, leaving it unchanged', () => {
    const junk = join(dir, 'junk.tavolo')
    writeFileSync(junk, 'hello, this is not SQLite at all'.repeat(40))
    const before = sha(junk)
    const run = tavolo('info', junk)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/not a Tavolo workshop|not an SQLite|not a SQLite/i)
    expect(sha(junk)).toBe(before)
  })

  it('writes md and csv exports to --out atomically', () => {
    const file = join(dir, 'riverside.tavolo')
    const md = join(dir, 'plan.md')
    expect(tavolo('export', file, '--format', 'md', '--out', md).code).toBe(0)
    expect(readFileSync(md, 'utf8')).toContain('Riverside quarter')
    const csv = join(dir, 'plan.csv')
    expect(tavolo('export', file, '--format', 'csv', '--out', csv, '--no-names').code).toBe(0)
    expect(readFileSync(csv, 'utf8').charCodeAt(0)).toBe(0xfeff)
  })

  it("writes the report in the workshop's language, or the one --lang names", () => {
    // A Greek workshop: the sample with its language changed before import.
    const data = JSON.parse(readFileSync(example, 'utf8')) as { workshop: { language?: string } }
    data.workshop.language = 'el'
    const json = join(dir, 'greek.json')
    writeFileSync(json, JSON.stringify(data))
    const file = join(dir, 'greek.tavolo')
    expect(tavolo('import', json, file).code).toBe(0)
    const heading = (t: ExportCatalog) => `## ${t.participants}`
    expect(exportCatalogs.el.participants).not.toBe(exportEn.participants)

    const greek = tavolo('export', file, '--format', 'md')
    expect(greek.code).toBe(0)
    expect(greek.stdout).toContain(heading(exportCatalogs.el))
    expect(greek.stdout).not.toContain(heading(exportEn))
    // Dates follow the language too: the workshop's date written the Greek way.
    expect(greek.stdout).toContain(
      new Intl.DateTimeFormat('el', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date('2026-03-18T00:00:00Z'),
      ),
    )

    const english = tavolo('export', file, '--format', 'md', '--lang', 'en')
    expect(english.stdout).toContain(heading(exportEn))
    const romanian = tavolo('export', file, '--format', 'html', '--lang', 'ro-RO')
    expect(romanian.stdout).toContain(exportCatalogs.ro.participants)

    const unknown = tavolo('export', file, '--format', 'md', '--lang', 'tlh')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('--lang tlh: no catalog for it; choose one of en, nl, fr')
  })
})

describe('tavolo info', () => {
  it('reports counts and file facts as JSON', () => {
    const run = tavolo('info', join(dir, 'riverside.tavolo'), '--json')
    expect(run.code).toBe(0)
    const info = JSON.parse(run.stdout)
    expect(info.title).toBe('Riverside quarter: from empty shops to a living high street')
    expect(info.counts).toMatchObject({
      participants: 8,
      boards: 3,
      stakeholders: 7,
      objectives: 3,
      actions: 6,
    })
    expect(info.file.sizeBytes).toBeGreaterThan(0)
    expect(info.file.logRows).toBe(0)
    const text = tavolo('info', join(dir, 'riverside.tavolo'))
    expect(text.stdout).toContain('Last compaction')
  })
})

describe('tavolo merge', () => {
  it('folds two copies edited apart into one holding both sides', () => {
    const base = join(dir, 'base.tavolo')
    expect(tavolo('import', example, base).code).toBe(0)
    const a = join(dir, 'a.tavolo')
    const b = join(dir, 'b.tavolo')
    for (const [copy, role] of [
      [a, 'group A resident'],
      [b, 'group B trader'],
    ] as const) {
      writeFileSync(copy, readFileSync(base))
      const file = WorkshopFile.open(copy)
      addStory(file.doc, 'b-stories', { role, goal: 'meet', benefit: 'we agree' })
      file.close()
    }
    const out = join(dir, 'merged.tavolo')
    const run = tavolo('merge', a, b, '--out', out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const merged = WorkshopFile.open(out)
    const stories = exportWorkshop(merged.doc).boards.find((x) => x.id === 'b-stories')
    merged.close()
    const roles = stories?.kind === 'user-stories' ? stories.stories.map((s) => s.role) : []
    expect(roles).toEqual(expect.arrayContaining(['group A resident', 'group B trader']))
    expect(tavolo('merge', a, b).code).toBe(2)
    expect(tavolo('merge', a, b, '--out', out).code).toBe(2)
  })
})

describe('tavolo serve', () => {
  it('prints the join URL as one JSON line, serves with the token only, and closes cleanly on SIGINT', async () => {
    const file = join(dir, 'serve.tavolo')
    expect(tavolo('import', example, file).code).toBe(0)
    // The owner key goes to a temporary file, never to the user's configuration folder.
    const env = { ...process.env, TAVOLO_IDENTITY: join(dir, 'owner-key.json') }
    const child = spawn(process.execPath, [bin, 'serve', file, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const line = await new Promise<string>((resolve, reject) => {
      let buf = ''
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString()
        if (buf.includes('\n')) resolve(buf.split('\n')[0] as string)
      })
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
    })
    const ready = JSON.parse(line) as {
      url: string
      port: number
      token: string
      facilitatorUrl: string
    }
    expect(ready.url).toBe(`http://127.0.0.1:${ready.port}/?token=${ready.token}`)
    expect(ready.facilitatorUrl.startsWith(`${ready.url}#facilitator=`)).toBe(true)
    expect(existsSync(join(dir, 'owner-key.json'))).toBe(true)
    const page = await fetch(ready.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect((await fetch(`http://127.0.0.1:${ready.port}/`)).status).toBe(401)
    const session = await fetch(`http://127.0.0.1:${ready.port}/api/session?token=${ready.token}`)
    expect(await session.json()).toMatchObject({ workshopId: 'w-riverside-2026-03' })
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(tavolo('info', file).code).toBe(0)
  })
})
