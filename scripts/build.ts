/**
 * `npm run build`: every workspace compiled to JavaScript in its `dist/`, which mirrors its `src/` (the code
 * finds its SDL files next to itself, from `import.meta.url`). Each `dist/` is emptied first, so a file
 * deleted or moved out of `src/` never survives in an image. Tests and development-only files are left out
 * by each workspace's `tsconfig.build.json`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { filesUnder, readWorkspaces, repositoryRoot } from './workspaces.js';

/** What the code reads at run time besides its JavaScript: the SDL of every module and the platform's scalars. */
const RUNTIME_ASSET = /\.graphql$/;

const started = performance.now();
// The console is built by Vite (`npm run console:build`, or `npm start` when its sources changed).
const workspaces = readWorkspaces().filter((workspace) => !workspace.isFrontEnd);
for (const { dir } of workspaces) {
  if (!existsSync(join(repositoryRoot, dir, 'tsconfig.build.json'))) throw new Error(`${dir} has no tsconfig.build.json`);
  rmSync(join(repositoryRoot, dir, 'dist'), { recursive: true, force: true });
}

// One tsc process for all: it builds the platform first (the services reference it) and checks every type again
// as production resolves it (workspace packages to their dist, no "source" condition).
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '--build', ...workspaces.map(({ dir }) => join(dir, 'tsconfig.build.json'))], {
  cwd: repositoryRoot,
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

let assets = 0;
for (const { dir } of workspaces) {
  const source = join(repositoryRoot, dir, 'src');
  for (const file of filesUnder(source).filter((path) => RUNTIME_ASSET.test(path))) {
    const target = join(repositoryRoot, dir, 'dist', relative(source, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    assets += 1;
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${workspaces.length} workspaces (${assets} SDL files copied) in ${seconds} s`);
