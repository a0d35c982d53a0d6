// A short text naming a card or a placed stakeholder (spotlight banner, pickers).
import type { BoardItem, StakeholderRecord } from '../../../shared/model/records.ts'

export function itemLabel(item: BoardItem | StakeholderRecord): string {
  if (!('type' in item)) return item.name
  switch (item.type) {
    case 'story':
      return [item.role, item.goal].filter((x) => x !== '').join(': ')
    case 'vision':
    case 'firstStep':
      return item.text
    case 'milestone':
      return `${item.year}: ${item.text}`
    case 'relation':
      return item.label ?? ''
  }
}
