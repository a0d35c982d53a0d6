// The stylesheet inlined into HTML exports: readable on screen, A4 when printed (PDF), with page
// breaks between the main sections and none inside an action, a table row or a picture. The font
// stack starts with DejaVu Sans (fonts-dejavu-core on Debian) because it covers Latin with
// diacritics, Greek and Cyrillic, so every script prints with real, embedded glyphs.
export const HTML_STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', 'Noto Sans', 'Liberation Sans', 'Segoe UI', Arial, sans-serif;
  font-size: 10.5pt; line-height: 1.45; color: #1f1f1f; max-width: 200mm; margin: 0 auto; padding: 16px; }
h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 15pt; border-bottom: 2px solid #3f6fb0; padding-bottom: 3px; margin: 24px 0 10px; }
h3 { font-size: 12.5pt; margin: 18px 0 6px; }
h4 { font-size: 11pt; margin: 12px 0 4px; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 4px 0; }
ul, ol { margin: 4px 0 8px; padding-left: 22px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #c9c9c9; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f8; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr, li, figure, .action { break-inside: avoid; page-break-inside: avoid; }
tfoot td { font-weight: bold; }
.title-page { min-height: 60vh; }
.kicker { color: #3f6fb0; font-weight: bold; letter-spacing: 0.04em; text-transform: uppercase; font-size: 9pt; }
.subtitle { font-size: 13pt; color: #444; margin-bottom: 18px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; white-space: pre-wrap; }
.badge { display: inline-block; border: 1px solid #9fb3d1; border-radius: 3px; padding: 0 4px; font-size: 8.5pt; color: #2b4c7e; margin-left: 4px; }
.note { color: #555; font-size: 9.5pt; white-space: pre-wrap; }
.action { border-left: 4px solid #3f6fb0; padding: 4px 0 4px 10px; margin: 10px 0 14px; }
.action table th { width: 28%; }
.missing { color: #9a2a1f; }
.evidence li { margin-bottom: 2px; }
.timeline-year { font-weight: bold; }
figure { margin: 8px 0; }
figcaption { font-size: 9pt; color: #555; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; fill: #1f1f1f; }
.g-year { stroke: #8a8a8a; stroke-width: 1; }
.g-month { stroke: #e2e2e2; stroke-width: 1; }
.g-tick { font-size: 9px; text-anchor: middle; fill: #666; }
.g-yearlabel { font-size: 11px; font-weight: bold; text-anchor: middle; }
.g-band { fill: #eef2f8; }
.g-objective { font-size: 11px; font-weight: bold; }
.g-label, .g-legend { font-size: 10px; }
.s-quadrant { font-size: 11px; font-weight: bold; fill: #555; }
.s-tick { font-size: 10px; fill: #666; }
.s-axis { font-size: 11px; font-weight: bold; }
.s-name, .s-legend { font-size: 10px; }
@media print {
  body { padding: 0; max-width: none; }
  .page { break-before: page; page-break-before: always; }
}
`
