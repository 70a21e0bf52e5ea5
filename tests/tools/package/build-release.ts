/**
 * @file 配布物の組み立て (build the release): from the built extension, the built task pane and manifest.xml,
 * makes every file of the release in memory — extension zip and signed CRX3, updates.xml, Edge/Chrome
 * policies, the add-in manifest on the ministry's host, the task pane, release.json, README.txt and
 * SHA256SUMS. Same inputs and key → same bytes (the zip has fixed time stamps and sorted entries; RSA
 * PKCS#1 v1.5 signatures are deterministic).
 */
import type { KeyObject } from 'node:crypto';
import { rewriteAddinManifest } from './addin-manifest-host';
import { forcelistEntry, policyJson, policyReg } from './browser-policy';
import { sha256Sums } from './checksums';
import { buildCrx3 } from './crx3';
import { writeZip } from './deterministic-zip';
import type { PackageRequest } from './package-args';
import { updateManifest } from './update-manifest';

/** File name stem of the extension's zip and CRX. */
export const PACKAGE_STEM = 'kokkai-toben-desk';
/** release.json: marks a folder as a release this tool wrote (so it may be replaced). */
export const RELEASE_INFO = 'release.json';
/** Everything the tool writes at the top of the output folder (the example key under key/ is kept). */
export const RELEASE_ENTRIES = ['extension', 'addin', 'policy', 'README.txt', 'SHA256SUMS', RELEASE_INFO] as const;

/** What goes in. File maps are keyed by '/'-separated paths relative to their build folder. */
export interface ReleaseInput {
  request: Pick<PackageRequest, 'addinBase' | 'updateBase' | 'updatesXmlUrl'>;
  extensionFiles: ReadonlyMap<string, Buffer>;
  addinFiles: ReadonlyMap<string, Buffer>;
  manifestXml: string;
  key: KeyObject;
  /** The key was generated for this release (an example, not the ministry's own). */
  exampleKey: boolean;
}

/** What comes out: the files by path, and what the summary names. */
export interface Release {
  files: Map<string, Buffer>;
  extensionId: string;
  version: string;
  crxUrl: URL;
}

interface ExtensionManifest {
  version?: unknown;
  update_url?: unknown;
  [key: string]: unknown;
}

/**
 * The built extension's manifest.json with update_url set to updates.xml, so an extension installed through
 * ExtensionInstallForcelist (or without override_update_url) still updates from the ministry's server.
 */
function withUpdateUrl(files: ReadonlyMap<string, Buffer>, updatesXmlUrl: URL): { manifest: Buffer; version: string } {
  const raw = files.get('manifest.json');
  if (!raw) throw new Error('拡張機能のビルドに manifest.json がありません。');
  const manifest = JSON.parse(raw.toString('utf8')) as ExtensionManifest;
  if (typeof manifest.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(manifest.version)) {
    throw new Error(`拡張機能の manifest.json の version が不正です (${String(manifest.version)})。`);
  }
  return { manifest: Buffer.from(JSON.stringify({ ...manifest, update_url: updatesXmlUrl.href })), version: manifest.version };
}

function readme(r: { extensionId: string; version: string; crxUrl: URL; updateBase: URL; updatesXmlUrl: URL; addinBase: URL; exampleKey: boolean; zipName: string }): string {
  return [
    '国会答弁デスク 配布物',
    '====================',
    '',
    `拡張機能 ID: ${r.extensionId} (版 ${r.version})`,
    r.exampleKey ? '注意: この ID は例として生成した鍵 (key/example-key.pem) から決まっています。本番では庁の鍵を --key で指定してください。' : '',
    '',
    `extension/web/ の 2 ファイルを ${r.updateBase.href} に置きます (updates.xml と ${r.crxUrl.pathname.split('/').pop()})。`,
    `addin/web/ の中身を ${r.addinBase.href} に置きます (https)。`,
    'addin/manifest.xml を Microsoft 365 管理センターの「統合アプリ」または共有フォルダー カタログで配布します。',
    'policy/ の ExtensionSettings を Edge / Chrome のポリシー (GPO・Intune・.reg) で配布します。',
    `ExtensionInstallForcelist を使う場合の値: ${forcelistEntry(r.extensionId, r.updatesXmlUrl)}`,
    `extension/${r.zipName} は同じ拡張機能の ZIP (内容の確認用) です。`,
    '',
    '確認: 各 PC の edge://policy (chrome://policy) に ExtensionSettings が表示され、edge://extensions に「国会答弁デスク」が',
    '「組織によってインストール」として出ること。ファイルの改ざん確認は SHA256SUMS (sha256sum -c SHA256SUMS / Get-FileHash)。',
    '手順の詳細はリポジトリの tests/tools/package/README.md にあります。',
    '',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\r\n');
}

/** Builds every release file in memory. */
export function buildRelease(input: ReleaseInput): Release {
  const { request } = input;
  const { manifest, version } = withUpdateUrl(input.extensionFiles, request.updatesXmlUrl);
  const extensionEntries = [...input.extensionFiles].map(([path, data]) => ({ path, data: path === 'manifest.json' ? manifest : data }));
  const zip = writeZip(extensionEntries);
  const { crx, extensionId } = buildCrx3(zip, input.key);
  const crxName = `${PACKAGE_STEM}-${version}.crx`;
  const zipName = `${PACKAGE_STEM}-${version}.zip`;
  const crxUrl = new URL(crxName, request.updateBase);
  if (!input.addinFiles.has('taskpane.html')) throw new Error('作業ウィンドウのビルドに taskpane.html がありません。');

  const files = new Map<string, Buffer>();
  files.set(`extension/${zipName}`, zip);
  files.set(`extension/web/${crxName}`, crx);
  files.set('extension/web/updates.xml', Buffer.from(updateManifest(extensionId, crxUrl, version)));
  for (const browser of ['edge', 'chrome'] as const) {
    files.set(`policy/${browser}-extension-settings.json`, Buffer.from(policyJson(extensionId, request.updatesXmlUrl)));
    files.set(`policy/${browser}-extension-settings.reg`, policyReg(browser, extensionId, request.updatesXmlUrl));
  }
  files.set('addin/manifest.xml', Buffer.from(rewriteAddinManifest(input.manifestXml, request.addinBase)));
  for (const [path, data] of [...input.addinFiles].sort(([a], [b]) => (a < b ? -1 : 1))) files.set(`addin/web/${path}`, data);
  files.set('README.txt', Buffer.from(readme({ extensionId, version, crxUrl, zipName, exampleKey: input.exampleKey, ...request })));
  const info = {
    product: '国会答弁デスク',
    version,
    extensionId,
    exampleKey: input.exampleKey,
    updatesXmlUrl: request.updatesXmlUrl.href,
    crxUrl: crxUrl.href,
    addinUrl: request.addinBase.href,
    extensionInstallForcelist: forcelistEntry(extensionId, request.updatesXmlUrl),
    files: [...files.keys()].sort(),
  };
  files.set(RELEASE_INFO, Buffer.from(`${JSON.stringify(info, null, 2)}\n`));
  files.set('SHA256SUMS', Buffer.from(sha256Sums(files)));
  return { files, extensionId, version, crxUrl };
}
