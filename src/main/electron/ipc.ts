// Wires the contract's handlers to ipcMain. Each call is checked twice before a handler runs:
// the sender must be the app's own top frame (not an iframe, not a page the window was somehow
// navigated to), and the arguments must pass the contract's validators. A refused call rejects
// with a message that says which argument was wrong; nothing else happens.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import {
  IPC_NAMES,
  channelOf,
  parseArgs,
  type IpcName,
  type IpcResults,
  type TavoloApi,
} from '../../shared/ipc/contract.ts'
import { isAppUrl } from './security.ts'

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError'
}

/** The sender is trusted when it is the main frame of a window showing the app page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  appUrl: string,
): boolean {
  const frame = event.senderFrame
  if (frame === null) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, appUrl)
}

export function makeInvokeHandler<K extends IpcName>(
  name: K,
  handlers: TavoloApi,
  appUrl: string,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResults[K]> {
  return async (event, ...args) => {
    if (!isTrustedSender(event, appUrl))
      throw new IpcRefusedError(`${name}: refused a call from outside the app`)
    const parsed = parseArgs(name, args)
    if (!parsed.ok) throw new IpcRefusedError(parsed.message)
    const handler: TavoloApi[K] = handlers[name]
    return handler(...parsed.args)
  }
}

export function registerIpc(ipcMain: IpcMain, handlers: TavoloApi, appUrl: string): () => void {
  for (const name of IPC_NAMES)
    ipcMain.handle(channelOf(name), makeInvokeHandler(name, handlers, appUrl))
  return () => {
    for (const name of IPC_NAMES) ipcMain.removeHandler(channelOf(name))
  }
}
