/**
 * @file Vitest projects: unit (node + fake-indexeddb), golden (saved real pages), e2e (built
 * extension and task pane in Debian Chromium). Benchmarks run with `npm run bench` instead.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest(), preact()],
  resolve: { alias: { '@shared': `${root}shared` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.golden.test.ts', 'tests/**/*.e2e.test.ts', '**/node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'golden',
          include: ['tests/**/*.golden.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A poll waits for the page, not for a fixed time: 10 s instead of vitest's 1 s, so a loaded CI machine
          // (a popup render after 「更新」 can take over a second there) does not fail a check that would pass.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
