/**
 * The build's set-up has to agree with itself: the exports that send production to `dist/` and development to
 * `src/`, the scripts that run each, the files each service image holds and the one Node version of the
 * repository. No build is needed: manifests and configuration are read. `npm run build:check` (CI) checks the
 * built output itself and runs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serviceImageSources } from '../scripts/service-image.js';
import { readWorkspaces } from '../scripts/workspaces.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

interface PackageManifest {
  name: string;
  engines?: { node?: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Record<string, string | { source?: string; default?: string }>;
}

// The console is a front end built by Vite (`npm run console:build`): no tsconfig.build.json, no dist mirroring src.
const workspaces = readWorkspaces().filter((workspace) => !workspace.isFrontEnd);
const services = workspaces.filter((workspace) => workspace.isService).map(({ dir }) => dir);
const manifestOf = (dir: string) => json<PackageManifest>(`${dir}/package.json`);

describe('workspace packages', () => {
  test('every service workspace is found: the gateway and the four subgraphs', () => {
    expect(services.sort()).toEqual(['gateway', 'subgraphs/beneficiaries', 'subgraphs/catalogue', 'subgraphs/housing', 'subgraphs/labour']);
  });

  test.each(workspaces.map(({ dir }) => dir))('%s exports its source in development and its dist in production', (dir) => {
    const problems: string[] = [];
    const build = json<{ compilerOptions?: { rootDir?: string; outDir?: string }; exclude?: string[] }>(`${dir}/tsconfig.build.json`);
    if (build.compilerOptions?.rootDir !== 'src' || build.compilerOptions.outDir !== 'dist') {
      problems.push('tsconfig.build.json must compile src/ to dist/ (rootDir src, outDir dist), so dist mirrors src');
    }
    const exports = manifestOf(dir).exports ?? {};
    if (Object.keys(exports).length === 0) problems.push('no exports');
    for (const [subpath, target] of Object.entries(exports)) {
      if (typeof target === 'string' || !target.source) {
        problems.push(`exports["${subpath}"] has no "source" condition (tsx, Jest and the typecheck use it)`);
        continue;
      }
      if (!target.source.startsWith('./src/') || !existsSync(join(root, dir, target.source))) {
        problems.push(`exports["${subpath}"].source "${target.source}" is not a file under src/`);
      }
      const compiled = target.source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js');
      if (target.default === undefined) {
        // Development only (npm start, tests): then the build must leave it out, or an image could carry it.
        const excluded = (build.exclude ?? []).some(
          (pattern) => target.source === `./${pattern}` || target.source!.startsWith(`./${pattern}/`),
        );
        if (!excluded) problems.push(`exports["${subpath}"] has no "default" target but ${target.source} is not excluded from the build`);
      } else if (target.default !== compiled) {
        problems.push(
          `exports["${subpath}"].default is "${target.default}", expected "${compiled}" (where the build writes ${target.source})`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(services)('%s starts from source in development and from dist in production', (dir) => {
    expect(manifestOf(dir).scripts).toMatchObject({
      start: 'node --import tsx --conditions=source src/main.ts',
      'start:prod': 'node dist/main.js',
    });
  });

  test('tsx, the TypeScript runner, is a development dependency only', () => {
    const root = json<PackageManifest>('package.json');
    expect(root.devDependencies?.tsx).toBeDefined();
    expect([root, ...workspaces.map(({ dir }) => manifestOf(dir))].filter((manifest) => manifest.dependencies?.tsx)).toEqual([]);
  });
});

describe('service images', () => {
  test.each(services)('the %s image holds its own dist and manifest, the platform, and nothing of another service', (service) => {
    const expected = [
      'packages/platform/package.json',
      'packages/platform/dist',
      `${service}/package.json`,
      `${service}/dist`,
      ...(service === 'gateway' ? ['schema/supergraph.graphql'] : []),
    ];
    expect(serviceImageSources(service)).toEqual(expected);
  });

  test('a workspace that is not a service has no image', () => {
    expect(() => serviceImageSources('packages/platform')).toThrow(/not a service workspace/);
  });
});

describe('one supported Node version', () => {
  const engines = json<PackageManifest>('package.json').engines?.node ?? '';
  const major = /^\^(\d+)\.\d+\.\d+$/.exec(engines)?.[1];

  test('package.json engines is one major version, from 20.19 (typeorm needs ^20.19.0)', () => {
    expect(engines).toBe('^20.19.0');
  });

  test('.nvmrc, @types/node, the Docker base image and docker compose name the same major version', () => {
    const problems: string[] = [];
    const nvmrc = read('.nvmrc').trim();
    if (nvmrc !== major) problems.push(`.nvmrc is "${nvmrc}", expected "${major}"`);
    const types = json<PackageManifest>('package.json').devDependencies?.['@types/node'] ?? '';
    if (!new RegExp(`^[~^]${major}\\.`).test(types)) problems.push(`@types/node is "${types}", expected ^${major}.x`);
    const installed = json<{ version: string }>('node_modules/@types/node/package.json').version;
    if (!installed.startsWith(`${major}.`)) problems.push(`installed @types/node is ${installed}`);
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(read('Dockerfile'))?.[1];
    if (image !== `node:${major}-bookworm-slim`)
      problems.push(`the Dockerfile's NODE_IMAGE is "${image}", expected node:${major}-bookworm-slim`);
    const compose = parse(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, { image?: string; build?: { args?: Record<string, string> } }>;
    };
    for (const [name, service] of Object.entries(compose.services)) {
      const override = service.build?.args?.NODE_IMAGE;
      if (override !== undefined && override !== image) problems.push(`docker-compose ${name} builds on NODE_IMAGE "${override}"`);
      if (service.image?.startsWith('node:') && !service.image.startsWith(`node:${major}`)) {
        problems.push(`docker-compose ${name} runs ${service.image}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
