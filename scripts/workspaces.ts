/**
 * The workspaces of the root package.json, as the build and the service images see them. The root manifest's
 * `workspaces` list is the one list of them; nothing here repeats it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}

export interface Workspace {
  /** Its folder, relative to the repository root: `packages/platform`, `subgraphs/labour`, `gateway`. */
  dir: string;
  manifest: Manifest;
  /** A service has `src/main.ts`: it gets an image and runs as `node dist/main.js`. */
  isService: boolean;
  /** A front end (`vite.config.ts`: the console) is built by Vite into its own `dist/`, not by `npm run build`. */
  isFrontEnd: boolean;
}

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

export function readWorkspaces(root = repositoryRoot): Workspace[] {
  return (readManifest(join(root, 'package.json')).workspaces ?? []).map((dir) => ({
    dir,
    manifest: readManifest(join(root, dir, 'package.json')),
    isService: existsSync(join(root, dir, 'src/main.ts')),
    isFrontEnd: existsSync(join(root, dir, 'vite.config.ts')),
  }));
}

/** The workspace itself and every workspace it depends on in production, dependencies first. */
export function productionWorkspaceClosure(dir: string, workspaces = readWorkspaces()): Workspace[] {
  const byName = new Map(workspaces.map((workspace) => [workspace.manifest.name, workspace]));
  const ordered: Workspace[] = [];
  const visit = (workspace: Workspace) => {
    if (ordered.includes(workspace)) return;
    for (const name of Object.keys(workspace.manifest.dependencies ?? {})) {
      const dependency = byName.get(name);
      if (dependency) visit(dependency);
    }
    ordered.push(workspace);
  };
  const start = workspaces.find((workspace) => workspace.dir === dir);
  if (!start) throw new Error(`"${dir}" is not a workspace of the root package.json`);
  visit(start);
  return ordered;
}

/** Every file under `dir` (absolute paths, sorted), or none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .sort();
}
