import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths: the same build is served at app://loket/ (Electron) and http://127.0.0.1 (browser mode).
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // print-card.html: the page Electron prints a card from as images (src-renderer/print-card).
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        printCard: fileURLToPath(new URL('print-card.html', import.meta.url)),
      },
    },
  },
});
