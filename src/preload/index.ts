// The preload exposes one object, `window.tavolo`, whose shape is the IPC contract
// (src/shared/ipc/contract.ts). It forwards each call to its own channel and nothing else: no
// generic `invoke`, no `ipcRenderer`, no Node. It imports only types from the contract because a
// sandboxed preload cannot load packages (the contract's validators use zod); the channel rule
// `tavolo:<name>` is the contract's `channelOf`.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcArgs, IpcChannel, IpcName, IpcResults, TavoloApi } from '../shared/ipc/contract.ts'

function call<K extends IpcName>(name: K): (...args: IpcArgs<K>) => Promise<IpcResults[K]> {
  const channel: IpcChannel<K> = `tavolo:${name}`
  return (...args) => ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[K]>
}

const api = {
  listRecent: call('listRecent'),
  forgetRecent: call('forgetRecent'),
  newWorkshop: call('newWorkshop'),
  openWorkshop: call('openWorkshop'),
  openRecent: call('openRecent'),
  importJson: call('importJson'),
  exportWorkshop: call('exportWorkshop'),
  cancelExport: call('cancelExport'),
  exportProgress: call('exportProgress'),
  joinSession: call('joinSession'),
  connectSyncServer: call('connectSyncServer'),
  disconnectSyncServer: call('disconnectSyncServer'),
  syncServerState: call('syncServerState'),
  lanInterfaces: call('lanInterfaces'),
  shareOnLan: call('shareOnLan'),
  stopSharingOnLan: call('stopSharingOnLan'),
  lanShareState: call('lanShareState'),
  connection: call('connection'),
  closeWorkshop: call('closeWorkshop'),
} satisfies TavoloApi

contextBridge.exposeInMainWorld('tavolo', api)
