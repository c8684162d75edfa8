/**
 * The hub as production runs it, for benchmarks: every subgraph and the gateway in a process of its own, from the
 * compiled files (`node <workspace>/dist/main.js`, what the images run), configured through the environment as in
 * docker-compose. The source tree can be another checkout (an earlier commit, to compare before and after).
 * Each process's CPU time is read from /proc, so a benchmark can print CPU milliseconds per request beside the
 * throughput: on a shared, noisy machine the CPU cost of a request moves far less than its latency.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUBGRAPH_ORDER = ['beneficiaries', 'catalogue', 'labour', 'housing'] as const;
export type SubgraphName = (typeof SUBGRAPH_ORDER)[number];

export interface HubProcessesOptions {
  /** The checkout to run (its `npm run build` is run first when its gateway is not compiled). */
  root: string;
  databaseUrl: string;
  issuer: string;
  /** The gateway on this port, the subgraphs on the next four (beneficiaries, catalogue, labour, housing). */
  basePort: number;
  /** Load the demo data set (`npm run demo-data` of that checkout) before the services start. */
  demoData?: boolean;
  /** Start the checkout's gateway too (default true). */
  gateway?: boolean;
  /** More variables for every process. */
  env?: Record<string, string>;
  /** Node's own options for the services (for example `--cpu-prof --cpu-prof-dir=/tmp/profiles`). */
  nodeArgs?: string[];
}

export interface RunningProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

export interface HubProcesses {
  gateway?: RunningProcess;
  subgraphs: Record<SubgraphName, RunningProcess>;
  /** The secret the gateway presents to each subgraph (what another gateway must present too). */
  secrets: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

/** Compiles a checkout's workspaces unless its gateway already has `dist/main.js`. */
export function ensureBuilt(root: string): void {
  if (existsSync(join(root, 'gateway', 'dist', 'main.js'))) return;
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm run build failed in ${root}`);
}

/** Runs a node program of a checkout to its end (from its sources), failing with its output if it fails. */
export function runSource(root: string, script: string, env: Record<string, string>): void {
  const ran = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (ran.status !== 0) throw new Error(`${script} in ${root} failed:\n${ran.stdout}\n${ran.stderr}`);
}

export function startProcess(name: string, root: string, args: string[], env: Record<string, string>, url: string): RunningProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && signal === null) console.error(`${name} exited with ${code}:\n${stderr}`);
  });
  return { name, url, child };
}

export async function waitReady(processes: RunningProcess[], timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const running of processes) {
    const ready = new URL('/readyz', running.url).toString();
    for (;;) {
      if (running.child.exitCode !== null) throw new Error(`${running.name} exited (${running.child.exitCode}) before it was ready`);
      const answer = await fetch(ready).catch(() => undefined);
      if (answer?.ok) break;
      if (Date.now() > deadline) throw new Error(`${running.name} was not ready within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function stopProcesses(processes: RunningProcess[]): Promise<void> {
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

export async function startHubProcesses(options: HubProcessesOptions): Promise<HubProcesses> {
  ensureBuilt(options.root);
  const common = {
    DATABASE_URL: options.databaseUrl,
    OIDC_ISSUER_URL: options.issuer,
    LOG_LEVEL: 'warn',
    METRICS_ENABLED: 'false',
    ...options.env,
  };
  if (options.demoData) runSource(options.root, 'demo/load-demo-data.ts', common);
  const secrets = Object.fromEntries(SUBGRAPH_ORDER.map((name) => [name, randomBytes(32).toString('hex')])) as Record<SubgraphName, string>;
  const subgraphs = {} as Record<SubgraphName, RunningProcess>;
  const all: RunningProcess[] = [];
  try {
    SUBGRAPH_ORDER.forEach((name, index) => {
      const port = options.basePort + 1 + index;
      subgraphs[name] = startProcess(
        name,
        options.root,
        [...(options.nodeArgs ?? []), join('subgraphs', name, 'dist', 'main.js')],
        { ...common, PORT: String(port), GATEWAY_SECRET: secrets[name] },
        `http://127.0.0.1:${port}/graphql`,
      );
      all.push(subgraphs[name]);
    });
    await waitReady(all);
    let gateway: RunningProcess | undefined;
    if (options.gateway ?? true) {
      const env: Record<string, string> = { ...common, PORT: String(options.basePort), RATE_LIMIT_REQUESTS: '0' };
      for (const name of SUBGRAPH_ORDER) {
        env[`${name.toUpperCase()}_URL`] = subgraphs[name].url;
        env[`${name.toUpperCase()}_GATEWAY_SECRET`] = secrets[name];
      }
      gateway = startProcess(
        'gateway',
        options.root,
        [...(options.nodeArgs ?? []), join('gateway', 'dist', 'main.js')],
        env,
        `http://127.0.0.1:${options.basePort}/graphql`,
      );
      all.push(gateway);
      await waitReady([gateway]);
    }
    return { gateway, subgraphs, secrets, stop: () => stopProcesses(all) };
  } catch (error) {
    await stopProcesses(all);
    throw error;
  }
}

/** User plus system CPU time of a process so far, in milliseconds (Linux /proc, 100 ticks a second). */
export function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ", utime and stime are fields 12 and 13 (0-based) of the rest.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
