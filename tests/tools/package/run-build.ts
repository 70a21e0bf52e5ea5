/**
 * @file ビルド (run the build): `npm run build` for the release, as the production build a shell would make.
 * vite-node, which runs the package tool, sets NODE_ENV=development for itself; handed down to the build, that
 * made development builds of the extension and the task pane (larger, and with chunks that differed run to run).
 */
import { spawnSync } from 'node:child_process';

/** The environment for the build: the caller's, with NODE_ENV=production. */
export function productionBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_ENV: 'production' };
}

/** Runs `npm run build` in `root`, output shown; true when it succeeded. */
export function runProductionBuild(root: string): boolean {
  return spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', env: productionBuildEnv(process.env) }).status === 0;
}
