/**
 * @file '@shared' つきの読み込み (loadWithSharedAlias): extension and add-in modules loaded from scripts that
 * vite-node runs (`npm run bench`, tests/tools), which have no '@shared' alias.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/**
 * 読み込み: loads `paths` (root-relative, e.g. '/extension/sites/index.ts') once through a Vite server that
 * resolves '@shared' like wxt.config.ts and addin/vite.config.ts do, and closes the server. The modules come
 * back in the order of `paths`.
 * @example const [{ scrapePage }] = await loadWithSharedAlias<[typeof import('../../extension/sites/index')]>('/extension/sites/index.ts')
 */
export async function loadWithSharedAlias<T extends unknown[]>(...paths: string[]): Promise<T> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server = await createServer({
    root, configFile: false, logLevel: 'error', appType: 'custom',
    resolve: { alias: { '@shared': `${root}shared` } },
    server: { middlewareMode: true, watch: null, hmr: false },
  });
  try {
    const modules: unknown[] = [];
    for (const path of paths) modules.push(await server.ssrLoadModule(path));
    return modules as T;
  } finally {
    await server.close();
  }
}
