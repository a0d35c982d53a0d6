import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The renderer built alone, for `tavolo serve` (the same app in a plain browser).
// Output goes where electron-vite puts it too, so one build serves both.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: resolve('out/renderer'), emptyOutDir: true },
})
