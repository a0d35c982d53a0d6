// Fills `{name}` placeholders of a catalog string. Unknown placeholders stay visible so that a
// missing value shows up in review instead of vanishing silently.
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  )
}
