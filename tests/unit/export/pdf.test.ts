import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ChromiumNotFoundError,
  createChromiumPrinter,
  findChromium,
} from '../../../src/main/export/pdf.ts'
import { renderExport } from '../../../src/shared/export/index.ts'
import { CYRILLIC_STAKEHOLDER, GREEK_ACTION, GREEK_PARTICIPANT, multilingual } from './fixtures.ts'
import { pdfFonts, pdfText } from './readBack.ts'

describe('PDF export through Chromium', () => {
  let pdf: Uint8Array
  beforeAll(async () => {
    const out = await renderExport(multilingual(), 'pdf', { pdfPrinter: createChromiumPrinter() })
    if (typeof out.content === 'string') throw new Error('PDF must be bytes')
    pdf = out.content
  })

  it('is a PDF whose text is selectable, in every script', () => {
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
    const text = pdfText(pdf)
    expect(text).toContain('Riverside quarter: from empty shops to a living high street')
    expect(text).toContain('Open vacancy register')
    expect(text).toContain('Ana Lūcija Bērziņa')
    expect(text).toContain('Éva Szőke')
    expect(text).toContain(GREEK_PARTICIPANT)
    expect(text).toContain(GREEK_ACTION)
    expect(text).toContain(CYRILLIC_STAKEHOLDER)
  })

  it('embeds its fonts (DejaVu Sans)', () => {
    const lines = pdfFonts(pdf).trim().split('\n').slice(2)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes')
    expect(lines.join('\n')).toContain('DejaVuSans')
  })
})

describe('Chromium printer isolation', () => {
  let server: Server
  let hits = 0
  let port = 0
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1
      res.end('x')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise((done) => server.close(done))
  })

  it('never lets the page reach the network, even when the HTML asks it to', async () => {
    const base = `http://127.0.0.1:${port}`
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${base}/a.css">
      <style>body { background: url(${base}/b.png) }</style></head>
      <body><p>offline</p><img src="${base}/c.png"><iframe src="${base}/d"></iframe>
      <script src="${base}/e.js"></script></body></html>`
    const bytes = await createChromiumPrinter().printToPdf(html)
    expect(pdfText(bytes)).toContain('offline')
    expect(hits).toBe(0)
  })

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController()
    const printing = createChromiumPrinter().printToPdf('<p>x</p>', controller.signal)
    setTimeout(() => controller.abort(new Error('cancelled by user')), 30)
    await expect(printing).rejects.toThrow('cancelled by user')
  })
})

describe('finding Chromium', () => {
  it('says exactly what to install when there is none', () => {
    let error: unknown
    try {
      findChromium({ PATH: '' }, [])
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect(String(error)).toContain('apt-get install -y chromium')
    expect(String(error)).toContain('TAVOLO_CHROMIUM')
  })

  it('honours TAVOLO_CHROMIUM and refuses a wrong one clearly', async () => {
    expect(findChromium({ TAVOLO_CHROMIUM: '/usr/bin/chromium' })).toBe('/usr/bin/chromium')
    expect(() => findChromium({ TAVOLO_CHROMIUM: '/nonexistent/chrome' })).toThrow(
      'TAVOLO_CHROMIUM is set to "/nonexistent/chrome", which is not an executable file',
    )
    await expect(
      createChromiumPrinter({ executablePath: '/nonexistent/chrome' }).printToPdf('<p>x</p>'),
    ).rejects.toThrow(ChromiumNotFoundError)
  })

  it('finds it on PATH', () => {
    expect(findChromium({ PATH: '/nonexistent:/usr/bin' }, [])).toBe('/usr/bin/chromium')
  })
})
