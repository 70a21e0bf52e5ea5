// @vitest-environment happy-dom
/**
 * manifest.xml, checked offline (the online validator needs the network; ENGINEERING.md §10): well-formed,
 * <OfficeApp> children in schema order, GUID Id, version n.n.n.n, Excel workbook host, ReadWriteDocument,
 * Japanese name and description, every URL https, every icon present in the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const path = resolve(root, 'manifest.xml');
const xml = readFileSync(path, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const app = doc.documentElement;
const children = [...app.children].map((e) => e.localName);
const value = (name: string) => app.querySelector(`:scope > ${name}`)?.getAttribute('DefaultValue') ?? '';
/** Every URL the manifest names (DefaultValue attributes that are URLs, AppDomain texts). */
const urls = [
  ...[...doc.querySelectorAll('*')].map((e) => e.getAttribute('DefaultValue') ?? '').filter((v) => /^[a-z]+:\/\//i.test(v)),
  ...[...doc.getElementsByTagName('AppDomain')].map((e) => e.textContent!.trim()),
];

/** The OfficeApp child sequence of the schema (MS-OWEMXML TaskPaneApp; optional ones marked ?). */
const SCHEMA_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

describe('manifest.xml', () => {
  it('is well-formed XML: a TaskPaneApp', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has the required elements, in schema order', () => {
    for (const name of REQUIRED) expect(children).toContain(name);
    const positions = children.map((c) => SCHEMA_ORDER.indexOf(c));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has a GUID id, a four-part version, an Excel workbook host and read/write permission', () => {
    expect(app.querySelector(':scope > Id')!.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.querySelector(':scope > Version')!.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect([...app.querySelectorAll(':scope > Hosts > Host')].map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(app.querySelector(':scope > Permissions')!.textContent).toBe('ReadWriteDocument');
    expect(app.querySelector('Requirements Set')!.getAttribute('MinVersion')).toBe('1.8');
  });

  it('speaks Japanese: locale, display name and description', () => {
    expect(app.querySelector(':scope > DefaultLocale')!.textContent).toBe('ja-JP');
    expect(value('DisplayName')).toBe('国会答弁デスク 割振り');
    expect(value('Description')).toMatch(/^[\u3000-\u9fff]/);
    for (const s of doc.querySelectorAll('ShortStrings > String, LongStrings > String')) expect(s.getAttribute('DefaultValue')).toMatch(/[\u3040-\u9fff]/);
  });

  it('names only https URLs, serving the task pane from https://localhost:3000/', () => {
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url, `${url} は https にしてください (Office は http の作業ウィンドウを読み込みません)`).toMatch(/^https:\/\//);
    expect(app.querySelector('DefaultSettings > SourceLocation')!.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
  });

  it('points every page and icon at a file the build contains', () => {
    const files = urls.filter((u) => u.startsWith('https://localhost:3000/') && u !== 'https://localhost:3000').map((u) => new URL(u).pathname.slice(1));
    expect(files).toEqual(expect.arrayContaining(['icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-64.png', 'icons/icon-80.png', 'taskpane.html', 'commands.html']));
    for (const file of files) {
      // Pages are Vite inputs in addin/; icons are copied from addin/public/.
      const source = file.endsWith('.html') ? resolve(root, 'addin', file) : resolve(root, 'addin/public', file);
      expect(existsSync(source), `${file} がありません`).toBe(true);
      const built = resolve(root, 'addin/dist', file);
      if (existsSync(resolve(root, 'addin/dist/taskpane.html'))) expect(existsSync(built), `ビルドに ${file} がありません`).toBe(true);
    }
  });

  it('is readable by office-addin-manifest (offline parse)', async () => {
    const info = await OfficeAddinManifest.readManifestFile(path);
    expect(info.id).toBe(app.querySelector(':scope > Id')!.textContent);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
    expect(info.displayName).toBe('国会答弁デスク 割振り');
  });
});
