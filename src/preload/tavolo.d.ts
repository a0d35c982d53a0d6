// `window.tavolo` exists only in the desktop app (the preload puts it there); in a browser served
// by `tavolo serve` it is undefined.
import type { TavoloApi } from '../shared/ipc/contract.ts'

declare global {
  interface Window {
    tavolo?: TavoloApi
  }
}
