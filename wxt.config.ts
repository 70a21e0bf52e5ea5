/** @file WXT (Chrome MV3) build of the 国会答弁デスク extension; source lives in extension/. */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
  webExt: { disabled: true },
  alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '国会答弁デスク',
    description: '衆議院・参議院の質問主意書と質問通告を取り込み、答弁期限と夕方レク・待機解除を表示します。',
    default_locale: undefined,
    // offscreen: DOMParser for fetched 経過 pages (no warning); activeTab + scripting: read the selection with its
    // line breaks for 「質問通告として取り込む」 (the menu's selectionText loses them; no host permission needed).
    permissions: ['storage', 'contextMenus', 'alarms', 'notifications', 'clipboardWrite', 'offscreen', 'activeTab', 'scripting'],
    host_permissions: ['https://www.shugiin.go.jp/*', 'https://www.sangiin.go.jp/*'],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '国会答弁デスク' },
  },
});
