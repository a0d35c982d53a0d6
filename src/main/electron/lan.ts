// The network addresses the desktop app offers for sharing the open workshop with laptops on
// the venue network: IPv4, not internal (loopback). Pure over an injected interfaces table so
// that it can be tested without the machine's own network.
import type { NetworkInterfaceInfo } from 'node:os'
import type { LanInterface } from '../../shared/ipc/contract.ts'

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>

export function lanInterfaces(table: InterfaceTable): LanInterface[] {
  const found: LanInterface[] = []
  for (const [name, addresses] of Object.entries(table)) {
    for (const a of addresses ?? []) {
      if (a.family === 'IPv4' && !a.internal)
        found.push({ name, address: a.address, family: 'IPv4' })
    }
  }
  return found
}
