/**
 * @file npm run package: the deployment package for a ministry's IT department. Checks the flags, the key and
 * the output folder first (a Japanese message and nothing written when something is wrong), builds the
 * extension and the task pane, assembles the release (build-release.ts), writes it, and verifies the CRX it
 * wrote. Guide for IT: tests/tools/package/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRelease } from './build-release';
import { verifyCrx3 } from './crx3';
import { PackageArgsError, parsePackageArgs } from './package-args';
import { EXAMPLE_KEY_PATH, exampleKeyWarning, releaseKey } from './release-key';
import { checkReleaseFolder, readTree, writeRelease } from './release-folder';
import { runProductionBuild } from './run-build';

const root = resolve(import.meta.dirname, '../../..');
const extensionDir = join(root, '.output/chrome-mv3');
const addinDir = join(root, 'addin/dist');

function fail(message: string, code = 1): never {
  console.error(`エラー: ${message}`);
  process.exit(code);
}

function main(argv: readonly string[]): void {
  let request;
  let key;
  // npm runs scripts in the package's folder; relative --key / --out are meant from where the user typed the command.
  const here = process.env.INIT_CWD ?? process.cwd();
  const outDir = () => resolve(here, request!.outDir);
  try {
    request = parsePackageArgs(argv);
    key = releaseKey(request.keyPath && resolve(here, request.keyPath), join(outDir(), EXAMPLE_KEY_PATH));
    checkReleaseFolder(outDir());
  } catch (error) {
    if (error instanceof PackageArgsError) fail(error.message, 2);
    throw error;
  }
  if (!request.skipBuild) {
    console.log('ビルドしています (拡張機能と作業ウィンドウ)…');
    if (!runProductionBuild(root)) fail('ビルドに失敗しました。上のエラーを確認してください。配布物は書き出していません。');
  }
  if (!existsSync(join(extensionDir, 'manifest.json')) || !existsSync(join(addinDir, 'taskpane.html'))) {
    fail('ビルドがありません (.output/chrome-mv3, addin/dist)。--skip-build を外して実行してください。');
  }
  const release = buildRelease({
    request, key: key.key, exampleKey: key.example,
    extensionFiles: readTree(extensionDir), addinFiles: readTree(addinDir), manifestXml: readFileSync(join(root, 'manifest.xml'), 'utf8'),
  });
  const extra = new Map<string, Buffer>(key.newPem ? [[EXAMPLE_KEY_PATH, Buffer.from(key.newPem)]] : []);
  writeRelease(outDir(), release.files, extra);
  const crxPath = [...release.files.keys()].find((p) => p.endsWith('.crx'))!;
  const check = verifyCrx3(readFileSync(join(outDir(), ...crxPath.split('/'))));
  if (check.extensionId !== release.extensionId) fail('書き出した CRX の ID が鍵の ID と一致しません。');

  console.log(`\n配布物を書き出しました: ${outDir()}`);
  for (const path of [...release.files.keys()].filter((p) => !p.startsWith('addin/web/'))) console.log(`  ${path}`);
  console.log(`  addin/web/ (作業ウィンドウ ${[...release.files.keys()].filter((p) => p.startsWith('addin/web/')).length} ファイル)`);
  console.log(`\n拡張機能 ID: ${release.extensionId} (版 ${release.version}、CRX の署名を確認済み)`);
  console.log(`updates.xml: ${request.updatesXmlUrl.href}\nCRX: ${release.crxUrl.href}\n作業ウィンドウ: ${new URL('taskpane.html', request.addinBase).href}`);
  if (key.example) console.warn(`\n${exampleKeyWarning(join(outDir(), EXAMPLE_KEY_PATH), key.newPem !== undefined)}`);
}

main(process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')));
