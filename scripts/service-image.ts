/**
 * What one service's image holds besides its production `node_modules`: the compiled `dist/` and the manifest
 * of the service and of every workspace it depends on, plus the files it reads at run time from outside its
 * workspace. Nothing else: no `src/`, no tests, no demo or development identity code, no other service.
 *
 * The Dockerfile stages every service with `--all <dir>` and copies `<dir>/<service>/` into the image, so this
 * list is the image's content; CI stages a service the same way and runs it with node (`scripts/check-build.ts`).
 *
 *   node --import tsx scripts/service-image.ts <workspace> <target dir>   one service, e.g. subgraphs/labour
 *   node --import tsx scripts/service-image.ts --all <target dir>         every service, in <target dir>/<workspace>
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, productionWorkspaceClosure, readWorkspaces, repositoryRoot } from './workspaces.js';

/** Files a service reads at run time that live outside the workspaces (found relative to its `dist/`). */
const RUNTIME_FILES_OUTSIDE_WORKSPACES: Record<string, string[]> = {
  // The gateway serves the committed supergraph; it never composes at run time.
  gateway: ['schema/supergraph.graphql'],
};

/** Compiler by-products that nothing runs. */
const NOT_SHIPPED = /(\.d\.ts|\.tsbuildinfo)$/;

/** The paths (files or whole `dist/` folders) that make up a service's image, relative to the repository root. */
export function serviceImageSources(service: string): string[] {
  const workspaces = readWorkspaces();
  const workspace = workspaces.find((candidate) => candidate.dir === service);
  if (!workspace?.isService) {
    const services = workspaces.filter((candidate) => candidate.isService).map((candidate) => candidate.dir);
    throw new Error(`"${service}" is not a service workspace (one of: ${services.join(', ')})`);
  }
  return [
    ...productionWorkspaceClosure(service, workspaces).flatMap(({ dir }) => [`${dir}/package.json`, `${dir}/dist`]),
    ...(RUNTIME_FILES_OUTSIDE_WORKSPACES[service] ?? []),
  ];
}

/** The files of one image source: the file itself, or every file of a folder. */
function filesOf(path: string): string[] {
  const absolute = join(repositoryRoot, path);
  if (!existsSync(absolute)) throw new Error(`${path} does not exist: run npm run build first`);
  return statSync(absolute).isDirectory() ? filesUnder(absolute).map((file) => relative(repositoryRoot, file)) : [path];
}

/** Every file of the service's image outside `node_modules`, relative to the image's `/app`. */
export function serviceImageFiles(service: string): string[] {
  return serviceImageSources(service)
    .flatMap(filesOf)
    .filter((file) => !NOT_SHIPPED.test(file))
    .sort();
}

/** Copies the service's image files to `target`, laid out as in the image's `/app`. */
export function stageServiceImage(service: string, target: string): string[] {
  const files = serviceImageFiles(service);
  if (!files.includes(`${service}/dist/main.js`)) throw new Error(`${service}/dist/main.js is missing: run npm run build first`);
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(repositoryRoot, file), join(target, file));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, target] = process.argv.slice(2);
  if (!first || !target) {
    console.error('usage: service-image.ts <workspace> <target dir> | --all <target dir>');
    process.exit(2);
  }
  const services =
    first === '--all'
      ? readWorkspaces()
          .filter((workspace) => workspace.isService)
          .map(({ dir }) => dir)
      : [first];
  for (const service of services) {
    const files = stageServiceImage(service, first === '--all' ? join(target, service) : target);
    console.log(`${service}: ${files.length} files`);
  }
}
