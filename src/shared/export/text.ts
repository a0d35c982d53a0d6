// Text clean-up shared by all renderers.

// Characters XML 1.0 forbids (C0 controls other than tab/newline/return, unpaired surrogates,
// U+FFFE/U+FFFF). One of them in a title would make Word refuse the whole DOCX, so they go.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function cleanText(value: string): string {
  return value.replace(XML_INVALID, '')
}

/** Trimmed text, or undefined when there is nothing to show. */
export function present(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** One line: newlines and runs of spaces become single spaces (table cells, calendar titles). */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
