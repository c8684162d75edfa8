import { labourSubgraph } from '@shubh/labour';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@shubh/platform';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@shubh/platform/embedded-postgres';
import { createTestDatabase } from '@shubh/platform/testing';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { startSecurityHub, subgraphUrl, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, findings 7 and 12: with a subgraph down, stalled or without its database, clients get partial data
 * or SERVICE_UNAVAILABLE naming what is missing (never INTERNAL_SERVER_ERROR), the gateway never waits for
 * ever, and the hub serves normally as soon as the dependency is back.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const CASELOAD = `query($corner: ID!) { beneficiaries(filter: { integraCornerId: $corner }) {
  edges { node { givenName labourProfile { employmentStatus } } } } }`;
const VACANCIES = '{ jobVacancies(first: 1) { edges { cursor } } }';

/** A corner with two people who have a labour profile. */
async function seedCorner() {
  const host = await createOrganisation(hub.hub.dataSources.catalogue!, { type: 'PATRONATO' });
  const corner = await createIntegraCorner(hub.hub.dataSources.catalogue!, { hostOrganisationId: host.id, province: 'BA' });
  for (let i = 0; i < 2; i += 1) {
    const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: corner.id, province: 'BA' });
    await createLabourProfile(hub.hub.dataSources.labour!, { beneficiaryId: person.id });
  }
  return corner.id;
}

function expectPartialCaseload(body: any, reason: RegExp) {
  expect(body.data.beneficiaries.edges).toHaveLength(2);
  for (const { node } of body.data.beneficiaries.edges) {
    expect(node.givenName).toEqual(expect.any(String));
    expect(node.labourProfile).toBeNull();
  }
  expect(body.errors).toEqual(
    [0, 1].map((index) => ({
      message: expect.stringMatching(reason),
      path: ['beneficiaries', 'edges', index, 'node'],
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'labour', retryable: true },
    })),
  );
}

describe('a subgraph down or stalled', () => {
  it('unreachable: partial data and SERVICE_UNAVAILABLE with the path; 503 when nothing is left', async () => {
    const corner = await seedCorner();
    const gateway = await hub.gateway({ subgraphUrls: { ...urls(), labour: `http://127.0.0.1:${await closedPort()}/graphql` } });
    const partial = await hub.request(CASELOAD, { corner }, { on: gateway });
    expect(partial.status).toBe(200);
    expectPartialCaseload(partial.body, /^The labour service is unavailable: it could not be reached/);
    expect(JSON.stringify(partial.body)).not.toContain('127.0.0.1');

    const lost = await hub.request(VACANCIES, {}, { on: gateway });
    expect(lost.status).toBe(503);
    expect(lost.body.data).toBeNull();
    expect(lost.body.errors).toEqual([
      {
        message: expect.any(String),
        path: ['jobVacancies'],
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'labour', retryable: true },
      },
    ]);
  });

  it('stalled (as under SIGSTOP): SERVICE_UNAVAILABLE after the timeout, and normal service once it resumes', async () => {
    const corner = await seedCorner();
    const proxy = await FaultProxy.start(subgraphUrl(hub.hub, 'labour'));
    try {
      const gateway = await hub.gateway({
        subgraphUrls: { ...urls(), labour: proxy.url(subgraphUrl(hub.hub, 'labour')) },
        subgraphTimeoutMs: 2000,
      });
      expect((await hub.request(CASELOAD, { corner }, { on: gateway })).body.errors).toBeUndefined();
      proxy.freeze();
      const stalled = await hub.request(CASELOAD, { corner }, { on: gateway });
      expectPartialCaseload(stalled.body, /^The labour service is unavailable: it did not answer within 2000 ms/);
      proxy.thaw();
      const resumed = await hub.request(CASELOAD, { corner }, { on: gateway });
      expect(resumed.body.errors).toBeUndefined();
      expect(resumed.body.data.beneficiaries.edges.map(({ node }: any) => node.labourProfile)).toEqual([
        expect.any(Object),
        expect.any(Object),
      ]);
    } finally {
      await proxy.stop();
    }
  });

  it('/readyz: 200 "degraded" while one subgraph answers, 503 "not ready" when none does', async () => {
    const port = await closedPort();
    const nowhere = Object.fromEntries(Object.keys(urls()).map((name) => [name, `http://127.0.0.1:${port}/graphql`]));
    const dark = await hub.gateway({ subgraphUrls: nowhere });
    const none = await fetch(`${dark.url}/readyz`);
    expect(none.status).toBe(503);
    expect(await none.json()).toEqual({
      status: 'not ready',
      service: 'gateway',
      checks: { beneficiaries: 'unreachable', catalogue: 'unreachable', labour: 'unreachable', housing: 'unreachable' },
    });
  });
});

