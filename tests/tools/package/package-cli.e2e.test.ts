/**
 * `npm run package` end to end, on the real build (run after `npm run build`, hence --skip-build): bad input
 * stops with a Japanese message and writes nothing; two runs with the same key give the same bytes
 * (`sha256sum -c` agrees); and Debian Chromium itself agrees on the extension id — a CRX that Chromium's own
 * --pack-extension signs with the same key has the id our CRX names, and the packaged zip, unpacked with
 * `unzip` and given the public key, loads in Chromium under that id.
 */
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCrx3 } from './crx3';

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'kokkai-package-'));
const keyPath = join(work, 'kokkai-extension.pem');
const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
writeFileSync(keyPath, key.export({ type: 'pkcs8', format: 'pem' }));
const URLS = ['--addin-url', 'https://intra.example.go.jp/kokkai/addin/', '--update-url', 'https://intra.example.go.jp/kokkai/extension/'];
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runPackage(args: string[]) {
  const r = spawnSync('npx', ['vite-node', 'tests/tools/package/package.ts', '--', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run package', () => {
  it.each([
    [['--addin-url', 'https://intra.example.go.jp/kokkai/addin/', '--update-url', 'http://intra.example.go.jp/kokkai/extension/'], 'エラー: --update-url に http:// は使えません'],
    [['--addin-url', 'https://intra.example.go.jp/kokkai/addin/'], 'エラー: --update-url を指定してください。'],
    [[...URLS, '--key', join(work, 'missing.pem')], `エラー: --key の鍵ファイル「${join(work, 'missing.pem')}」を読めません (ファイルがありません)。`],
    [[...URLS, '--addin-url=x'], 'エラー: --addin-url が 2 回指定されています。'],
  ])('stops on bad input before writing anything: %j', (args, message) => {
    const out = join(work, `bad-${Math.random().toString(36).slice(2)}`);
    const r = runPackage([...args, '--out', out, '--skip-build']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output folder holding someone else’s files, and leaves them as they were', () => {
    const out = join(work, 'documents');
    mkdirSync(out);
    writeFileSync(join(out, '大事なメモ.txt'), 'メモ');
    const r = runPackage([...URLS, '--key', keyPath, '--out', out, '--skip-build']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('は空ではなく、以前の配布物 (release.json) でもありません。');
    expect(readdirSync(out)).toEqual(['大事なメモ.txt']);
  });

  let release: { extensionId: string; version: string };
  const out1 = join(work, 'release-1');

  it('writes the release; the same key and build give the same bytes, and sha256sum -c checks them', () => {
    const first = runPackage([...URLS, '--key', keyPath, '--out', out1, '--skip-build']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).not.toContain('警告');
    release = JSON.parse(readFileSync(join(out1, 'release.json'), 'utf8')) as typeof release;
    expect(first.stdout).toContain(`拡張機能 ID: ${release.extensionId} (版 ${release.version}、CRX の署名を確認済み)`);
    const out2 = join(work, 'release-2');
    expect(runPackage([...URLS, '--key', keyPath, '--out', out2, '--skip-build']).status).toBe(0);
    expect(readFileSync(join(out2, 'SHA256SUMS'), 'utf8')).toBe(readFileSync(join(out1, 'SHA256SUMS'), 'utf8'));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out1, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout.trim().split('\n').every((l) => l.endsWith(': OK'))).toBe(true);
    // Running again into the same folder replaces the release.
    expect(runPackage([...URLS, '--key', keyPath, '--out', out1, '--skip-build']).status).toBe(0);
  });

  it('without --key makes an example key, warns that the id derives from it, and keeps it for the next run', () => {
    const out = join(work, 'release-example');
    const first = runPackage([...URLS, '--out', out, '--skip-build']);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('警告: --key が指定されていないため、例の鍵を生成しました');
    expect(first.stderr).toContain('拡張機能の ID はこの鍵 (公開鍵) から決まります。');
    const id = (JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as { extensionId: string }).extensionId;
    const second = runPackage([...URLS, '--out', out, '--skip-build']);
    expect(second.stderr).toContain('前回生成した例の鍵を使いました');
    expect((JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as { extensionId: string }).extensionId).toBe(id);
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).not.toContain('example-key.pem');
  });

  it('names the id Chromium’s own --pack-extension gives the same key', () => {
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const zip = join(out1, 'extension', `kokkai-toben-desk-${release.version}.zip`);
    expect(spawnSync('unzip', ['-q', zip, '-d', unpacked]).status).toBe(0);
    const packed = spawnSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--pack-extension=${unpacked}`, `--pack-extension-key=${keyPath}`], { encoding: 'utf8', timeout: 60_000 });
    expect(existsSync(`${unpacked}.crx`), packed.stderr).toBe(true);
    expect(verifyCrx3(readFileSync(`${unpacked}.crx`)).extensionId).toBe(release.extensionId);
    expect(verifyCrx3(readFileSync(join(out1, 'extension/web', `kokkai-toben-desk-${release.version}.crx`))).extensionId).toBe(release.extensionId);
  });

  it('loads in Chromium under that id: the packaged zip, unpacked, with the public key in its manifest', async () => {
    const dir = join(work, 'with-key');
    expect(spawnSync('unzip', ['-q', join(out1, 'extension', `kokkai-toben-desk-${release.version}.zip`), '-d', dir]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.update_url).toBe('https://intra.example.go.jp/kokkai/extension/updates.xml');
    manifest.key = createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const profile = mkdtempSync(join(tmpdir(), 'kokkai-package-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      expect(new URL(worker.url()).host).toBe(release.extensionId);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${release.extensionId}/options.html`);
      await expect.poll(() => page.locator('h1').innerText()).toBe('国会答弁デスク 設定');
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
