/**
 * `npm run build:check` (CI, after `npm run build`): the compiled services are what their images need, and run.
 *
 * 1. Every workspace's `dist/` mirrors its `src/`: `main.js` for a service, every SDL file, no test, demo or
 *    development-only file.
 * 2. Following the imports of each service's `dist/main.js` through its image's files (`service-image.ts`): every
 *    relative import stays inside those files (so never `src/`, `demo/`, `identity/`), every workspace import
 *    resolves to a built export, and every package imported is a production dependency of the importing workspace.
 * 3. The beneficiaries subgraph and the gateway, each staged as its image is (its files, and `npm ci --omit=dev`
 *    for that workspace alone), run with plain node: the subgraph migrates a fresh database, both answer
 *    `/healthz`, and a query with a real token goes through the compiled gateway to the compiled subgraph.
 *
 * DATABASE_URL names the PostgreSQL server to make the throwaway database on; without it, an embedded one.
 */
import { createTestDatabase } from '@shubh/platform/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { serviceImageFiles, stageServiceImage } from './service-image.js';
import { filesUnder, productionWorkspaceClosure, readManifest, readWorkspaces, repositoryRoot, type Workspace } from './workspaces.js';

const problems: string[] = [];
// The console is a front end built by Vite (`npm run console:build`): no tsconfig.build.json, no dist mirroring src.
const workspaces = readWorkspaces().filter((workspace) => !workspace.isFrontEnd);
const services = workspaces.filter((workspace) => workspace.isService);

// 1. dist mirrors src.
/** Compiled from src but never part of a build: tests, demo seeds, and the platform's development-only exports. */
const NEVER_BUILT = /(\.test\.js|demo-data\.js|\/testing\/.*|\/embedded-postgres\.js)$/;
for (const { dir, isService } of workspaces) {
  const dist = join(repositoryRoot, dir, 'dist');
  const built = filesUnder(dist).map((file) => relative(dist, file));
  if (built.length === 0) {
    problems.push(`${dir}/dist is empty: run npm run build`);
    continue;
  }
  const entry = isService ? 'main.js' : 'index.js';
  if (!built.includes(entry)) problems.push(`${dir}/dist has no ${entry}`);
  for (const file of built.filter((path) => NEVER_BUILT.test(`/${path}`))) problems.push(`${dir}/dist/${file} should never be built`);
  const source = join(repositoryRoot, dir, 'src');
  for (const sdl of filesUnder(source).filter((file) => file.endsWith('.graphql'))) {
    const copy = join(dist, relative(source, sdl));
    if (!existsSync(copy)) problems.push(`${relative(repositoryRoot, copy)} is missing (the code reads it next to itself)`);
    else if (readFileSync(copy, 'utf8') !== readFileSync(sdl, 'utf8')) problems.push(`${relative(repositoryRoot, copy)} differs from src`);
  }
}

// 2. The imports of each service, followed through its image's files.
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Where a workspace package's import lands in production: the `default` target of its export. */
function workspaceExportTarget(workspace: Workspace, specifier: string): string | undefined {
  const subpath = `.${specifier.slice(workspace.manifest.name.length)}`;
  const exports = (readManifest(join(repositoryRoot, workspace.dir, 'package.json')) as { exports?: Record<string, unknown> }).exports;
  const target = exports?.[subpath];
  const production = typeof target === 'string' ? target : (target as { default?: string } | undefined)?.default;
  return production ? normalize(join(workspace.dir, production)) : undefined;
}

function checkImports(service: Workspace): void {
  const closure = productionWorkspaceClosure(service.dir, workspaces);
  const image = new Set(serviceImageFiles(service.dir));
  const ownerOf = (file: string) => closure.find(({ dir }) => file.startsWith(`${dir}/`))!;
  const seen = new Set<string>();
  const pending = [`${service.dir}/dist/main.js`];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!image.has(file)) {
      problems.push(`${service.dir}: ${file} is imported but is not in the image`);
      continue;
    }
    const owner = ownerOf(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(join(repositoryRoot, file), 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) {
        const target = normalize(join(dirname(file), specifier));
        if (/(^|\/)(src|demo|identity|test)\//.test(target)) problems.push(`${service.dir}: ${file} imports ${target}`);
        pending.push(target);
      } else if (isBuiltin(specifier)) {
        continue;
      } else {
        const name = packageName(specifier);
        const workspace = workspaces.find((candidate) => candidate.manifest.name === name);
        if (!owner.manifest.dependencies?.[name]) {
          problems.push(`${service.dir}: ${file} imports ${name}, which is not in ${owner.dir}/package.json dependencies`);
        }
        if (workspace) {
          const target = workspaceExportTarget(workspace, specifier);
          if (target) pending.push(target);
          else problems.push(`${service.dir}: ${file} imports ${specifier}, a development-only export (no "default" target)`);
        }
      }
    }
  }
}
for (const service of services) checkImports(service);

