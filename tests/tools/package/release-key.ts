/**
 * @file 署名鍵 (release key): the RSA private key that signs the CRX. The extension id is derived from its
 * public key, so the same key must sign every later version; a lost or changed key means a new id and every
 * policy naming the old one stops working. Without --key an example key is made (and kept under the
 * output's key/ folder, reused by the next run) with a warning.
 */
import { type KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PackageArgsError } from './package-args';

/** Where an example key lives inside the output folder. */
export const EXAMPLE_KEY_PATH = 'key/example-key.pem';
/** Chromium's --pack-extension makes 2048-bit RSA keys; shorter ones are refused here. */
const MIN_RSA_BITS = 2048;

/** The signing key, and whether it is the example one (and still has to be written). */
export interface ReleaseKey {
  key: KeyObject;
  example: boolean;
  /** PEM text of a newly generated example key (to write); undefined when it already exists on disk. */
  newPem?: string;
}

/** Reads a PEM RSA private key (PKCS#8 or PKCS#1); throws PackageArgsError in Japanese. */
export function readPrivateKey(path: string, flag = '--key'): KeyObject {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'ファイルがありません' : code === 'EACCES' ? '読み取る権限がありません' : code === 'EISDIR' ? 'フォルダーです' : (error as Error).message;
    throw new PackageArgsError(`${flag} の鍵ファイル「${path}」を読めません (${why})。`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new PackageArgsError(`${flag} の「${path}」は PEM 形式の秘密鍵として読めません (-----BEGIN PRIVATE KEY----- で始まるファイルを指定してください)。`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new PackageArgsError(`${flag} の「${path}」は RSA の鍵ではありません (${key.asymmetricKeyType})。CRX の署名には RSA 2048 ビット以上の鍵を使います。`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) throw new PackageArgsError(`${flag} の「${path}」は ${bits} ビットの RSA 鍵です。${MIN_RSA_BITS} ビット以上の鍵を使ってください。`);
  return key;
}

/** The key given with --key, or the example key of the output folder (made when missing). */
export function releaseKey(keyPath: string | undefined, exampleKeyFile: string): ReleaseKey {
  if (keyPath) return { key: readPrivateKey(keyPath), example: false };
  if (existsSync(exampleKeyFile)) return { key: readPrivateKey(exampleKeyFile, '例の鍵'), example: true };
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: MIN_RSA_BITS });
  return { key: privateKey, example: true, newPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/** The warning shown whenever the example key is used. */
export function exampleKeyWarning(exampleKeyFile: string, generated: boolean): string {
  return [
    `警告: --key が指定されていないため、${generated ? '例の鍵を生成しました' : '前回生成した例の鍵を使いました'} (${exampleKeyFile})。`,
    '拡張機能の ID はこの鍵 (公開鍵) から決まります。鍵が変わると ID が変わり、配布したポリシーの ID と合わなくなります。',
    '本番では庁で管理する鍵を作り (例: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out kokkai-extension.pem)、',
    '安全な場所に保管して、毎回 --key で同じ鍵を指定してください。鍵は Web サーバーに置かないでください。',
  ].join('\n');
}
