// Tavolo's desktop shell: the only code (with the preload) that imports Electron.
//
// Why the desktop renderer syncs through a local session host instead of IPC: main runs the same
// host as `tavolo serve` (src/main/host) on 127.0.0.1, on an ephemeral port with a fresh join
// token, for the workshop that is open, and the preload tells the renderer where it is
// (`window.tavolo.connection()`). The renderer then connects its Y.Doc with y-websocket exactly
// like a participant's browser. One sync path for desktop and browser means one implementation
// to get right, tested end-to-end in real Chromium against `tavolo serve`; and the facilitator's
// app is the session host anyway, so participants on the venue network join the very document
// the facilitator edits. The .tavolo file belongs to main (the host persists every update); IPC
// carries only what needs the operating system: file dialogs, recent workshops, exports.
//
// Security: one BrowserWindow with contextIsolation, sandbox and no nodeIntegration; the shared
// CSP on every response and as a meta tag; navigation, new windows, webviews and every permission
// refused (security.ts); every IPC call checked for its sender and arguments (ipc.ts).
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, ipcMain, Menu, session as electronSession } from 'electron'
import { DesktopSession } from './desktopSession.ts'
import { createHandlers } from './handlers.ts'
import { registerIpc } from './ipc.ts'
import { electronPdfPrinter } from './pdf.ts'
import { RecentIndex } from './recent.ts'
import { hardenContents, hardenSession } from './security.ts'
import { buildMenu } from './menu.ts'
import { defaultIdentityPath, loadOrCreateOwnerIdentity } from '../host/index.ts'
import type { SessionIdentity } from '../../shared/model/index.ts'

/** The owner identity; a damaged key file leaves the app working without facilitation roles. */
function ownerIdentity(): { identity?: SessionIdentity } {
  try {
    return { identity: loadOrCreateOwnerIdentity(defaultIdentityPath()) }
  } catch (err) {
    console.error(`Tavolo: ${err instanceof Error ? err.message : String(err)}`)
    return {}
  }
}

// Built as ESM (package.json "type": "module"): out/main/index.js sits beside out/preload and
// out/renderer.
const here = import.meta.dirname

/** The app page: the dev server in `electron-vite dev`, else the built file. */
function appUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL
  if (!app.isPackaged && dev !== undefined && dev !== '') return dev
  return pathToFileURL(join(here, '../renderer/index.html')).toString()
}

function createWindow(url: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f3f4f7',
    title: 'Tavolo',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  hardenContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}

export function startDesktopApp(): void {
  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const workshop = new DesktopSession({
    staticDir: join(here, '../renderer'),
    // This computer's user owns the workshops the app hosts (the same key as `tavolo serve`).
    ...ownerIdentity(),
  })
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(() => {
    hardenSession(electronSession.defaultSession)
    Menu.setApplicationMenu(buildMenu())
    const url = appUrl()
    const handlers = createHandlers({
      session: workshop,
      recent: new RecentIndex(app.getPath('userData')),
      window: () => mainWindow,
      documentsDir: app.getPath('documents'),
      pdfPrinter: electronPdfPrinter,
    })
    registerIpc(ipcMain, handlers, url)
    mainWindow = createWindow(url)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(url)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Flush and close the workshop before quitting, so nothing typed is lost.
  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    void workshop.close().finally(() => {
      closed = true
      app.quit()
    })
  })
}
