/**
 * `npm run bench`: what a caseload page through the gateway costs as the page grows.
 * Starts the whole hub in this process (on a fresh database of DATABASE_URL's server, dropped afterwards, or on the
 * embedded PostgreSQL; the development identity provider), seeds one corner with 100 people (labour profile and housing situation each), then times the
 * README's cross-subgraph caseload query for 10 and for 100 people, interleaved so that machine noise hits both
 * alike. Prints medians, the ratio, and SQL statements per request. A program, not a test: it never fails on a time.
 */
import { HUB_AUDIENCE, sqlStatements } from '@shubh/platform';
import { createTestDatabase } from '@shubh/platform/testing';
import { performance } from 'node:perf_hooks';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { Realm, loadRealm } from '../identity/realm.js';
import { startHub } from '../hub/hub.js';
import { createBeneficiary } from '../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../subgraphs/catalogue/test/integra-corner-factory.js';
import { createHousingSituation } from '../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../subgraphs/labour/test/labour-profile-factory.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const QUERY = `query($corner: ID!, $first: Int!) { beneficiaries(filter: { integraCornerId: $corner }, first: $first) {
  edges { node { givenName caseStatus integraCorner { name hostOrganisation { name } }
  labourProfile { employmentStatus } housingSituation { status } } } } }`;

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
});
try {
  const token = await identity.tokenFor('bench.admin');
  const corner = await createIntegraCorner(hub.dataSources.catalogue!);
  for (let i = 0; i < 100; i += 1) {
    const person = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
    await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id });
    await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: person.id });
  }
  const run = async (first: number) => {
    const statementsBefore = sqlStatements.count;
    const started = performance.now();
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { corner: corner.id, first } }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { beneficiaries: { edges: unknown[] } } };
    const elapsed = performance.now() - started;
    if (body.errors || body.data?.beneficiaries.edges.length !== first)
      throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
    return { elapsed, statements: sqlStatements.count - statementsBefore };
  };
  for (let i = 0; i < 3; i += 1) await Promise.all([run(10), run(100)]); // warm-up
  const times: Record<number, number[]> = { 10: [], 100: [] };
  const statements: Record<number, number> = { 10: 0, 100: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const first of round % 2 === 0 ? [10, 100] : [100, 10]) {
      const { elapsed, statements: count } = await run(first);
      times[first]!.push(elapsed);
      statements[first] = count;
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const [small, large] = [median(times[10]!), median(times[100]!)];
  console.log(
    `caseload query through the gateway (${ROUNDS} rounds, interleaved, ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'})`,
  );
  console.log(`  10 people:  median ${small.toFixed(1)} ms, ${statements[10]} SQL statements`);
  console.log(`  100 people: median ${large.toFixed(1)} ms, ${statements[100]} SQL statements`);
  console.log(`  time ratio 100/10: ${(large / small).toFixed(2)} (people ratio 10.00)`);
} finally {
  await hub.stop();
  await identity.stop();
  await database.drop();
}
