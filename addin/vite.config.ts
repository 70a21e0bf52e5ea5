/**
 * @file Vite build of the Excel task pane (addin/ → addin/dist). `base: './'` keeps every asset URL
 * relative, so the built task pane works from any https or localhost server and any folder.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  // import.meta.dirname (not __dirname): vite 8's native config loader warns on __dirname.
  root: import.meta.dirname,
  base: './',
  plugins: [preact()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        taskpane: fileURLToPath(new URL('./taskpane.html', import.meta.url)),
        commands: fileURLToPath(new URL('./commands.html', import.meta.url)),
      },
    },
  },
});
