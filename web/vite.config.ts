// Builds the web UI into dist/web/, which `warta serve` serves next to the API.
// Everything is bundled (map data, fonts are the system's): the UI works offline.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `vite web` in development: the API runs separately (`warta serve --port 8787`).
    proxy: {
      '/api': process.env.WARTA_API ?? 'http://127.0.0.1:8787',
      '/openapi.json': process.env.WARTA_API ?? 'http://127.0.0.1:8787',
    },
  },
});