if (problems.length > 0) {
  console.error(`the build is not what the images need:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist of ${workspaces.length} workspaces and the imports of ${services.length} services: ok`);

// 3. Two services staged as their images are, run with plain node.
const staging = mkdtempSync(join(tmpdir(), 'shubh-images-'));

/** The image's /app for one service: its files, then `npm ci --omit=dev` for that workspace, as the Dockerfile does. */
async function stageWithProductionDependencies(service: string): Promise<string> {
  const app = join(staging, service.replaceAll('/', '-'));
  stageServiceImage(service, app);
  const install = join(staging, `${service.replaceAll('/', '-')}-dependencies`);
  for (const manifest of ['package.json', 'package-lock.json', ...workspaces.map(({ dir }) => `${dir}/package.json`)]) {
    mkdirSync(dirname(join(install, manifest)), { recursive: true });
    copyFileSync(join(repositoryRoot, manifest), join(install, manifest));
  }
  const npm = spawn(
    'npm',
    ['ci', '--omit=dev', `--workspace=${service}`, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    {
      cwd: install,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const status = await new Promise<number | null>((resolve) => npm.on('exit', resolve));
  if (status !== 0) throw new Error(`npm ci --omit=dev --workspace=${service} failed (${status})`);
  renameSync(join(install, 'node_modules'), join(app, 'node_modules'));
  // A version npm could not hoist (two workspaces needing different ones) sits inside the workspace's folder: the
  // image copies the workspaces' folders of this stage too, so the staging does.
  for (const { dir } of workspaces) {
    if (!existsSync(join(install, dir, 'node_modules'))) continue;
    mkdirSync(join(app, dir), { recursive: true });
    renameSync(join(install, dir, 'node_modules'), join(app, dir, 'node_modules'));
  }
  const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const devOnly = Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && entry.dev && existsSync(join(app, path)))
    .map(([path]) => path);
  if (devOnly.length > 0) throw new Error(`${service}: development-only packages in the image: ${devOnly.join(', ')}`);
  const size = spawnSync('du', ['-sk', 'node_modules'], { cwd: app, encoding: 'utf8' }).stdout.split('\t')[0];
  console.log(
    `${service}: ${serviceImageFiles(service).length} files and ${Math.round(Number(size) / 1024)} MB of production node_modules`,
  );
  return app;
}

interface RunningProcess {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** `node dist/main.js` from the service's folder, as the image's WORKDIR and CMD run it, on a free port. */
function runCompiled(app: string, service: string, env: Record<string, string>): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: join(app, service),
    // Only what a container would have: no NODE_OPTIONS, so no "source" condition and no tsx.
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${service} did not listen within 60 s:\n${output.join('')}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const url = /"url":"(http:\/\/[^"]+)\/graphql"[^\n]*listening/.exec(output.join(''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${service} exited with ${code} before listening:\n${output.join('')}`));
    });
  });
}

async function stopCompiled(running: RunningProcess, service: string): Promise<void> {
  if (running.child.exitCode !== null) throw new Error(`${service} had already stopped:\n${running.output.join('')}`);
  const exited = new Promise<number | null>((resolve) => running.child.on('exit', resolve));
  running.child.kill('SIGTERM');
  const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000))]);
  if (code === 'timeout') {
    running.child.kill('SIGKILL');
    throw new Error(`${service} did not stop within 15 s of SIGTERM`);
  }
  if (code !== 0) throw new Error(`${service} exited with ${code} on SIGTERM:\n${running.output.join('')}`);
}

async function expectStatus(url: string, init: RequestInit, status: number, what: string): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status}, expected ${status}: ${await response.text()}`);
  return response;
}

const started = performance.now();
const [subgraphApp, gatewayApp] = await Promise.all([
  stageWithProductionDependencies('subgraphs/beneficiaries'),
  stageWithProductionDependencies('gateway'),
]);
const database = await createTestDatabase(process.env.DATABASE_URL);
const identity = await startDevIdentityProvider({ port: 0 });
const running: { process: RunningProcess; service: string }[] = [];
try {
  const secret = randomBytes(32).toString('hex');
  const subgraph = await runCompiled(subgraphApp, 'subgraphs/beneficiaries', {
    DATABASE_URL: database.url,
    GATEWAY_SECRET: secret,
    OIDC_ISSUER_URL: identity.issuer,
  });
  running.push({ process: subgraph, service: 'subgraphs/beneficiaries' });
  await expectStatus(`${subgraph.url}/healthz`, {}, 200, 'beneficiaries /healthz');
  await expectStatus(`${subgraph.url}/readyz`, {}, 200, 'beneficiaries /readyz');

  const gateway = await runCompiled(gatewayApp, 'gateway', {
    OIDC_ISSUER_URL: identity.issuer,
    BENEFICIARIES_URL: `${subgraph.url}/graphql`,
    BENEFICIARIES_GATEWAY_SECRET: secret,
    // Not started: the query below asks the beneficiaries subgraph only.
    CATALOGUE_GATEWAY_SECRET: randomBytes(32).toString('hex'),
    LABOUR_GATEWAY_SECRET: randomBytes(32).toString('hex'),
    HOUSING_GATEWAY_SECRET: randomBytes(32).toString('hex'),
  });
  running.push({ process: gateway, service: 'gateway' });
  await expectStatus(`${gateway.url}/healthz`, {}, 200, 'gateway /healthz');

  const query = { query: '{ beneficiaries(first: 5) { edges { cursor } pageInfo { hasNextPage } } }' };
  const post = (authorization?: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(query),
  });
  await expectStatus(`${gateway.url}/graphql`, post(), 401, 'the compiled gateway without a token');
  const token = await identity.tokenFor('admin.rossi');
  const answer = (await (
    await expectStatus(`${gateway.url}/graphql`, post(`Bearer ${token}`), 200, 'a query through the compiled gateway')
  ).json()) as {
    data?: { beneficiaries?: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } };
    errors?: unknown[];
  };
  if (answer.errors || !Array.isArray(answer.data?.beneficiaries?.edges)) {
    throw new Error(`the compiled gateway and subgraph answered ${JSON.stringify(answer)}`);
  }
  for (const { process: child, service } of running.splice(0).reverse()) await stopCompiled(child, service);
  console.log(`compiled beneficiaries and gateway ran from their image files: ok (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  for (const { process: child } of running) child.child.kill('SIGKILL');
  await identity.stop();
  await database.drop();
  rmSync(staging, { recursive: true, force: true });
}
