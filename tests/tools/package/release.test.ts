// @vitest-environment happy-dom
/**
 * The release as built in memory from a small extension build, a task pane build and the real manifest.xml:
 * reproducible (same input → same zip bytes: sorted entries, fixed time stamps), the packaged manifest.xml
 * valid with only its host changed, updates.xml / policies naming the key's id, and SHA256SUMS covering
 * every file.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { type ReleaseInput, buildRelease } from './build-release';
import { sha256Hex } from './checksums';
import { verifyCrx3 } from './crx3';
import { readZip } from './deterministic-zip';
import { parsePackageArgs } from './package-args';

const root = resolve(import.meta.dirname, '../../..');
const manifestXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const request = parsePackageArgs(['--addin-url', 'https://intra.example.go.jp/kokkai/addin', '--update-url', 'https://intra.example.go.jp/kokkai/extension/']);

const extensionFiles = new Map<string, Buffer>([
  ['manifest.json', Buffer.from(JSON.stringify({ manifest_version: 3, name: '国会答弁デスク', version: '0.1.0', action: { default_popup: 'popup.html' } }))],
  ['popup.html', Buffer.from('<!doctype html><html lang="ja"><title>国会答弁デスク</title></html>')],
  ['chunks/popup-abc.js', Buffer.from('console.log("ポップアップ");\n'.repeat(50))],
  ['assets/popup.css', Buffer.from('body { margin: 0; }')],
]);
const addinFiles = new Map<string, Buffer>([
  ['taskpane.html', Buffer.from('<!doctype html><html lang="ja"><title>国会答弁デスク 割振り</title></html>')],
  ['commands.html', Buffer.from('<!doctype html><html lang="ja"></html>')],
  ['icons/icon-32.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
]);
const input: ReleaseInput = { request, extensionFiles, addinFiles, manifestXml, key: privateKey, exampleKey: false };
const release = buildRelease(input);
const file = (path: string) => release.files.get(path)!;
const text = (path: string) => file(path).toString('utf8');

describe('the release (npm run package)', () => {
  it('has the extension zip and CRX, updates.xml, policies, the add-in manifest and task pane, release.json and SHA256SUMS', () => {
    expect([...release.files.keys()].sort()).toEqual([
      'README.txt', 'SHA256SUMS', 'addin/manifest.xml', 'addin/web/commands.html', 'addin/web/icons/icon-32.png', 'addin/web/taskpane.html',
      'extension/kokkai-toben-desk-0.1.0.zip', 'extension/web/kokkai-toben-desk-0.1.0.crx', 'extension/web/updates.xml',
      'policy/chrome-extension-settings.json', 'policy/chrome-extension-settings.reg', 'policy/edge-extension-settings.json', 'policy/edge-extension-settings.reg',
      'release.json',
    ]);
    expect(file('addin/web/taskpane.html').equals(addinFiles.get('taskpane.html')!)).toBe(true);
  });

  it('is reproducible: the same input gives the same zip, CRX and checksums, whatever order the files were read in', () => {
    const again = buildRelease({ ...input, extensionFiles: new Map([...extensionFiles].reverse()) });
    expect(again.files.get('extension/kokkai-toben-desk-0.1.0.zip')!.equals(file('extension/kokkai-toben-desk-0.1.0.zip'))).toBe(true);
    expect(again.files.get('extension/web/kokkai-toben-desk-0.1.0.crx')!.equals(file('extension/web/kokkai-toben-desk-0.1.0.crx'))).toBe(true);
    expect(again.files.get('SHA256SUMS')!.toString()).toBe(text('SHA256SUMS'));
  });

  it('zips the entries sorted by path with one fixed time stamp (1980-01-01 00:00), manifest.json with update_url', () => {
    const entries = readZip(file('extension/kokkai-toben-desk-0.1.0.zip'));
    expect(entries.map((e) => e.path)).toEqual(['assets/popup.css', 'chunks/popup-abc.js', 'manifest.json', 'popup.html']);
    expect(new Set(entries.map((e) => `${e.dosDate}/${e.dosTime}`))).toEqual(new Set([`${(1 << 5) | 1}/0`]));
    expect(entries.find((e) => e.path === 'chunks/popup-abc.js')!.data.equals(extensionFiles.get('chunks/popup-abc.js')!)).toBe(true);
    expect(JSON.parse(entries.find((e) => e.path === 'manifest.json')!.data.toString())).toEqual({
      manifest_version: 3, name: '国会答弁デスク', version: '0.1.0', action: { default_popup: 'popup.html' },
      update_url: 'https://intra.example.go.jp/kokkai/extension/updates.xml',
    });
  });

  it('signs the CRX over that zip; its id is the key’s and every other file names it', () => {
    const crx = verifyCrx3(file('extension/web/kokkai-toben-desk-0.1.0.crx'));
    expect(crx.extensionId).toBe(release.extensionId);
    expect(crx.archive.equals(file('extension/kokkai-toben-desk-0.1.0.zip'))).toBe(true);
    expect(JSON.parse(text('release.json'))).toMatchObject({
      version: '0.1.0', extensionId: release.extensionId, exampleKey: false,
      extensionInstallForcelist: `${release.extensionId};https://intra.example.go.jp/kokkai/extension/updates.xml`,
    });
    expect(text('README.txt')).toContain(`拡張機能 ID: ${release.extensionId}`);
  });

  it('writes updates.xml in gupdate protocol 2.0 with the CRX under --update-url', () => {
    const doc = new DOMParser().parseFromString(text('extension/web/updates.xml'), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const gupdate = doc.documentElement;
    expect([gupdate.localName, gupdate.namespaceURI, gupdate.getAttribute('protocol')]).toEqual(['gupdate', 'http://www.google.com/update2/response', '2.0']);
    const app = gupdate.getElementsByTagName('app')[0]!;
    expect(app.getAttribute('appid')).toBe(release.extensionId);
    const check = app.getElementsByTagName('updatecheck')[0]!;
    expect(check.getAttribute('codebase')).toBe('https://intra.example.go.jp/kokkai/extension/kokkai-toben-desk-0.1.0.crx');
    expect(check.getAttribute('version')).toBe('0.1.0');
  });

  it('gives Edge and Chrome ExtensionSettings: force_installed from updates.xml, override_update_url, as JSON and .reg', () => {
    const settings = { [release.extensionId]: { installation_mode: 'force_installed', update_url: 'https://intra.example.go.jp/kokkai/extension/updates.xml', override_update_url: true } };
    for (const browser of ['edge', 'chrome']) expect(JSON.parse(text(`policy/${browser}-extension-settings.json`))).toEqual({ ExtensionSettings: settings });
    const reg = (browser: string) => {
      const bytes = file(`policy/${browser}-extension-settings.reg`);
      expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]); // UTF-16 LE with BOM, as regedit writes
      return bytes.subarray(2).toString('utf16le');
    };
    for (const [browser, key] of [['edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'], ['chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome']]) {
      const lines = reg(browser!).split('\r\n');
      expect(lines.slice(0, 3)).toEqual(['Windows Registry Editor Version 5.00', '', `[${key}]`]);
      const value = /^"ExtensionSettings"="(.*)"$/.exec(lines[3]!)![1]!;
      expect(JSON.parse(value.replace(/\\(["\\])/g, '$1'))).toEqual(settings);
    }
  });

  describe('the packaged manifest.xml', () => {
    const packaged = text('addin/manifest.xml');
    const doc = new DOMParser().parseFromString(packaged, 'application/xml');

    it('is well-formed and readable by office-addin-manifest, with the task pane on the ministry’s host', async () => {
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const dir = mkdtempSync(join(tmpdir(), 'kokkai-manifest-'));
      try {
        writeFileSync(join(dir, 'manifest.xml'), packaged);
        const info = await OfficeAddinManifest.readManifestFile(join(dir, 'manifest.xml'));
        expect(info.defaultSettings?.sourceLocation).toBe('https://intra.example.go.jp/kokkai/addin/taskpane.html');
        expect(info.hosts).toEqual(['Workbook']);
        expect(info.displayName).toBe('国会答弁デスク 割振り');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('names no localhost any more; every URL is https on the host, AppDomain its origin', () => {
      expect(packaged).not.toMatch(/localhost|127\.0\.0\.1/);
      const urls = [...packaged.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) expect(url).toMatch(/^https:\/\/intra\.example\.go\.jp(\/kokkai\/addin\/|$)/);
      expect(doc.getElementsByTagName('AppDomain')[0]!.textContent).toBe('https://intra.example.go.jp');
    });

    it('changes only the host: with each URL put back on https://localhost:3000/, it is manifest.xml (comments aside)', () => {
      const withoutComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, '');
      const back = withoutComments(packaged)
        .replaceAll('https://intra.example.go.jp/kokkai/addin/', 'https://localhost:3000/')
        .replaceAll('https://intra.example.go.jp<', 'https://localhost:3000<');
      expect(back).toBe(withoutComments(manifestXml));
    });
  });

  it('lists every file but itself in SHA256SUMS with its SHA-256, in sha256sum’s format', () => {
    const lines = text('SHA256SUMS').trimEnd().split('\n');
    const paths = [...release.files.keys()].filter((p) => p !== 'SHA256SUMS').sort();
    expect(lines).toEqual(paths.map((p) => `${sha256Hex(file(p))}  ${p}`));
  });

  it('stops, in Japanese, on a build without manifest.json, a bad version, or no task pane', () => {
    expect(() => buildRelease({ ...input, extensionFiles: new Map() })).toThrow('拡張機能のビルドに manifest.json がありません。');
    const bad = new Map(extensionFiles).set('manifest.json', Buffer.from('{"version":"v1"}'));
    expect(() => buildRelease({ ...input, extensionFiles: bad })).toThrow('拡張機能の manifest.json の version が不正です (v1)。');
    expect(() => buildRelease({ ...input, addinFiles: new Map() })).toThrow('作業ウィンドウのビルドに taskpane.html がありません。');
  });
});
