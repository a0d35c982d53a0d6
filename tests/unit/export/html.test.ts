import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../../src/shared/export/html.ts'
import { renderMarkdown } from '../../../src/shared/export/markdown.ts'
import { htmlText, markdownText } from './readBack.ts'
import { riverside } from './fixtures.ts'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'

function withHostileText(): WorkshopDocument {
  const doc = riverside()
  doc.workshop.title = '<script>alert("x")</script> & <b>bold</b>'
  const x1 = doc.actionPlan.actions[0]
  if (!x1) throw new Error('fixture')
  x1.title = '<img src=x onerror=alert(1)>'
  x1.risks = '"quoted" \'single\' </td></table>'
  const story = doc.boards[0]
  if (story?.kind === 'user-stories' && story.stories[0])
    story.stories[0].theme = '<svg onload=alert(1)>'
  doc.workshop.language = 'en"><script>'
  return doc
}

describe('HTML export', () => {
  it('is self-contained: no external URL, no script, no stylesheet link, a CSP that loads nothing', () => {
    const html = renderHtml(riverside())
    expect(html).not.toMatch(/https?:|\/\/[a-z]|ftp:|file:/i)
    expect(html).not.toMatch(/<(script|link|iframe|object|embed|img|image)\b/i)
    expect(html).not.toMatch(/\b(src|href)\s*=/i)
    expect(html).not.toMatch(/url\(|@import/i)
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    )
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    // Inline SVG: the stakeholder grid and the Gantt timeline.
    expect(html).toContain('<svg class="grid"')
    expect(html).toContain('<svg class="gantt"')
    // Print-friendly: A4 page, page breaks between sections.
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('break-before: page')
  })

  it('escapes every user string: a <script> title stays text', () => {
    const doc = withHostileText()
    const html = renderHtml(doc)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<svg onload/i)
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    )
    expect(html).toContain('lang="en&quot;&gt;&lt;script&gt;"')
    const text = htmlText(html)
    expect(text).toContain('<script>alert("x")</script> & <b>bold</b>')
    expect(text).toContain('<img src=x onerror=alert(1)>')
    expect(text).toContain('"quoted" \'single\' </td></table>')
  })

  it('uses the workshop language for lang, dates and money', () => {
    const doc = riverside()
    doc.workshop.language = 'de'
    const html = renderHtml(doc)
    expect(html).toContain('<html lang="de">')
    expect(htmlText(html)).toContain('12.000 €')
    expect(htmlText(html)).toContain('01.04.2026')
  })
})

describe('Markdown export', () => {
  it('escapes markup in user text so that it stays text', () => {
    const doc = withHostileText()
    const x2 = doc.actionPlan.actions[1]
    if (!x2) throw new Error('fixture')
    x2.title = '*Draft* [link](http://x) `code` | pipe'
    const md = renderMarkdown(doc)
    expect(md).toContain('\\*Draft\\* \\[link\\](http://x) \\`code\\` \\| pipe')
    expect(md).toContain('\\<script\\>')
    expect(markdownText(md)).toContain('*Draft* [link](http://x) `code` | pipe')
  })

  it('has headings for the plan, objectives and actions, and tables for the stakeholder map and budget', () => {
    const md = renderMarkdown(riverside())
    expect(md).toMatch(/^# Riverside quarter: from empty shops to a living high street$/m)
    expect(md).toMatch(/^## Riverside high street — first actions 2026–2027$/m)
    expect(md).toMatch(/^### Objective: Bring vacant units back into use$/m)
    expect(md).toMatch(/^#### Open vacancy register$/m)
    expect(md).toContain(
      '| City of Riverside | Public sector | Primary | 5 | 4 | Supportive | Manage closely |  |',
    )
    expect(md).toContain('| **Total** | **6** | **€68,000** |')
    expect(md).toContain(
      '  - User story: As a shop owner, I want to see which vacant units are available and on what terms, so that I can expand without a broker. (Who needs what, 6 votes)',
    )
  })
})
