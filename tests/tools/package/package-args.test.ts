/**
 * `npm run package` input checks, before anything is built or written: the two https URLs, --key (readable
 * PEM RSA ≥ 2048 bits), --out (missing, empty or an earlier release), each refused in Japanese.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePackageArgs } from './package-args';
import { checkReleaseFolder } from './release-folder';
import { readPrivateKey, releaseKey } from './release-key';
import { productionBuildEnv } from './run-build';

const ADDIN = ['--addin-url', 'https://intra.example.go.jp/kokkai/addin/'];
const UPDATE = ['--update-url', 'https://intra.example.go.jp/kokkai/extension'];
const dir = mkdtempSync(join(tmpdir(), 'kokkai-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parsePackageArgs', () => {
  it('reads both URLs as folders, updates.xml beside the CRX, and the defaults', () => {
    const r = parsePackageArgs([...ADDIN, ...UPDATE]);
    expect([r.addinBase.href, r.updateBase.href, r.updatesXmlUrl.href]).toEqual([
      'https://intra.example.go.jp/kokkai/addin/', 'https://intra.example.go.jp/kokkai/extension/', 'https://intra.example.go.jp/kokkai/extension/updates.xml',
    ]);
    expect(r).toMatchObject({ outDir: 'release', keyPath: undefined, skipBuild: false });
  });

  it('takes --flag=value, an updates.xml URL, --key, --out and --skip-build', () => {
    const r = parsePackageArgs(['--addin-url=https://h.example.go.jp/', '--update-url=https://h.example.go.jp/ext/kokkai.xml', '--key', 'k.pem', '--out', 'dist', '--skip-build']);
    expect([r.updateBase.href, r.updatesXmlUrl.href]).toEqual(['https://h.example.go.jp/ext/', 'https://h.example.go.jp/ext/kokkai.xml']);
    expect(r).toMatchObject({ keyPath: 'k.pem', outDir: 'dist', skipBuild: true });
  });

  it.each([
    [[...ADDIN], '--update-url を指定してください。'],
    [[...UPDATE], '--addin-url を指定してください。'],
    [[...ADDIN, '--update-url'], '--update-url の値がありません。'],
    [[...ADDIN, '--update-url', '--key', 'k.pem'], '--update-url の値がありません。'],
    [[...ADDIN, ...UPDATE, '--outdir', 'x'], '知らない引数です: 「--outdir」'],
    [[...ADDIN, ...ADDIN, ...UPDATE], '--addin-url が 2 回指定されています。'],
    [['--addin-url', 'intra.example.go.jp/addin', ...UPDATE], '--addin-url の値「intra.example.go.jp/addin」は URL として読めません。'],
    [['--addin-url', 'http://intra.example.go.jp/addin/', ...UPDATE], '--addin-url に http:// は使えません (http://intra.example.go.jp/addin/)。'],
    [[...ADDIN, '--update-url', 'http://intra.example.go.jp/ext/'], '--update-url に http:// は使えません'],
    [[...ADDIN, '--update-url', 'ftp://intra.example.go.jp/ext/'], '--update-url は https:// で始まるアドレスにしてください'],
    [['--addin-url', 'https://localhost:3000/', ...UPDATE], '--addin-url が localhost のままです'],
    [['--addin-url', 'https://u:p@intra.example.go.jp/', ...UPDATE], '--addin-url にユーザー名やパスワードを含めないでください。'],
    [[...ADDIN, '--update-url', 'https://intra.example.go.jp/ext/?v=1'], '--update-url に ? や # を含めないでください'],
  ])('refuses %j: 「%s」', (argv, message) => {
    expect(() => parsePackageArgs(argv)).toThrow(message);
  });
});

describe('the signing key', () => {
  const pem = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('reads a PKCS#8 or PKCS#1 RSA key of 2048 bits', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    writeFileSync(join(dir, 'pkcs8.pem'), rsa.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'pkcs1.pem'), rsa.export({ type: 'pkcs1', format: 'pem' }));
    expect(readPrivateKey(join(dir, 'pkcs8.pem')).asymmetricKeyType).toBe('rsa');
    expect(readPrivateKey(join(dir, 'pkcs1.pem')).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('refuses a missing file, a folder, a file that is not a PEM key, an EC key and a 1024-bit key', () => {
    expect(() => readPrivateKey(join(dir, 'none.pem'))).toThrow(`--key の鍵ファイル「${join(dir, 'none.pem')}」を読めません (ファイルがありません)。`);
    expect(() => readPrivateKey(dir)).toThrow('を読めません (フォルダーです)。');
    writeFileSync(join(dir, 'text.pem'), 'これは鍵ではありません');
    expect(() => readPrivateKey(join(dir, 'text.pem'))).toThrow('は PEM 形式の秘密鍵として読めません');
    writeFileSync(join(dir, 'ec.pem'), generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => readPrivateKey(join(dir, 'ec.pem'))).toThrow('は RSA の鍵ではありません (ec)。');
    writeFileSync(join(dir, 'short.pem'), pem(1024));
    expect(() => readPrivateKey(join(dir, 'short.pem'))).toThrow('は 1024 ビットの RSA 鍵です。2048 ビット以上の鍵を使ってください。');
  });

  it('makes an example key when none is given, and reuses the one an earlier run left', () => {
    const made = releaseKey(undefined, join(dir, 'key/example-key.pem'));
    expect(made).toMatchObject({ example: true, newPem: expect.stringContaining('-----BEGIN PRIVATE KEY-----') });
    mkdirSync(join(dir, 'key'));
    writeFileSync(join(dir, 'key/example-key.pem'), made.newPem!);
    const reused = releaseKey(undefined, join(dir, 'key/example-key.pem'));
    expect(reused.example).toBe(true);
    expect(reused.newPem).toBeUndefined();
    expect(reused.key.export({ type: 'pkcs8', format: 'pem' })).toBe(made.newPem);
  });
});

describe('the output folder', () => {
  it('may be missing, empty, hold only the example key, or be an earlier release', () => {
    expect(() => checkReleaseFolder(join(dir, 'new'))).not.toThrow();
    mkdirSync(join(dir, 'empty'));
    expect(() => checkReleaseFolder(join(dir, 'empty'))).not.toThrow();
    mkdirSync(join(dir, 'earlier'));
    writeFileSync(join(dir, 'earlier/release.json'), '{}');
    expect(() => checkReleaseFolder(join(dir, 'earlier'))).not.toThrow();
  });

  it('refuses a file, or a folder with other things in it (nothing of the user’s is deleted)', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(() => checkReleaseFolder(join(dir, 'a-file'))).toThrow('はフォルダーではなくファイルです。');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/memo.txt'), '大事なメモ');
    expect(() => checkReleaseFolder(join(dir, 'docs'))).toThrow('は空ではなく、以前の配布物 (release.json) でもありません。');
  });
});

describe('the build the package runs', () => {
  it('is the production build even when started from vite-node (NODE_ENV=development), the rest of the environment kept', () => {
    expect(productionBuildEnv({ NODE_ENV: 'development', PATH: '/usr/bin', HTTPS_PROXY: 'http://proxy.example.go.jp:8080' }))
      .toEqual({ NODE_ENV: 'production', PATH: '/usr/bin', HTTPS_PROXY: 'http://proxy.example.go.jp:8080' });
  });
});
