/** A refused model operation. `field` names the offending input field when there is one. */
export class ModelError extends Error {
  readonly field: string | undefined

  constructor(message: string, field?: string) {
    super(message)
    this.name = 'ModelError'
    this.field = field
  }
}
