// `tavolo export` on a workshop file whose session was run: the report shows the steps as they ran
// (planned, used, over plan), who took part and the decisions, the same as the app's Export; with
// --no-names not one name from the session summary is left.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import { renderExport } from '../../../src/shared/export/index.ts'
import {
  addDecision,
  addProxyVoter,
  bindClient,
  createIdentity,
  endStep,
  exportInput,
  importWorkshop,
  initSession,
  joinSession,
  startStep,
} from '../../../src/shared/model/index.ts'
import { readSample } from '../../support/sample.ts'
import { docxText, docxXml, htmlText, markdownText } from '../export/readBack.ts'

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'tavolo.js')
const MIN = 60_000
const T0 = Date.UTC(2026, 3, 14, 9, 0)
const WALK_IN = 'Greta Walk-in'
const DECISION = 'Mia Jansen calls the market traders before June'

let dir: string
let file: string
let doc: Y.Doc

function tavolo(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The sample workshop run as a session: the welcome overran (10 planned, 14 used). */
function runSession(): Y.Doc {
  const owner = new Y.Doc()
  importWorkshop(owner, readSample())
  initSession(owner, createIdentity(), T0 - MIN)
  // The facilitator joins as Ana; Tomás votes through a proxy; a guest joins from her phone
  // under a name that is on no list.
  joinSession(owner, { participantId: 'p-ana' }, T0)
  addProxyVoter(owner, 'Tomás Ortega', 'p-tomas')
  const phone = new Y.Doc()
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(owner))
  bindClient(phone, createIdentity())
  joinSession(phone, { name: WALK_IN }, T0)
  Y.applyUpdate(owner, Y.encodeStateAsUpdate(phone))
  startStep(owner, 'a-welcome', T0)
  startStep(owner, 'a-stories', T0 + 14 * MIN)
  addDecision(owner, { text: DECISION, boardId: 'b-stories' }, T0 + 30 * MIN)
  endStep(owner, T0 + 39 * MIN)
  return owner
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-cli-summary-'))
  file = join(dir, 'run.tavolo')
  doc = runSession()
  WorkshopFile.create(file, doc).close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Everyone the session summary could name. */
const summaryNames = ['Ana Lūcija Bērziņa', 'Tomás Ortega', WALK_IN, 'Mia Jansen']

describe('tavolo export: the session as it ran', () => {
  it('md: planned, used and overrun per step, the totals, who took part, the decisions', () => {
    const run = tavolo('export', file, '--format', 'md')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const md = run.stdout
    expect(md).toContain('| # | Agenda | Board | Planned (min) | Used (min) | Over plan (min) |')
    expect(md).toContain('| 1 | Welcome and where we are |  | 10 | 14 | +4 |')
    expect(md).toMatch(
      /\| 2 \| User stories: who needs what from the high street \| .+ \| 30 \| 25 \| 0 \|/,
    )
    expect(md).toMatch(/\| 3 \| Dot voting on stories \| .+ \| 10 \| — \| — \|/)
    expect(md).toContain('Total: 145 min planned, 39 min used, 4 min over plan.')
    const text = markdownText(md)
    expect(text).toContain('Who took part')
    expect(text).toContain('People who took part in the session: 3')
    expect(md).toContain(`| Sector not given | 1 | ${WALK_IN} |`)
    expect(text).toContain(`Decisions 1. ${DECISION}`)
    // Once, under its heading: not repeated as a loose note.
    expect(md.split(DECISION)).toHaveLength(2)
  })

  it('is the report the app exports from the same workshop', async () => {
    const { data, summary } = exportInput(doc)
    for (const format of ['md', 'html'] as const) {
      const app = await renderExport(data, format, { names: true, summary })
      expect(tavolo('export', file, '--format', format).stdout).toBe(app.content)
    }
  })

  it('html and docx show the overrun row and the totals', async () => {
    const html = tavolo('export', file, '--format', 'html')
    expect(html.code).toBe(0)
    const text = htmlText(html.stdout)
    expect(text).toContain('1 Welcome and where we are 10 14 +4')
    expect(text).toContain('Total 145 min 39 min +4')
    expect(text).toContain(`Decisions ${DECISION}`)

    const out = join(dir, 'run.docx')
    const docx = tavolo('export', file, '--format', 'docx', '--out', out)
    expect(docx.stderr).toContain('Wrote')
    const words = docxText(await docxXml(readFileSync(out)))
    expect(words).toContain('Planned (min) Used (min) Over plan (min)')
    expect(words).toContain('1 Welcome and where we are 10 14 +4')
    expect(words).toContain('Total 145 min 39 min +4')
    expect(words).toContain(DECISION)
  })

  it('with names, the people of the summary are named (so the next test can fail)', () => {
    const md = tavolo('export', file, '--format', 'md').stdout
    for (const name of summaryNames) expect(md, name).toContain(name)
  })

  it('--no-names: counts by sector only, no name from the summary in md, html or docx', async () => {
    const md = tavolo('export', file, '--format', 'md', '--no-names')
    expect(md.code).toBe(0)
    const html = tavolo('export', file, '--format', 'html', '--no-names')
    expect(html.code).toBe(0)
    const out = join(dir, 'anonymous.docx')
    expect(tavolo('export', file, '--format', 'docx', '--out', out, '--no-names').code).toBe(0)
    const docx = docxText(await docxXml(readFileSync(out)))
    const texts = {
      md: md.stdout,
      mdText: markdownText(md.stdout),
      html: html.stdout,
      htmlText: htmlText(html.stdout),
      docx,
    }
    for (const [format, text] of Object.entries(texts))
      for (const name of summaryNames) expect(text, `${name} in ${format}`).not.toContain(name)
    expect(md.stdout).toContain('| Public sector | 1 |')
    expect(md.stdout).toContain('| Sector not given | 1 |')
    expect(md.stdout).toContain('| 1 | Welcome and where we are |  | 10 | 14 | +4 |')
    // The decision stays, its name replaced by the participant's pseudonym.
    expect(texts.mdText).toContain('Participant 4 calls the market traders before June')
    expect(texts.htmlText).toContain('Participant 4 calls the market traders before June')
    expect(docx).toContain('Participant 4 calls the market traders before June')
  })
})
