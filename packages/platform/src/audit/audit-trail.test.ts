import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, sqlStatements } from '../database.js';
import { createLogger } from '../logger.js';
import { createTestDatabase, testDatabaseUrl } from '../testing/index.js';
import { AUDIT_SCHEMA, migrateAuditSchema } from './audit-schema.js';
import { AuditTrail, GENESIS_HASH, type AuditEntryInput } from './audit-trail.js';

const logger = createLogger('audit-test', 'silent');

async function openDataSource(url: string): Promise<DataSource> {
  const dataSource = createDataSource({ schema: AUDIT_SCHEMA, url, poolSize: 4, entities: [], migrations: [], logger });
  return dataSource.initialize();
}

/** An entry of a request of this test alone: tests share the trail, so each only looks at its own. */
function entry(requestId: string, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    requestId,
    actor: { id: 'user-1', username: 'operatrice', roles: ['CASE_WORKER'], organisationId: randomUUID() },
    operation: 'READ',
    beneficiaryId: randomUUID(),
    fields: ['givenName', 'familyName'],
    ...overrides,
  };
}

async function entriesOfRequest(dataSource: DataSource, requestId: string): Promise<Record<string, any>[]> {
  return dataSource.query('SELECT * FROM audit.entry WHERE request_id = $1 ORDER BY id', [requestId]);
}

describe('audit trail', () => {
  let dataSource: DataSource;
  let trail: AuditTrail;

  beforeAll(async () => {
    // Twice on purpose: every subgraph runs it at start-up, the second run must find nothing to do.
    await migrateAuditSchema(testDatabaseUrl(), logger);
    await migrateAuditSchema(testDatabaseUrl(), logger);
    dataSource = await openDataSource(testDatabaseUrl());
    trail = new AuditTrail(dataSource, 'beneficiaries');
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('records entries in chain order, each hash covering the one before, and the chain verifies', async () => {
    const requestId = randomUUID();
    const beneficiaryId = randomUUID();
    const occurredAt = new Date('2026-03-02T09:15:30.123Z');
    await trail.append([
      entry(requestId, {
        operation: 'grantConsent',
        // Upper-case ids and unordered keys: stored as PostgreSQL prints them, the hash must still match.
        beneficiaryId: beneficiaryId.toUpperCase(),
        reason: 'consent signed at the Integra Corner',
        details: { zeta: 1, alpha: { b: [2, 'x'], a: null }, when: new Date('2026-01-01T00:00:00Z') },
        occurredAt,
      }),
      entry(requestId, { actor: { id: 'anonymous', roles: [] }, beneficiaryId: null, fields: [] }),
    ]);

    const rows = await entriesOfRequest(dataSource, requestId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      subgraph: 'beneficiaries',
      operation: 'grantConsent',
      beneficiary_id: beneficiaryId,
      actor_id: 'user-1',
      actor_roles: ['CASE_WORKER'],
      fields: ['givenName', 'familyName'],
      reason: 'consent signed at the Integra Corner',
      details: { zeta: 1, alpha: { b: [2, 'x'], a: null }, when: '2026-01-01T00:00:00.000Z' },
    });
    expect(rows[0]!.occurred_at).toEqual(occurredAt);
    expect(rows[1]).toMatchObject({ actor_id: 'anonymous', actor_username: null, actor_organisation_id: null, beneficiary_id: null });
    expect(rows[1]!.previous_hash).toBe(rows[0]!.hash);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.previous_hash).not.toBe(rows[0]!.hash);

    const verification = await trail.verify();
    expect(verification).toMatchObject({ valid: true, firstBrokenId: null });
    expect(verification.entries).toBeGreaterThanOrEqual(2);
  });

  it("pages a beneficiary's entries newest first, with one extra row telling that more exist", async () => {
    const beneficiaryId = randomUUID();
    const requestIds = Array.from({ length: 5 }, () => randomUUID());
    for (const requestId of requestIds) await trail.append([entry(requestId, { beneficiaryId })]);
    await trail.append([entry(randomUUID())]); // someone else's entry, never listed

    const firstPage = await trail.forBeneficiary(beneficiaryId, { first: 2 });
    expect(firstPage.map((e) => e.requestId)).toEqual([requestIds[4], requestIds[3], requestIds[2]]);
    expect(firstPage[0]).toMatchObject({ beneficiaryId, actorId: 'user-1', actorRoles: ['CASE_WORKER'], operation: 'READ' });
    expect(firstPage[0]!.occurredAt).toBeInstanceOf(Date);

    const lastPage = await trail.forBeneficiary(beneficiaryId, { first: 2, after: firstPage[1]!.id });
    expect(lastPage.map((e) => e.requestId)).toEqual([requestIds[2], requestIds[1], requestIds[0]]);
    const beyond = await trail.forBeneficiary(beneficiaryId, { first: 2, after: lastPage[2]!.id });
    expect(beyond).toEqual([]);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const requestId = randomUUID();
    await trail.append([entry(requestId)]);

    await expect(dataSource.query(`UPDATE audit.entry SET reason = 'edited' WHERE request_id = $1`, [requestId])).rejects.toThrow(
      'audit entries are append-only',
    );
    await expect(dataSource.query('DELETE FROM audit.entry WHERE request_id = $1', [requestId])).rejects.toThrow(
      'audit entries are append-only',
    );
    await expect(dataSource.query('TRUNCATE audit.entry')).rejects.toThrow('audit entries are append-only');
    expect(await entriesOfRequest(dataSource, requestId)).toHaveLength(1);
  });

  it('keeps one chain when two services append at the same time', async () => {
    const other = await openDataSource(testDatabaseUrl());
    try {
      const requestId = randomUUID();
      const trails = [trail, new AuditTrail(other, 'labour')];
      await Promise.all(trails.flatMap((t) => Array.from({ length: 20 }, (_, i) => t.append([entry(requestId, { details: { i } })]))));

      const rows = await entriesOfRequest(dataSource, requestId);
      expect(rows).toHaveLength(40);
      expect(rows.filter((row) => row.subgraph === 'labour')).toHaveLength(20);
      expect(await trail.verify()).toMatchObject({ valid: true, firstBrokenId: null });
    } finally {
      await other.destroy();
    }
  });

  it('leaves no entry when the audited change fails', async () => {
    const requestId = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await trail.append([entry(requestId, { operation: 'grantConsent' })], manager);
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await entriesOfRequest(dataSource, requestId)).toHaveLength(0);

    await dataSource.transaction((manager) => trail.append([entry(requestId, { operation: 'grantConsent' })], manager));
    expect(await entriesOfRequest(dataSource, requestId)).toHaveLength(1);
  });

  it('refuses a manager outside a transaction, where the chain lock would not hold', async () => {
    await expect(trail.append([entry(randomUUID())], dataSource.manager)).rejects.toThrow('open transaction');
  });

  it('costs the same number of statements for 1 entry as for 50, and none for no entry', async () => {
    const statementsOf = async (run: () => Promise<void>): Promise<number> => {
      const before = sqlStatements.count;
      await run();
      return sqlStatements.count - before;
    };
    const many = (n: number) => Array.from({ length: n }, () => entry(randomUUID()));

    expect(await statementsOf(() => trail.append([]))).toBe(0);
    const one = await statementsOf(() => trail.append(many(1)));
    const fifty = await statementsOf(() => trail.append(many(50)));
    // START TRANSACTION, lock, read the head, one INSERT, COMMIT.
    expect([one, fifty]).toEqual([5, 5]);

    const inTransaction = (n: number) => statementsOf(() => dataSource.transaction((manager) => trail.append(many(n), manager)));
    // The caller's transaction costs its own START/COMMIT; the append adds lock, head and INSERT.
    expect([await inTransaction(1), await inTransaction(50)]).toEqual([5, 5]);
  });

  it('starts the chain from the genesis hash', async () => {
    const [first]: { previous_hash: string }[] = await dataSource.query('SELECT previous_hash FROM audit.entry ORDER BY id LIMIT 1');
    expect(first!.previous_hash).toBe(GENESIS_HASH);
  });
});

