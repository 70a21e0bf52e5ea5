/**
 * @file 出力先フォルダー (release folder): checks before anything is built that the output folder may be
 * written — missing, empty, or a release this tool wrote before (release.json) — then replaces only the
 * tool's own entries (an example key under key/ stays) and writes the files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RELEASE_ENTRIES, RELEASE_INFO } from './build-release';
import { PackageArgsError } from './package-args';

/** Throws PackageArgsError when `outDir` is a file or a non-empty folder that is not a release. */
export function checkReleaseFolder(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new PackageArgsError(`--out の「${outDir}」はフォルダーではなくファイルです。別の出力先を指定してください。`);
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(RELEASE_INFO) && !(entries.length === 1 && entries[0] === 'key')) {
    throw new PackageArgsError(`--out の「${outDir}」は空ではなく、以前の配布物 (${RELEASE_INFO}) でもありません。中身を消さないよう、空のフォルダーか新しいフォルダーを指定してください。`);
  }
}

/** Replaces the release in `outDir` with `files` (paths '/'-separated). */
export function writeRelease(outDir: string, files: ReadonlyMap<string, Buffer>, extra: ReadonlyMap<string, Buffer> = new Map()): void {
  checkReleaseFolder(outDir);
  mkdirSync(outDir, { recursive: true });
  for (const entry of RELEASE_ENTRIES) rmSync(join(outDir, entry), { recursive: true, force: true });
  for (const [path, data] of [...files, ...extra]) {
    const target = join(outDir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data, path.endsWith('.pem') ? { mode: 0o600 } : undefined);
  }
}

/** Every file under `dir`, keyed by '/'-separated relative path, in path order. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(full));
    }
  };
  walk('');
  return files;
}
