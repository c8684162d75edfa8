/**
 * `npm run bench:gateway`: what the hub's gateway costs, against calling a subgraph directly and against Hive
 * Gateway on the same supergraph and the same subgraph processes. Every service runs in a process of its own from
 * its compiled files (as the images run them) on a fresh database of DATABASE_URL's server (the machine's
 * PostgreSQL by default) with the demo data; each round of load comes from a process of its own (autocannon);
 * rounds are interleaved so that machine noise hits every target alike. Prints throughput, p50, p99 and the CPU
 * milliseconds per request of the target's processes (the figure that moves least on a shared machine), and
 * the ratios the performance issue sets targets for:
 *   (a) `{ programmes }` (catalogue only): the gateway against the catalogue directly;
 *   (c) the README's cross-subgraph caseload page (50 people, four subgraphs): the hub's gateway against Hive Gateway.
 * A program, not a test: it never fails on a time. BENCH_ROUNDS (5), BENCH_SECONDS (5), BENCH_CONNECTIONS (20).
 */
import { createTestDatabase } from '@shubh/platform/testing';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { startHubProcesses, startProcess, stopProcesses, SUBGRAPH_ORDER } from './support/hub-processes.js';
import { interleavedRounds, printFigures, printRatio, type Target } from './support/rounds.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4600);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAMMES = JSON.stringify({ query: '{ programmes { id name } }' });
const CASELOAD = JSON.stringify({
  query: `{ beneficiaries(first: 50) { edges { node { givenName caseStatus integraCorner { name hostOrganisation { name } }
    labourProfile { employmentStatus } housingSituation { status } } } } }`,
});

/** Hive Gateway's runner, compiled to plain JavaScript beside node_modules: no TypeScript loader in its process. */
function compiledHiveGateway(): string {
  const source = readFileSync(new URL('./hive/hive-gateway.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const dir = new URL('../node_modules/.cache/bench/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = fileURLToPath(new URL('hive-gateway.mjs', dir));
  writeFileSync(file, outputText);
  return file;
}

const database = await createTestDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const identity = await startDevIdentityProvider({ port: 0 });
const hub = await startHubProcesses({
  root: ROOT,
  databaseUrl: database.url,
  issuer: identity.issuer,
  basePort: BASE_PORT,
  demoData: true,
});
const hivePort = BASE_PORT + 10;
const hive = startProcess(
  'hive-gateway',
  ROOT,
  [
    compiledHiveGateway(),
    JSON.stringify({
      port: hivePort,
      supergraphPath: fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url)),
      subgraphUrls: Object.fromEntries(SUBGRAPH_ORDER.map((name) => [name, hub.subgraphs[name].url])),
      secrets: hub.secrets,
    }),
  ],
  { NODE_ENV: 'production' },
  `http://127.0.0.1:${hivePort}/graphql`,
);
try {
  const token = await identity.tokenFor('tutor.aurora', { expiresInSeconds: 3600 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const pid = (name: 'gateway' | 'hive' | (typeof SUBGRAPH_ORDER)[number]) =>
    (name === 'gateway' ? hub.gateway! : name === 'hive' ? hive : hub.subgraphs[name]).child.pid!;
  const everySubgraph = SUBGRAPH_ORDER.map(pid);
  // Every target answers the same data before it is loaded.
  for (let attempt = 0; ; attempt += 1) {
    const answer = await fetch(hive.url, { method: 'POST', headers, body: PROGRAMMES }).catch(() => undefined);
    if (answer?.ok) break;
    if (attempt > 120) throw new Error('Hive Gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const answers = new Set<string>();
  for (const url of [hub.gateway!.url, hive.url]) {
    const body = (await (await fetch(url, { method: 'POST', headers, body: CASELOAD })).json()) as { data?: unknown; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`${url} answered ${JSON.stringify(body).slice(0, 400)}`);
    answers.add(JSON.stringify(body.data));
  }
  if (answers.size !== 1) throw new Error('the two gateways answered the caseload page differently');

  const catalogueDirect: Target = {
    url: hub.subgraphs.catalogue.url,
    headers: { ...headers, 'x-shubh-gateway-secret': hub.secrets.catalogue },
    pids: [pid('catalogue')],
  };
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the start; ` +
      `${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections, each service and the load in processes of their own.`,
  );
  console.log('\n(a) { programmes }: one subgraph');
  const a = await interleavedRounds(
    {
      'catalogue directly': catalogueDirect,
      'hub gateway': { url: hub.gateway!.url, headers, pids: [pid('gateway'), pid('catalogue')] },
      'Hive Gateway': { url: hive.url, headers, pids: [pid('hive'), pid('catalogue')] },
    },
    { body: PROGRAMMES, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS },
  );
  printFigures(a);
  printRatio('hub gateway / direct', a['hub gateway']!, a['catalogue directly']!);
  console.log('  targets: p50 within 1.3x of direct, throughput at least 0.6x');

  console.log('\n(c) the caseload page: 50 people, four subgraphs');
  const c = await interleavedRounds(
    {
      'hub gateway': { url: hub.gateway!.url, headers, pids: [pid('gateway'), ...everySubgraph] },
      'Hive Gateway': { url: hive.url, headers, pids: [pid('hive'), ...everySubgraph] },
    },
    { body: CASELOAD, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS },
  );
  printFigures(c);
  printRatio('hub gateway / Hive Gateway', c['hub gateway']!, c['Hive Gateway']!);
  console.log('  targets: throughput at least 1.2x Hive Gateway, p99/p50 at most 3');
  console.log(
    `\nLoad average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await stopProcesses([hive]);
  await hub.stop();
  await identity.stop();
  await database.drop();
}