describe('audit trail tampering', () => {
  // Its own database: an altered entry would make verify() fail for every other test of the run.
  it('names the first entry altered behind the triggers', async () => {
    const database = await createTestDatabase(process.env.DATABASE_URL);
    let dataSource: DataSource | undefined;
    try {
      await migrateAuditSchema(database.url, logger);
      dataSource = await openDataSource(database.url);
      const trail = new AuditTrail(dataSource, 'beneficiaries');
      const requestId = randomUUID();
      await trail.append([entry(requestId), entry(requestId, { reason: 'caseworker follow-up' }), entry(requestId)]);
      expect(await trail.verify()).toEqual({ valid: true, entries: 3, firstBrokenId: null });

      const [, altered] = await entriesOfRequest(dataSource, requestId);
      // The owner of the table can switch the triggers off; the hashes still give it away.
      await dataSource.query('ALTER TABLE audit.entry DISABLE TRIGGER USER');
      await dataSource.query(`UPDATE audit.entry SET reason = 'routine check' WHERE id = $1`, [altered!.id]);
      await dataSource.query('ALTER TABLE audit.entry ENABLE TRIGGER USER');

      expect(await trail.verify()).toEqual({ valid: false, entries: 3, firstBrokenId: altered!.id });
    } finally {
      await dataSource?.destroy();
      await database.drop();
    }
  });
});
