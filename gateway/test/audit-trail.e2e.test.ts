/**
 * The audit trail as the hub runs it: four subgraphs and the gateway over real HTTP, their sealer in the
 * background. A subgraph stalled in the middle of a transaction holds nobody else's personal data; request ids
 * are the hub's; a beneficiary sees nothing of the hub-wide sequence; checkpoints can be downloaded and checked.
 */
import {
  activeAuditSigningKey,
  AuditSealer,
  AuditTrail,
  createDataSource,
  createLogger,
  GATEWAY_SECRET_HEADER,
  isId,
  type AuditCheckpoint,
  type AuditEntryInput,
} from '@shubh/platform';
import { graphqlRequest, testDatabaseUrl } from '@shubh/platform/testing';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';
import type { TestIdentity } from '../../test/support/test-identity.js';

/**
 * Only a PostgreSQL server gives each connection its own session. The embedded PGlite is one session, held by a
 * connection for the whole of its transaction: there a stalled transaction stalls the whole database, whatever
 * the audit design, so the fault test needs DATABASE_URL.
 */
const withIndependentSessions = process.env.DATABASE_URL ? describe : describe.skip;

const logger = createLogger('audit-e2e', 'silent');
let hub: RunningHub;
let identity: TestIdentity;
let adminToken: string;

beforeAll(async () => {
  ({ hub, identity } = await startTestHub());
  adminToken = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(() => stopTestHub(hub, identity));

const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${adminToken}` });

/** A person of their own corner, with a labour profile and a housing situation. */
async function person() {
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'TO' });
  const beneficiary = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: beneficiary.id });
  await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: beneficiary.id });
  return { corner, beneficiary };
}

/** Fails instead of hanging: a request that waits on another service's transaction is the bug under test. */
async function within<T>(milliseconds: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} was still waiting after ${milliseconds} ms`)), milliseconds);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function eventually<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within 20 s (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A person's entries in id order, with their position in the sealed chain (null until sealed). */
async function entriesOf(beneficiaryId: string): Promise<{ id: string; subgraph: string; operation: string; position: number | null }[]> {
  const rows: { id: string; subgraph: string; operation: string; position: string | null }[] = await hub.dataSources.beneficiaries!.query(
    `SELECT e.id, e.subgraph, e.operation, s.position FROM audit.entry e LEFT JOIN audit.seal s ON s.entry_id = e.id
     WHERE e.beneficiary_id = $1 ORDER BY e.id`,
    [beneficiaryId],
  );
  return rows.map((row) => ({ ...row, position: row.position === null ? null : Number(row.position) }));
}

const READ_EVERYWHERE = `query($id: ID!) { beneficiary(id: $id) {
  givenName integraCorner { name } labourProfile { employmentStatus } housingSituation { status } } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { purpose } }`;

withIndependentSessions('with one subgraph stopped mid-transaction while it holds its audit entries', () => {
  it('the other subgraphs keep serving reads and writes of personal data, and the sealer seals around it, then it', async () => {
    const { beneficiary } = await person();
    // Labour's process, stopped between its audit append and its commit (as SIGSTOP leaves it): its own
    // connection, a transaction open, entries inserted through the audit trail's own code.
    const stalledLabour: DataSource = await createDataSource({
      schema: 'labour',
      url: testDatabaseUrl(),
      poolSize: 2,
      entities: [],
      migrations: [],
      logger,
    }).initialize();
    const stalled = stalledLabour.createQueryRunner();
    const aborted = stalledLabour.createQueryRunner();
    const change = (operation: string): AuditEntryInput => ({
      requestId: randomUUID(),
      actor: { id: 'stalled-tutor', roles: ['tutor'] },
      operation,
      beneficiaryId: beneficiary.id,
      fields: ['labourProfile'],
    });
    try {
      await stalled.startTransaction();
      await new AuditTrail(stalledLabour, 'labour').append([change('updateLabourProfile')], stalled.manager);
      await aborted.startTransaction();
      await new AuditTrail(stalledLabour, 'labour').append([change('abandonedChange')], aborted.manager);

      // Everyone else: reads across the four subgraphs, labour's included, and a write, each answered.
      const read = await within(10_000, 'a read through the gateway', asAdmin(READ_EVERYWHERE, { id: beneficiary.id }));
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data.beneficiary).toMatchObject({ integraCorner: { name: expect.any(String) }, labourProfile: expect.any(Object) });
      const write = await within(
        10_000,
        'a consent recorded through the gateway',
        asAdmin(GRANT, { input: { beneficiaryId: beneficiary.id, purpose: 'LABOUR_MATCHING' } }),
      );
      expect(write.body.errors).toBeUndefined();

      // The sealer keeps sealing the others' committed entries meanwhile.
      const whileStalled = await eventually(
        'the others entries sealed while labour is stalled',
        () => entriesOf(beneficiary.id),
        (rows) => rows.length >= 4 && rows.every((row) => row.position !== null),
      );
      expect(whileStalled.map((row) => `${row.subgraph} ${row.operation}`)).toEqual(
        expect.arrayContaining(['beneficiaries READ', 'labour READ', 'housing READ', 'beneficiaries grantConsent']),
      );
      expect(whileStalled.map((row) => row.operation)).not.toContain('updateLabourProfile');

      // Labour resumes and commits; the other transaction aborts.
      await stalled.commitTransaction();
      await aborted.rollbackTransaction();
      const resumed = await eventually(
        'the late entry sealed once it committed',
        () => entriesOf(beneficiary.id),
        (rows) => rows.some((row) => row.operation === 'updateLabourProfile' && row.position !== null),
      );
      const late = resumed.find((row) => row.operation === 'updateLabourProfile')!;
      // Its id is older than the others', its seal newer: the chain follows commits.
      expect(whileStalled.every((row) => Number(row.id) > Number(late.id) && row.position! < late.position!)).toBe(true);
      expect(resumed.map((row) => row.operation)).not.toContain('abandonedChange');

      // The sealer carries on, and the chain is whole.
      await asAdmin(READ_EVERYWHERE, { id: beneficiary.id });
      await eventually(
        'entries after the abort sealed',
        () => entriesOf(beneficiary.id),
        (rows) => rows.length > resumed.length && rows.every((row) => row.position !== null),
      );
      const integrity = await asAdmin(`{ auditTrailIntegrity { valid failure firstBrokenEntryId } }`);
      expect(integrity.body.data.auditTrailIntegrity).toEqual({ valid: true, failure: null, firstBrokenEntryId: null });
    } finally {
      if (stalled.isTransactionActive) await stalled.rollbackTransaction();
      if (aborted.isTransactionActive) await aborted.rollbackTransaction();
      await stalled.release();
      await aborted.release();
      await stalledLabour.destroy();
    }
  });
});

