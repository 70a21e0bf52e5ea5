/**
 * @file 配布パッケージの引数 (package arguments): reads and checks the flags of `npm run package` —
 * `--addin-url`, `--update-url` (both https on the ministry's own host), `--key`, `--out`, `--skip-build` —
 * and answers in Japanese. Checking happens before anything is built or written.
 */

/** The checked request. URLs end with '/'; `updatesXmlUrl` is where updates.xml will be served. */
export interface PackageRequest {
  /** Where the task pane is served (manifest.xml's https://localhost:3000/ becomes this). */
  addinBase: URL;
  /** Folder URL where the CRX and updates.xml are served. */
  updateBase: URL;
  /** URL of updates.xml (the policy's update_url). */
  updatesXmlUrl: URL;
  keyPath?: string;
  outDir: string;
  skipBuild: boolean;
}

/** A usage error: the message is shown to the user as is. */
export class PackageArgsError extends Error {
  override name = 'PackageArgsError';
}

export const USAGE = [
  '使い方: npm run package -- --addin-url https://庁内サーバー/kokkai/addin/ --update-url https://庁内サーバー/kokkai/extension/ [--key 鍵.pem] [--out release]',
  '  --addin-url   作業ウィンドウ (addin/dist) を置く https のアドレス。manifest.xml の https://localhost:3000/ をこれに置き換えます。',
  '  --update-url  拡張機能の CRX と updates.xml を置く https のフォルダー (または updates.xml の URL)。',
  '  --key         拡張機能に署名する RSA 秘密鍵 (PEM)。拡張機能の ID はこの鍵から決まります。省略すると例の鍵を作ります。',
  '  --out         出力先フォルダー (既定 release)。',
  '  --skip-build  ビルドせず、今あるビルド (.output/chrome-mv3, addin/dist) を使います。',
].join('\n');

const VALUE_FLAGS = ['--addin-url', '--update-url', '--key', '--out'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** An https URL on a real host, without credentials, query or fragment; returned as a folder URL (ending in '/'). */
function httpsUrl(flag: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PackageArgsError(`${flag} の値「${text}」は URL として読めません。https:// で始まるアドレスを指定してください。`);
  }
  if (url.protocol === 'http:') {
    throw new PackageArgsError(`${flag} に http:// は使えません (${text})。Excel は https の作業ウィンドウしか読み込まず、拡張機能の更新も https で配信します。https:// のアドレスを指定してください。`);
  }
  if (url.protocol !== 'https:') throw new PackageArgsError(`${flag} は https:// で始まるアドレスにしてください (${text})。`);
  if (url.username || url.password) throw new PackageArgsError(`${flag} にユーザー名やパスワードを含めないでください。`);
  if (url.search || url.hash) throw new PackageArgsError(`${flag} に ? や # を含めないでください (${text})。`);
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    throw new PackageArgsError(`${flag} が localhost のままです (${text})。各 PC から届く庁内サーバーのアドレスを指定してください。`);
  }
  return url;
}

function folder(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.pathname}/`, url);
}

/** Parses `argv` (the arguments after `--`); throws PackageArgsError with a Japanese message. */
export function parsePackageArgs(argv: readonly string[]): PackageRequest {
  const values = new Map<ValueFlag, string>();
  let skipBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--skip-build') {
      skipBuild = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) {
      throw new PackageArgsError(`知らない引数です: 「${arg}」\n${USAGE}`);
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new PackageArgsError(`${flag} の値がありません。\n${USAGE}`);
    }
    if (values.has(flag as ValueFlag)) throw new PackageArgsError(`${flag} が 2 回指定されています。`);
    values.set(flag as ValueFlag, value);
  }
  for (const required of ['--addin-url', '--update-url'] as const) {
    if (!values.has(required)) throw new PackageArgsError(`${required} を指定してください。\n${USAGE}`);
  }
  const addinBase = folder(httpsUrl('--addin-url', values.get('--addin-url')!));
  const update = httpsUrl('--update-url', values.get('--update-url')!);
  const pointsAtXml = update.pathname.toLowerCase().endsWith('.xml');
  const updateBase = pointsAtXml ? new URL('./', update) : folder(update);
  const updatesXmlUrl = pointsAtXml ? update : new URL('updates.xml', updateBase);
  return { addinBase, updateBase, updatesXmlUrl, keyPath: values.get('--key'), outDir: values.get('--out') ?? 'release', skipBuild };
}
