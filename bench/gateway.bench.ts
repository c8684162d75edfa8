/**
 * `npm run bench:gateway`: what the gateway adds to a one-subgraph query (`programmes`, catalogue only), and what
 * its subgraph client costs. Starts the hub in this process (a fresh database of DATABASE_URL's server, dropped
 * afterwards, or the embedded PostgreSQL), a second gateway calling subgraphs with Node's fetch (the client before
 * the keep-alive pool), then loads three targets with autocannon in interleaved rounds: the catalogue subgraph
 * directly, the gateway (pool), the gateway (fetch). Prints p50 and throughput ratios measured in this one run.
 * A program, not a test: it never fails on a time. Hive Gateway is not compared here (see bench/README.md).
 */
import { startGateway } from '@shubh/gateway';
import { GATEWAY_SECRET_HEADER, HUB_AUDIENCE } from '@shubh/platform';
import { createTestDatabase } from '@shubh/platform/testing';
import autocannon from 'autocannon';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { Realm, loadRealm } from '../identity/realm.js';
import { startHub } from '../hub/hub.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BODY = JSON.stringify({ query: '{ programmes { id name } }' });

const database = await createTestDatabase(process.env.DATABASE_URL);
const realm = new Realm({
  ...loadRealm().representation,
  users: [{ id: crypto.randomUUID(), username: 'bench.admin', enabled: true, realmRoles: ['network-admin'], attributes: {} }],
});
const identity = await startDevIdentityProvider({ realm, port: 0 });
const hub = await startHub({
  databaseUrl: database.url,
  host: '127.0.0.1',
  ports: 'ephemeral',
  logLevel: 'silent',
  identity: { issuer: identity.issuer, audience: HUB_AUDIENCE },
  gateway: { rateLimit: { requests: 0, windowSeconds: 60, keyPrefix: 'bench' } },
});
const fetchGateway = await startGateway(hub.gatewayConfig({ subgraphClient: 'fetch' }));
try {
  const token = await identity.tokenFor('bench.admin', { expiresInSeconds: 3600 });
  const catalogue = hub.subgraphs.find((subgraph) => subgraph.name === 'catalogue')!;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const targets = {
    direct: { url: catalogue.service.graphqlUrl, headers: { ...headers, [GATEWAY_SECRET_HEADER]: hub.gatewaySecrets.catalogue } },
    'gateway (undici pool)': { url: hub.gateway.graphqlUrl, headers },
    'gateway (fetch)': { url: fetchGateway.graphqlUrl, headers },
  };
  for (const { url, headers: sent } of Object.values(targets)) {
    const answer = await fetch(url, { method: 'POST', headers: sent, body: BODY });
    const body = (await answer.json()) as { errors?: unknown };
    if (!answer.ok || body.errors) throw new Error(`${url} answered ${answer.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  const results: Record<string, { p50: number[]; rps: number[] }> = {};
  const load = (url: string, sent: Record<string, string>, duration: number) =>
    autocannon({ url, method: 'POST', headers: sent, body: BODY, connections: CONNECTIONS, duration });
  for (const { url, headers: sent } of Object.values(targets)) await load(url, sent, 1); // warm-up
  const names = Object.keys(targets) as (keyof typeof targets)[];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const result = await load(targets[name].url, targets[name].headers, SECONDS);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      results[name] ??= { p50: [], rps: [] };
      results[name].p50.push(result.latency.p50);
      results[name].rps.push(result.requests.average);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const figure = (name: string) => ({ p50: median(results[name]!.p50), rps: median(results[name]!.rps) });
  console.log(
    `programmes (one subgraph), ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections, ` +
      `${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'}; load generator in the same process`,
  );
  for (const name of names) {
    const { p50, rps } = figure(name);
    console.log(`  ${name.padEnd(22)} p50 ${p50.toFixed(1)} ms, ${rps.toFixed(0)} requests/s`);
  }
  const [direct, pool, old] = names.map(figure) as [ReturnType<typeof figure>, ReturnType<typeof figure>, ReturnType<typeof figure>];
  console.log(`  gateway (pool) / direct:  p50 ${(pool.p50 / direct.p50).toFixed(2)}x, throughput ${(pool.rps / direct.rps).toFixed(2)}x`);
  console.log(`  gateway (fetch) / direct: p50 ${(old.p50 / direct.p50).toFixed(2)}x, throughput ${(old.rps / direct.rps).toFixed(2)}x`);
  console.log(`  pool / fetch: throughput ${(pool.rps / old.rps).toFixed(2)}x, p50 ${(pool.p50 / old.p50).toFixed(2)}x`);
} finally {
  await fetchGateway.stop();
  await hub.stop();
  await identity.stop();
  await database.drop();
}