describe("a subgraph's database outage", () => {
  let secret: string;
  beforeAll(() => {
    secret = crypto.randomUUID() + crypto.randomUUID();
  });

  /** The labour subgraph on a database of its own, behind a gateway of its own. */
  async function dedicatedLabour(
    databaseUrl: string,
  ): Promise<{ labour: RunningSubgraph; ask: () => Promise<{ status: number; body: any }> }> {
    await migrateSubgraph(labourSubgraph, databaseUrl);
    const labour = await startSubgraph(labourSubgraph, {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      databaseUrl,
      databasePoolSize: 3,
      identity: hub.identity.config,
      gatewaySecret: secret,
    });
    const gateway = await hub.gateway({
      subgraphUrls: { ...urls(), labour: labour.service.graphqlUrl },
      subgraphSecrets: { ...hub.hub.gatewaySecrets, labour: secret },
    });
    return { labour, ask: () => hub.request(VACANCIES, {}, { on: gateway }) };
  }

  function expectDatabaseUnavailable({ status, body }: { status: number; body: any }) {
    expect(status).toBe(503);
    expect(body.errors).toEqual([
      {
        message: 'The labour database is unavailable; retry shortly',
        path: ['jobVacancies'],
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'labour', retryable: true },
      },
    ]);
  }

  describe('PostgreSQL gone and back on the same port', () => {
    // The set-up (a fresh embedded PostgreSQL, labour's migrations on it) is what takes long on a loaded machine,
    // not the outage: it runs before the test, with time of its own, so the test's time is the outage's.
    let database: EmbeddedPostgres | undefined;
    let dedicated: Awaited<ReturnType<typeof dedicatedLabour>> | undefined;
    beforeAll(async () => {
      database = await startEmbeddedPostgres({ port: 0 });
      dedicated = await dedicatedLabour(database.url);
    }, 240_000);
    afterAll(async () => {
      await dedicated?.labour.stop();
      await database?.stop();
    });

    it('retryable SERVICE_UNAVAILABLE, then at once normal service', async () => {
      const { ask } = dedicated!;
      // Three requests at once leave three connections in the pool, all cut by the outage.
      for (const answer of await Promise.all([ask(), ask(), ask()])) expect(answer.body.errors).toBeUndefined();
      await database!.disconnect();
      expectDatabaseUnavailable(await ask());
      expectDatabaseUnavailable(await ask());
      await database!.reconnect();
      for (const answer of await Promise.all([ask(), ask(), ask(), ask()])) {
        expect(answer.body.errors).toBeUndefined();
        expect(answer.status).toBe(200);
      }
    });
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    'every pooled connection terminated (pg_terminate_backend): the next requests are served, none fails on a stale connection',
    async () => {
      const database = await createTestDatabase(process.env.DATABASE_URL);
      const { labour, ask } = await dedicatedLabour(database.url);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        // Fill the pool with idle connections, then cut every one of them.
        await Promise.all([ask(), ask(), ask()]);
        const name = new URL(database.url).pathname.slice(1);
        const terminated = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        expect(terminated.rowCount).toBeGreaterThan(0);
        const answers = await Promise.all([ask(), ask(), ask(), ask()]);
        for (const answer of answers) expect(answer.body.errors).toBeUndefined();
      } finally {
        await admin.end();
        await labour.stop();
        await database.drop();
      }
    },
  );
});

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function urls(): Record<string, string> {
  return Object.fromEntries(hub.hub.subgraphs.map((subgraph) => [subgraph.name, subgraph.service.graphqlUrl]));
}
