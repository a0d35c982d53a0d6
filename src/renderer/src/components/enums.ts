/** `value` when it is one of `values` (a select's string), else undefined. */
export function enumValue<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((v) => v === value)
}
