/**
 * @file npm start: builds the extension and the task pane, serves the task pane on
 * http://localhost:3000, and opens a local Chromium-family browser with the extension loaded and
 * the task pane preview on demo data. Without a browser (or a display) it prints where the builds
 * are and how to load them, and how to sideload manifest.xml into Excel.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { type RequestListener, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { runProductionBuild } from './package/run-build';

const root = resolve(import.meta.dirname, '../..');
const extensionDir = join(root, '.output/chrome-mv3');
const addinDir = join(root, 'addin/dist');
const port = Number(process.env.PORT ?? 3000);
/**
 * Excel loads task panes only over https (manifest.xml: https://localhost:3000/). When a localhost
 * certificate exists — the files `npx office-addin-dev-certs install` writes, or ADDIN_TLS_CERT /
 * ADDIN_TLS_KEY — the pane is served over https, so the same server works for sideloading.
 */
const certDir = join(homedir(), '.office-addin-dev-certs');
const tls = { cert: process.env.ADDIN_TLS_CERT ?? join(certDir, 'localhost.crt'), key: process.env.ADDIN_TLS_KEY ?? join(certDir, 'localhost.key') };
const useHttps = existsSync(tls.cert) && existsSync(tls.key);
const paneOrigin = `${useHttps ? 'https' : 'http'}://localhost:${port}`;
const previewUrl = `${paneOrigin}/taskpane.html?demo=1`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml',
};

function build(): void {
  console.log('ビルドしています (拡張機能と作業ウィンドウ)…');
  // The same production build as the release package (vite-node sets NODE_ENV=development for itself).
  if (!runProductionBuild(root)) {
    console.error('ビルドに失敗しました。上のエラーを確認してください。');
    process.exit(1);
  }
}

function serve(): Promise<void> {
  const handler: RequestListener = (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(addinDir, `.${path === '/' ? '/taskpane.html' : path}`);
    if (!file.startsWith(addinDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('見つかりません');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  };
  const server = useHttps ? createHttpsServer({ cert: readFileSync(tls.cert), key: readFileSync(tls.key) }, handler) : createServer(handler);
  return new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
}

function findBrowser(): string | undefined {
  const candidates = [
    process.env.BROWSER,
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

function printManualSteps(reason: string): void {
  console.log(`
${reason}
  拡張機能のビルド: ${extensionDir}
    Chrome / Edge で chrome://extensions (edge://extensions) を開き、「デベロッパー モード」をオンにして
    「パッケージ化されていない拡張機能を読み込む」でこのフォルダーを選びます。
  作業ウィンドウ (プレビュー): ${previewUrl}
    ブラウザーで開くと、保存済みの実ページから作ったデモデータでプレビューが表示されます。
  Excel への組み込み (サイドロード): manifest.xml
    Excel デスクトップ (Windows): 共有フォルダーに manifest.xml を置き、[ファイル]→[オプション]→[トラスト センター]
      →[信頼できるアドイン カタログ] にそのフォルダーを追加し、[挿入]→[アドイン]→[共有フォルダー] から追加します。
    Excel on the web: [ホーム]→[アドイン]→[個人用アドイン]→[マイ アドインのアップロード] で manifest.xml を選びます。
    どちらも作業ウィンドウを https://localhost:3000/ で配信してください (README の「Excel で使う」を参照)。
    ${useHttps ? `いまは https で配信しています (証明書: ${tls.cert})。` : 'いまは http で配信しています。Excel に組み込むには https が必要です: npx office-addin-dev-certs install で localhost の証明書を作ると、npm start は https で配信します (または ADDIN_TLS_CERT / ADDIN_TLS_KEY に証明書と鍵のパスを指定)。'}
  終了するには Ctrl+C を押してください。`);
}

build();
await serve();
console.log(`作業ウィンドウを配信中: ${previewUrl}`);
const browser = findBrowser();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!browser) printManualSteps('Chrome / Chromium / Edge が見つかりませんでした。次の手順で読み込んでください。');
else if (headlessLinux) printManualSteps(`画面 (DISPLAY) がないためブラウザー (${browser}) を開けません。次の手順で読み込んでください。`);
else {
  const profile = mkdtempSync(join(tmpdir(), 'diet-answer-desk-'));
  console.log(`${browser} を拡張機能つきで開きます (プロファイル: ${profile})`);
  const child = spawn(browser, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-first-run', '--no-default-browser-check', previewUrl,
    'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuisyo.htm',
  ], { stdio: 'ignore', detached: false });
  child.on('exit', (code) => {
    if (code) printManualSteps(`ブラウザーが終了しました (終了コード ${code})。手動で読み込む場合:`);
  });
  printManualSteps('ブラウザーが開かない場合は次の手順で読み込んでください。');
}
