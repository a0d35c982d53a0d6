// One import line for tests that need both the model and the interchange validator.
export * from '../../../src/shared/model/index.ts'
export { validateWorkshopDocument as validateWorkshop } from '../../../src/shared/interchange/validate.ts'
