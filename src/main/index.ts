// Electron's main entry (electron-vite builds it to out/main/index.js). Everything lives in
// src/main/electron; see app.ts for why the renderer syncs through a local session host.
import { startDesktopApp } from './electron/app.ts'

startDesktopApp()