describe('request ids in the audit trail', () => {
  it("records the id the hub made, never the caller's x-request-id, and keeps the caller's beside it", async () => {
    const { beneficiary } = await person();
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, 'x-request-id': 'partner-trace-42' },
      body: JSON.stringify({ query: `query($id: ID!) { beneficiary(id: $id) { givenName } }`, variables: { id: beneficiary.id } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    // The gateway answers with its own id.
    expect(isId(response.headers.get('x-request-id') ?? '')).toBe(true);

    // The entries that carry the caller's id in either column: other files' administrators, on the shared test
    // database, may read this person in a list of theirs at the same time (a clean-clone run saw three such reads).
    const entries: { request_id: string; client_request_id: string | null }[] = await hub.dataSources.beneficiaries!.query(
      `SELECT request_id, client_request_id FROM audit.entry
       WHERE beneficiary_id = $1 AND operation = 'READ' AND 'partner-trace-42' IN (request_id, client_request_id)`,
      [beneficiary.id],
    );
    expect(entries).toHaveLength(1);
    expect(isId(entries[0]!.request_id)).toBe(true);
    expect(entries[0]!.client_request_id).toBe('partner-trace-42');

    // Without an id of the caller's, the entry keeps the one the gateway answered with.
    const withoutId = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: `query($id: ID!) { beneficiary(id: $id) { familyName } }`, variables: { id: beneficiary.id } }),
    });
    await withoutId.json();
    const [second]: { request_id: string; client_request_id: string }[] = await hub.dataSources.beneficiaries!.query(
      `SELECT request_id, client_request_id FROM audit.entry WHERE beneficiary_id = $1 AND fields = '{familyName}'`,
      [beneficiary.id],
    );
    expect(second!.client_request_id).toBe(withoutId.headers.get('x-request-id'));
    expect(second!.request_id).not.toBe(second!.client_request_id);
  });

  it('keeps a well-formed id of the caller at a subgraph too, and drops a malformed one', async () => {
    const { beneficiary } = await person();
    const subgraph = hub.subgraphs.find((s) => s.name === 'beneficiaries')!;
    const call = (requestId: string) =>
      graphqlRequest(
        subgraph.service.graphqlUrl,
        `query($id: ID!) { beneficiary(id: $id) { birthDate } }`,
        { id: beneficiary.id },
        {
          [GATEWAY_SECRET_HEADER]: hub.gatewaySecrets.beneficiaries,
          authorization: `Bearer ${adminToken}`,
          'x-request-id': requestId,
        },
      );
    await call('trace-1');
    await call('not a valid id; DROP TABLE audit.entry');
    const entries: { request_id: string; client_request_id: string | null }[] = await subgraph.dataSource.query(
      // This test's two reads, of the birth date alone (another file's list may read the person meanwhile).
      `SELECT request_id, client_request_id FROM audit.entry WHERE beneficiary_id = $1 AND fields = '{birthDate}' ORDER BY id`,
      [beneficiary.id],
    );
    expect(entries.map((entry) => entry.client_request_id)).toEqual(['trace-1', null]);
    expect(entries.every((entry) => isId(entry.request_id))).toBe(true);
  });
});

