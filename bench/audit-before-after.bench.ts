/**
 * `npm run bench:audit-before-after`: the caseload page's throughput with this tree's audit trail against the
 * hub as it was before the audit redesign (commit 9f39fd5: every request that touches personal data took the
 * hub-wide chain lock, `pg_advisory_xact_lock`), in one run. Both hubs run side by side, every service in a process
 * of its own from its compiled files, each on a fresh database of the same PostgreSQL with its own demo data;
 * rounds of load (from a process of their own) are interleaved. The earlier commit is checked out as a git
 * worktree under node_modules/.cache/bench/ and installed with `npm ci` on the first run (BENCH_BEFORE_ROOT names
 * another checkout instead). Prints throughput, p50, p99 and CPU per request, and the ratio (target: 3x).
 * A program, not a test: it never fails on a time. BENCH_ROUNDS (5), BENCH_SECONDS (5), BENCH_CONNECTIONS (20).
 */
import { createTestDatabase } from '@shubh/platform/testing';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { startHubProcesses, SUBGRAPH_ORDER, type HubProcesses } from './support/hub-processes.js';
import { interleavedRounds, printFigures, printRatio } from './support/rounds.js';

const BEFORE_COMMIT = '9f39fd5';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASELOAD = JSON.stringify({
  query: `{ beneficiaries(first: 50) { edges { node { givenName caseStatus integraCorner { name hostOrganisation { name } }
    labourProfile { employmentStatus } housingSituation { status } } } } }`,
});

function run(command: string, args: string[], cwd: string): void {
  const ran = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (ran.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/** The tree before the redesign: a worktree of that commit, installed once. */
function beforeRoot(): string {
  if (process.env.BENCH_BEFORE_ROOT) return process.env.BENCH_BEFORE_ROOT;
  const root = fileURLToPath(new URL(`../node_modules/.cache/bench/before-${BEFORE_COMMIT}`, import.meta.url));
  if (!existsSync(root)) run('git', ['worktree', 'add', '--detach', root, BEFORE_COMMIT], ROOT);
  if (!existsSync(`${root}/node_modules`)) run('npm', ['ci', '--no-audit', '--no-fund'], root);
  return root;
}

const identity = await startDevIdentityProvider({ port: 0 });
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = [await createTestDatabase(server), await createTestDatabase(server)];
const hubs: HubProcesses[] = [];
try {
  const before = beforeRoot();
  hubs.push(
    await startHubProcesses({ root: ROOT, databaseUrl: databases[0]!.url, issuer: identity.issuer, basePort: 4600, demoData: true }),
  );
  hubs.push(
    await startHubProcesses({ root: before, databaseUrl: databases[1]!.url, issuer: identity.issuer, basePort: 4700, demoData: true }),
  );
  const [after, old] = hubs as [HubProcesses, HubProcesses];
  const token = await identity.tokenFor('tutor.aurora', { expiresInSeconds: 3600 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  for (const hub of hubs) {
    const body = (await (await fetch(hub.gateway!.url, { method: 'POST', headers, body: CASELOAD })).json()) as {
      data?: { beneficiaries: { edges: unknown[] } };
      errors?: unknown;
    };
    if (body.errors || !body.data) throw new Error(`${hub.gateway!.url} answered ${JSON.stringify(body).slice(0, 400)}`);
    console.log(`${hub === after ? 'this tree' : BEFORE_COMMIT}: the caseload page holds ${body.data.beneficiaries.edges.length} people`);
  }
  const pids = (hub: HubProcesses) => [hub.gateway!.child.pid!, ...SUBGRAPH_ORDER.map((name) => hub.subgraphs[name].child.pid!)];
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the start; ` + `${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections.`,
  );
  const figures = await interleavedRounds(
    {
      'after (this tree)': { url: after.gateway!.url, headers, pids: pids(after) },
      [`before (${BEFORE_COMMIT})`]: { url: old.gateway!.url, headers, pids: pids(old) },
    },
    { body: CASELOAD, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS },
  );
  printFigures(figures);
  printRatio('after / before', figures['after (this tree)']!, figures[`before (${BEFORE_COMMIT})`]!);
  console.log('  target: at least 3x the throughput before the redesign');
  console.log(
    `Load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
} finally {
  for (const hub of hubs) await hub.stop();
  await identity.stop();
  for (const database of databases) await database.drop();
}
