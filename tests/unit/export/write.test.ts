import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExportWriteError, writeExportAtomically } from '../../../src/main/export/write.ts'
import {
  defaultExportName,
  exportWorkshopTo,
  type ExportProgress,
} from '../../../src/main/export/index.ts'
import type { PdfPrinter } from '../../../src/shared/export/types.ts'
import { riverside } from './fixtures.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-export-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const BIG = 'x'.repeat(100_000)

describe('writeExportAtomically', () => {
  it('writes the content, reports progress and leaves no temporary file', async () => {
    const target = join(dir, 'plan.md')
    const progress: number[] = []
    await writeExportAtomically(target, BIG, {
      chunkSize: 30_000,
      onProgress: (p) => progress.push(p.bytesWritten),
    })
    expect(readFileSync(target, 'utf8')).toBe(BIG)
    expect(progress).toEqual([0, 30_000, 60_000, 90_000, 100_000])
    expect(readdirSync(dir)).toEqual(['plan.md'])
  })

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'private.csv')
    writeFileSync(target, 'old', { mode: 0o600 })
    chmodSync(target, 0o600)
    await writeExportAtomically(target, 'new')
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(statSync(target).mode & 0o777).toBe(0o600)
  })

  it('leaves the old file untouched and no temporary file when cancelled mid-write', async () => {
    const target = join(dir, 'plan.md')
    writeFileSync(target, 'old content')
    const controller = new AbortController()
    const writing = writeExportAtomically(target, BIG, {
      chunkSize: 10_000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesWritten >= 20_000) controller.abort(new Error('cancelled'))
      },
    })
    await expect(writing).rejects.toThrow('cancelled')
    expect(readFileSync(target, 'utf8')).toBe('old content')
    expect(readdirSync(dir)).toEqual(['plan.md'])
  })

  it('leaves nothing when the write fails half-way', async () => {
    const target = join(dir, 'new.csv')
    const writing = writeExportAtomically(target, BIG, {
      chunkSize: 10_000,
      onProgress: (p) => {
        if (p.bytesWritten >= 50_000) throw new Error('disk unplugged')
      },
    })
    await expect(writing).rejects.toThrow('disk unplugged')
    expect(readdirSync(dir)).toEqual([])
  })

  it('creates nothing when cancelled before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      writeExportAtomically(join(dir, 'a.json'), '{}', { signal: controller.signal }),
    ).rejects.toThrow()
    expect(readdirSync(dir)).toEqual([])
  })

  it('says clearly when the folder is missing or the target is a folder', async () => {
    await expect(writeExportAtomically(join(dir, 'missing', 'a.json'), '{}')).rejects.toThrow(
      /folder ".*missing" does not exist/,
    )
    mkdirSync(join(dir, 'sub'))
    await expect(writeExportAtomically(join(dir, 'sub'), '{}')).rejects.toThrow(ExportWriteError)
    expect(readdirSync(dir)).toEqual(['sub'])
  })
})

describe('exportWorkshopTo', () => {
  it('renders and writes a format, with progress phases', async () => {
    const phases: ExportProgress['phase'][] = []
    const result = await exportWorkshopTo(riverside(), 'md', {
      out: join(dir, 'plan.md'),
      onProgress: (p) => phases.push(p.phase),
    })
    expect(result).toMatchObject({ path: join(dir, 'plan.md'), format: 'md' })
    expect(readFileSync(result.path, 'utf8')).toContain('# Riverside quarter')
    expect(result.bytes).toBe(readFileSync(result.path).length)
    expect(phases[0]).toBe('render')
    expect(phases.at(-1)).toBe('done')
    expect(phases).toContain('write')
  })

  it('writes the default file name into a folder given as out', async () => {
    const result = await exportWorkshopTo(riverside(), 'csv', { out: dir })
    expect(defaultExportName(riverside(), 'csv')).toBe(
      'riverside-quarter-from-empty-shops-to-a-living-high-street.csv',
    )
    expect(result.path).toBe(
      join(dir, 'riverside-quarter-from-empty-shops-to-a-living-high-street.csv'),
    )
    expect(readFileSync(result.path)[0]).toBe(0xef) // UTF-8 BOM
  })

  it('leaves no file when a PDF export is cancelled while printing', async () => {
    const controller = new AbortController()
    // A printer that takes its time, standing in for a long Chromium print.
    const slowPrinter: PdfPrinter = {
      printToPdf: (_html, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
        }),
    }
    const exporting = exportWorkshopTo(riverside(), 'pdf', {
      out: join(dir, 'plan.pdf'),
      signal: controller.signal,
      pdfPrinter: slowPrinter,
    })
    setTimeout(() => controller.abort(new Error('user cancelled')), 20)
    await expect(exporting).rejects.toThrow('user cancelled')
    expect(readdirSync(dir)).toEqual([])
  })

  it('leaves names out with names: false', async () => {
    const result = await exportWorkshopTo(riverside(), 'json', {
      out: join(dir, 'anon.json'),
      names: false,
    })
    expect(readFileSync(result.path, 'utf8')).not.toContain('João')
  })
})