describe('what a beneficiary sees of the trail', () => {
  it('shows entry ids and cursors that tell nothing of the hub-wide sequence, and pages by them', async () => {
    const { beneficiary } = await person();
    for (let i = 0; i < 3; i += 1) await asAdmin(`query($id: ID!) { beneficiary(id: $id) { givenName } }`, { id: beneficiary.id });
    const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: beneficiary.id });
    const page = (after?: string) =>
      graphqlRequest(
        hub.gateway.graphqlUrl,
        `query($after: String) { myRecordAccesses(first: 2, after: $after) { edges { cursor node { id operation } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { authorization: `Bearer ${self}` },
      );
    const first = await page();
    expect(first.body.errors).toBeUndefined();
    const { edges, pageInfo } = first.body.data.myRecordAccesses;
    expect(edges).toHaveLength(2);
    const internalIds: { id: string }[] = await hub.dataSources.beneficiaries!.query(
      'SELECT id::text AS id FROM audit.entry WHERE beneficiary_id = $1',
      [beneficiary.id],
    );
    for (const edge of edges) {
      expect(isId(edge.node.id)).toBe(true);
      // The cursor carries the public id and nothing else.
      expect(JSON.parse(Buffer.from(edge.cursor, 'base64url').toString('utf8'))).toEqual([edge.node.id]);
      expect(internalIds.map((row) => row.id)).not.toContain(edge.node.id);
    }
    const next = await page(pageInfo.endCursor);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.myRecordAccesses.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(edges[1].node.id);
    expect(next.body.data.myRecordAccesses.edges.length).toBeGreaterThanOrEqual(1);
  });
});

describe('audit checkpoints through the graph', () => {
  it('lets an administrator download signed checkpoints and check one offline; nobody else', async () => {
    const { beneficiary } = await person();
    // Signed here with this hub's key (the sealer leading now may be another process's): the head moves first, so
    // there is something to sign even if a background sealer has just signed the head before.
    const sealer = new AuditSealer(testDatabaseUrl(), logger, activeAuditSigningKey()!);
    let signed: AuditCheckpoint | null = null;
    try {
      for (let attempt = 0; attempt < 3 && !signed; attempt += 1) {
        await asAdmin(READ_EVERYWHERE, { id: beneficiary.id });
        await sealer.sealOnce();
        signed = await sealer.checkpointNow();
      }
    } finally {
      await sealer.stop();
    }
    if (!signed) throw new Error('no checkpoint could be signed');

    const CHECKPOINTS = `query($after: String) { auditCheckpoints(first: 100, after: $after) {
      edges { node { position hash createdAt keyId publicKey signature signedMessage } } pageInfo { hasNextPage endCursor } } }`;
    const downloaded: Record<string, any>[] = [];
    for (let after: string | undefined; ;) {
      const { body } = await asAdmin(CHECKPOINTS, { after });
      expect(body.errors).toBeUndefined();
      downloaded.push(...body.data.auditCheckpoints.edges.map((edge: { node: unknown }) => edge.node));
      if (!body.data.auditCheckpoints.pageInfo.hasNextPage) break;
      after = body.data.auditCheckpoints.pageInfo.endCursor;
    }
    const mine = downloaded.find((checkpoint) => checkpoint.signature === signed.signature)!;
    expect(mine).toMatchObject({ position: signed.position, hash: signed.hash, keyId: signed.keyId });
    expect(mine.signedMessage).toBe(`shubh-audit-checkpoint/1 position=${mine.position} hash=${mine.hash} created=${mine.createdAt}`);
    expect(verify(null, Buffer.from(mine.signedMessage), createPublicKey(mine.publicKey), Buffer.from(mine.signature, 'base64'))).toBe(
      true,
    );

    const integrity = await asAdmin(`{ auditTrailIntegrity { valid entries sealedEntries unsealedEntries oldestUnsealedAgeSeconds
      checkpoints checkpointsSignedByOtherKeys latestCheckpoint { keyId } } }`);
    expect(integrity.body.errors).toBeUndefined();
    const report = integrity.body.data.auditTrailIntegrity;
    expect(report).toMatchObject({ valid: true, latestCheckpoint: { keyId: signed.keyId } });
    expect(report.checkpoints).toBeGreaterThanOrEqual(1);
    expect(report.entries).toBe(report.sealedEntries + report.unsealedEntries);

    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [randomUUID()] });
    const refused = await graphqlRequest(
      hub.gateway.graphqlUrl,
      `{ auditCheckpoints { edges { node { hash } } } }`,
      {},
      {
        authorization: `Bearer ${coordinator}`,
      },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
