import type { Story, WorkshopDocument } from '../../../src/shared/interchange/schema.ts'

/** A workshop with one user-stories board of `n` stories in 12 theme columns. */
export function bigWorkshop(n: number): WorkshopDocument {
  const stories: Story[] = []
  for (let i = 0; i < n; i++)
    stories.push({
      id: `s-${i}`,
      role: `role ${i}`,
      goal: `goal ${i}`,
      benefit: `benefit ${i}`,
      theme: `t${i % 12}`,
      votes: i % 7,
    })
  return {
    format: 'tavolo-workshop',
    version: 1,
    workshop: { id: 'w-big', title: 'Big' },
    participants: [],
    agenda: [],
    boards: [{ id: 'b-1', kind: 'user-stories', title: 'Stories', stories }],
    actionPlan: { objectives: [], actions: [] },
  }
}
