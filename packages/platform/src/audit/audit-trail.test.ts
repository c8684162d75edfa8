import { createPublicKey, randomUUID, verify as verifySignature } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate, sqlStatements } from '../database.js';
import { prepareSchema } from '../database-roles.js';
import { createLogger } from '../logger.js';
import { createTestDatabase, testDatabaseUrl } from '../testing/index.js';
import { isId } from '../validation.js';
import { AUDIT_SCHEMA, migrateAuditSchema } from './audit-schema.js';
import { entryColumns, sealHash } from './audit-chain.js';
import { AuditSealer } from './audit-sealer.js';
import { generateAuditSigningKey, signCheckpoint } from './audit-signing-key.js';
import { AUDIT_APPEND_STATEMENTS, AuditTrail, GENESIS_HASH, hashAuditEntry, type AuditEntryInput } from './audit-trail.js';
import { CreateAuditTrail1764000000000 } from './migrations/1764000000000-create-audit-trail.js';

const logger = createLogger('audit-test', 'silent');
const { key } = generateAuditSigningKey();

/**
 * Only a PostgreSQL server gives each connection a session of its own. The embedded PGlite is one session that
 * a connection holds for the whole of its transaction, so a test that keeps a transaction open while another
 * connection works cannot run there (the other connection waits for it, whatever the audit design).
 */
const withIndependentSessions = process.env.DATABASE_URL ? describe : describe.skip;

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

/** The request's entries in id order, each with its seal (position, hashes) once it has one. */
async function entriesOfRequest(dataSource: DataSource, requestId: string): Promise<Record<string, any>[]> {
  return dataSource.query(
    `SELECT e.*, s.position::int AS position, s.previous_hash AS seal_previous_hash, s.hash AS seal_hash
     FROM audit.entry e LEFT JOIN audit.seal s ON s.entry_id = e.id WHERE e.request_id = $1 ORDER BY e.id`,
    [requestId],
  );
}

/** A pino logger whose lines land in `lines` (parsed). */
function capturingLogger(lines: Record<string, any>[]) {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level: 'info' }, stream);
}

describe('audit trail', () => {
  let dataSource: DataSource;
  let trail: AuditTrail;
  let sealer: AuditSealer;

  beforeAll(async () => {
    // Twice on purpose: every subgraph runs it at start-up, the second run must find nothing to do.
    await migrateAuditSchema(testDatabaseUrl(), logger);
    await migrateAuditSchema(testDatabaseUrl(), logger);
    dataSource = await openDataSource(testDatabaseUrl());
    trail = new AuditTrail(dataSource, 'beneficiaries', { trustedKey: key });
    sealer = new AuditSealer(testDatabaseUrl(), logger, key);
  });

  afterAll(async () => {
    await sealer?.stop();
    await dataSource?.destroy();
  });

  it('records entries with plain inserts; the sealer chains them, each hash covering the one before, and the chain verifies', async () => {
    const requestId = randomUUID();
    const beneficiaryId = randomUUID();
    const occurredAt = new Date('2026-03-02T09:15:30.123Z');
    await trail.append([
      entry(requestId, {
        operation: 'grantConsent',
        clientRequestId: 'partner-trace-42',
        // Upper-case ids and unordered keys: stored as PostgreSQL prints them, the hash must still match.
        beneficiaryId: beneficiaryId.toUpperCase(),
        reason: 'consent signed at the Integra Corner',
        details: { zeta: 1, alpha: { b: [2, 'x'], a: null }, when: new Date('2026-01-01T00:00:00Z') },
        occurredAt,
      }),
      entry(requestId, { actor: { id: 'anonymous', roles: [] }, beneficiaryId: null, fields: [] }),
    ]);

    const written = await entriesOfRequest(dataSource, requestId);
    expect(written).toHaveLength(2);
    expect(written[0]).toMatchObject({
      subgraph: 'beneficiaries',
      operation: 'grantConsent',
      request_id: requestId,
      client_request_id: 'partner-trace-42',
      beneficiary_id: beneficiaryId,
      actor_id: 'user-1',
      actor_roles: ['CASE_WORKER'],
      fields: ['givenName', 'familyName'],
      reason: 'consent signed at the Integra Corner',
      details: { zeta: 1, alpha: { b: [2, 'x'], a: null }, when: '2026-01-01T00:00:00.000Z' },
      // Not hashed at insert: nothing about the chain is read or locked on the request path.
      hash: null,
      previous_hash: null,
      position: null,
    });
    expect(written[0]!.occurred_at).toEqual(occurredAt);
    expect(written[1]).toMatchObject({ actor_id: 'anonymous', actor_username: null, actor_organisation_id: null, beneficiary_id: null });
    expect(written[1]!.client_request_id).toBeNull();

    await sealer.sealOnce();
    const sealed = await entriesOfRequest(dataSource, requestId);
    expect(sealed[1]!.position).toBe(sealed[0]!.position + 1);
    expect(sealed[1]!.seal_previous_hash).toBe(sealed[0]!.seal_hash);
    expect(sealed[0]!.seal_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sealed[0]!.seal_previous_hash).not.toBe(sealed[0]!.seal_hash);

    const verification = await trail.verify();
    expect(verification).toMatchObject({ valid: true, firstBrokenId: null, firstBrokenEntryId: null, failure: null });
    expect(verification.entries).toBeGreaterThanOrEqual(2);
    expect(verification.entries).toBe(verification.sealedEntries + verification.unsealedEntries);
  });

  it("pages a beneficiary's entries newest first by opaque ids, with one extra row telling that more exist", async () => {
    const beneficiaryId = randomUUID();
    const requestIds = Array.from({ length: 5 }, () => randomUUID());
    for (const requestId of requestIds) await trail.append([entry(requestId, { beneficiaryId })]);
    await trail.append([entry(randomUUID())]); // someone else's entry, never listed

    const firstPage = await trail.forBeneficiary(beneficiaryId, { first: 2 });
    expect(firstPage.map((e) => e.requestId)).toEqual([requestIds[4], requestIds[3], requestIds[2]]);
    expect(firstPage[0]).toMatchObject({ beneficiaryId, actorId: 'user-1', actorRoles: ['CASE_WORKER'], operation: 'READ' });
    expect(firstPage[0]!.occurredAt).toBeInstanceOf(Date);
    // The id a beneficiary sees is a random UUID, not the hub-wide sequence.
    const [internal]: { id: string }[] = await dataSource.query('SELECT id::text AS id FROM audit.entry WHERE public_id = $1', [
      firstPage[0]!.id,
    ]);
    expect(isId(firstPage[0]!.id)).toBe(true);
    expect(firstPage[0]!.id).not.toBe(internal!.id);

    const lastPage = await trail.forBeneficiary(beneficiaryId, { first: 2, after: firstPage[1]!.id });
    expect(lastPage.map((e) => e.requestId)).toEqual([requestIds[2], requestIds[1], requestIds[0]]);
    const beyond = await trail.forBeneficiary(beneficiaryId, { first: 2, after: lastPage[2]!.id });
    expect(beyond).toEqual([]);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE of entries, seals and checkpoints', async () => {
    const requestId = randomUUID();
    await trail.append([entry(requestId)]);
    await sealer.sealOnce();
    await sealer.checkpointNow();

    await expect(dataSource.query(`UPDATE audit.entry SET reason = 'edited' WHERE request_id = $1`, [requestId])).rejects.toThrow(
      'audit entries are append-only',
    );
    await expect(dataSource.query('DELETE FROM audit.entry WHERE request_id = $1', [requestId])).rejects.toThrow(
      'audit entries are append-only',
    );
    await expect(dataSource.query('TRUNCATE audit.entry')).rejects.toThrow('audit entries are append-only');
    for (const table of ['audit.seal', 'audit.checkpoint']) {
      await expect(dataSource.query(`UPDATE ${table} SET hash = $1`, [GENESIS_HASH])).rejects.toThrow('audit entries are append-only');
      await expect(dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow('audit entries are append-only');
      await expect(dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow('audit entries are append-only');
    }
    expect(await entriesOfRequest(dataSource, requestId)).toHaveLength(1);
  });

  it('keeps one chain when many requests of several services append at once and two sealers pass meanwhile', async () => {
    const others = await Promise.all([openDataSource(testDatabaseUrl()), openDataSource(testDatabaseUrl())]);
    const secondSealer = new AuditSealer(testDatabaseUrl(), logger, key);
    try {
      const requestId = randomUUID();
      const trails = [trail, new AuditTrail(others[0], 'labour'), new AuditTrail(others[1], 'housing')];
      const appends = trails.flatMap((t) =>
        Array.from({ length: 30 }, (_, i) =>
          i % 3 === 0
            ? // Some inside a change's transaction, as mutations write them.
              (t === trail ? dataSource : others[trails.indexOf(t) - 1]!).transaction((manager) =>
                t.append([entry(requestId, { details: { i } }), entry(requestId, { details: { i, second: true } })], manager),
              )
            : t.append([entry(requestId, { details: { i } })]),
        ),
      );
      await Promise.all([...appends, sealer.sealOnce(), secondSealer.sealOnce(), sealer.sealOnce()]);
      await sealer.sealOnce();

      const rows = await entriesOfRequest(dataSource, requestId);
      expect(rows).toHaveLength(120);
      expect(rows.filter((row) => row.subgraph === 'labour')).toHaveLength(40);
      // Every entry sealed, each once.
      expect(rows.every((row) => row.position !== null)).toBe(true);
      expect(new Set(rows.map((row) => row.position)).size).toBe(120);
      expect(await trail.verify()).toMatchObject({ valid: true, firstBrokenId: null });
    } finally {
      await secondSealer.stop();
      await Promise.all(others.map((other) => other.destroy()));
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

  it('refuses a manager outside a transaction, where the change and its entry would not commit together', async () => {
    await expect(trail.append([entry(randomUUID())], dataSource.manager)).rejects.toThrow('open transaction');
  });

  it('costs one statement for 1 entry as for 50, and none for no entry', async () => {
    const statementsOf = async (run: () => Promise<void>): Promise<number> => {
      const before = sqlStatements.count;
      await run();
      return sqlStatements.count - before;
    };
    const many = (n: number) => Array.from({ length: n }, () => entry(randomUUID()));

    expect(AUDIT_APPEND_STATEMENTS).toBe(1);
    expect(await statementsOf(() => trail.append([]))).toBe(0);
    const one = await statementsOf(() => trail.append(many(1)));
    const fifty = await statementsOf(() => trail.append(many(50)));
    // One INSERT, committed on its own.
    expect([one, fifty]).toEqual([AUDIT_APPEND_STATEMENTS, AUDIT_APPEND_STATEMENTS]);

    const inTransaction = (n: number) => statementsOf(() => dataSource.transaction((manager) => trail.append(many(n), manager)));
    // The caller's transaction costs its own START/COMMIT; the append adds its INSERT.
    expect([await inTransaction(1), await inTransaction(50)]).toEqual([2 + AUDIT_APPEND_STATEMENTS, 2 + AUDIT_APPEND_STATEMENTS]);
  });

  it('starts the chain from the genesis hash', async () => {
    await trail.append([entry(randomUUID())]);
    await sealer.sealOnce();
    const [first]: { previous_hash: string }[] = await dataSource.query('SELECT previous_hash FROM audit.seal ORDER BY position LIMIT 1');
    expect(first!.previous_hash).toBe(GENESIS_HASH);
  });

  withIndependentSessions('audit trail sealing in commit order', () => {
    it('seals an entry that commits after later ones once it commits, never an aborted one, and never waits for either', async () => {
      const late = dataSource.createQueryRunner();
      const aborted = dataSource.createQueryRunner();
      try {
        const lateRequest = randomUUID();
        const abortedRequest = randomUUID();
        // Two transactions take their ids first and stall, as a stopped process would.
        await late.startTransaction();
        await trail.append([entry(lateRequest, { operation: 'recordSkill' })], late.manager);
        await aborted.startTransaction();
        await trail.append([entry(abortedRequest, { operation: 'recordSkill' })], aborted.manager);

        // Meanwhile other requests append and are sealed: nothing waits for the stalled transactions.
        const otherRequest = randomUUID();
        await trail.append([entry(otherRequest)]);
        await dataSource.transaction((manager) => trail.append([entry(otherRequest, { operation: 'grantConsent' })], manager));
        await sealer.sealOnce();
        const others = await entriesOfRequest(dataSource, otherRequest);
        expect(others.map((row) => row.position !== null)).toEqual([true, true]);

        await late.commitTransaction();
        await aborted.rollbackTransaction();
        await sealer.sealOnce();

        const [lateEntry] = await entriesOfRequest(dataSource, lateRequest);
        // A lower id than the others', sealed after them: the chain follows commits, not ids.
        expect(Number(lateEntry!.id)).toBeLessThan(Number(others[0]!.id));
        expect(lateEntry!.position).toBeGreaterThan(others[1]!.position);
        expect(await entriesOfRequest(dataSource, abortedRequest)).toEqual([]);
        expect(await trail.verify()).toMatchObject({ valid: true, firstBrokenId: null });

        // The sealer carries on after both.
        const afterwards = randomUUID();
        await trail.append([entry(afterwards)]);
        await sealer.sealOnce();
        expect((await entriesOfRequest(dataSource, afterwards))[0]!.position).toBeGreaterThan(lateEntry!.position);
      } finally {
        if (late.isTransactionActive) await late.rollbackTransaction();
        if (aborted.isTransactionActive) await aborted.rollbackTransaction();
        await late.release();
        await aborted.release();
      }
    });

    it('runs one sealer at a time across processes, and another takes over when the leader goes', async () => {
      await withOwnTrail(async ({ dataSource, trail, url }) => {
        const first = new AuditSealer(url, logger, key, { sealIntervalMs: 50 }).start();
        const second = new AuditSealer(url, logger, key, { sealIntervalMs: 50 }).start();
        const eventually = async (condition: () => boolean | Promise<boolean>) => {
          for (let attempt = 0; attempt < 200 && !(await condition()); attempt += 1)
            await new Promise((resolve) => setTimeout(resolve, 25));
        };
        try {
          await eventually(() => first.leading || second.leading);
          // Several rounds of both contending: never both.
          for (let round = 0; round < 10; round += 1) {
            expect([first.leading, second.leading].filter(Boolean)).toHaveLength(1);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          const [leader, follower] = first.leading ? [first, second] : [second, first];
          await leader.stop();
          await eventually(() => follower.leading);
          expect(follower.leading).toBe(true);

          const requestId = randomUUID();
          await trail.append([entry(requestId)]);
          await eventually(async () => (await entriesOfRequest(dataSource, requestId))[0]!.position !== null);
          expect((await entriesOfRequest(dataSource, requestId))[0]!.position).toBe(1);
        } finally {
          await first.stop();
          await second.stop();
        }
      });
    });
  });
});

/**
 * A trail in a database of its own: an altered entry would make verify() fail for every other test of the run, and
 * no other sealer or checkpoint interferes with what the test counts.
 */
async function withOwnTrail(
  run: (context: { dataSource: DataSource; trail: AuditTrail; sealer: AuditSealer; url: string }) => Promise<void>,
) {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  let dataSource: DataSource | undefined;
  const sealer = new AuditSealer(database.url, logger, key);
  try {
    await migrateAuditSchema(database.url, logger);
    dataSource = await openDataSource(database.url);
    await run({ dataSource, trail: new AuditTrail(dataSource, 'beneficiaries', { trustedKey: key }), sealer, url: database.url });
  } finally {
    await sealer.stop();
    await dataSource?.destroy();
    await database.drop();
  }
}

describe('audit checkpoints', () => {
  it('signs checkpoints of the chain head, logs each as one line, and an outsider can check it with the public key alone', async () => {
    const lines: Record<string, any>[] = [];
    await withOwnTrail(async ({ dataSource, trail, url }) => {
      const logged = new AuditSealer(url, capturingLogger(lines), key);
      try {
        await trail.append([entry(randomUUID())]);
        await logged.sealOnce();
        const checkpoint = await logged.checkpointNow();
        expect(checkpoint).not.toBeNull();
        // Nothing moved since: no second checkpoint of the same head.
        expect(await logged.checkpointNow()).toBeNull();

        const [head]: { position: string; hash: string }[] = await dataSource.query(
          'SELECT position::text AS position, hash FROM audit.seal WHERE position = $1',
          [checkpoint!.position],
        );
        expect(checkpoint!.hash).toBe(head!.hash);
        const line = lines.find((l) => l.msg === 'audit checkpoint');
        expect(line?.auditCheckpoint).toEqual({ ...checkpoint, createdAt: checkpoint!.createdAt.toISOString() });

        // Offline: the line, the documented message format and the hub's public key; no hub code.
        const { position, hash, createdAt, signature } = line!.auditCheckpoint;
        const message = `shubh-audit-checkpoint/1 position=${position} hash=${hash} created=${createdAt}`;
        const publicKey = createPublicKey(key.publicKeyPem);
        expect(verifySignature(null, Buffer.from(message), publicKey, Buffer.from(signature, 'base64'))).toBe(true);
        expect(verifySignature(null, Buffer.from(message.replace(hash, GENESIS_HASH)), publicKey, Buffer.from(signature, 'base64'))).toBe(
          false,
        );

        const listed = await trail.checkpoints({ first: 100 });
        expect(listed.map((c) => c.signature)).toContain(checkpoint!.signature);
        expect(await trail.verify()).toMatchObject({
          valid: true,
          checkpoints: 1,
          checkpointsSignedByOtherKeys: 0,
          latestCheckpoint: checkpoint,
        });
      } finally {
        await logged.stop();
      }
    });
  });
});

describe('audit trail tampering', () => {
  /** Writes as the owner of the tables can: with every trigger (the append-only ones, the foreign keys) off. */
  async function behindTheTriggers(dataSource: DataSource, statements: [string, unknown[]?][]) {
    await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      for (const [sql, parameters] of statements) await manager.query(sql, parameters ?? []);
    });
  }

  const intact = { valid: true, firstBrokenId: null, firstBrokenEntryId: null, firstBrokenPosition: null, failure: null };

  it('names the first entry altered behind the triggers', async () => {
    await withOwnTrail(async ({ dataSource, trail, sealer }) => {
      const requestId = randomUUID();
      await trail.append([entry(requestId), entry(requestId, { reason: 'caseworker follow-up' }), entry(requestId)]);
      await sealer.sealOnce();
      expect(await trail.verify()).toEqual({
        ...intact,
        entries: 3,
        sealedEntries: 3,
        unsealedEntries: 0,
        oldestUnsealedAt: null,
        checkpoints: 0,
        checkpointsSignedByOtherKeys: 0,
        latestCheckpoint: null,
      });

      const [, altered] = await entriesOfRequest(dataSource, requestId);
      // The owner of the table can switch the triggers off; the hashes still give it away.
      await dataSource.query('ALTER TABLE audit.entry DISABLE TRIGGER USER');
      await dataSource.query(`UPDATE audit.entry SET reason = 'routine check' WHERE id = $1`, [altered!.id]);
      await dataSource.query('ALTER TABLE audit.entry ENABLE TRIGGER USER');

      expect(await trail.verify()).toEqual({
        valid: false,
        entries: 3,
        firstBrokenId: altered!.id,
        firstBrokenEntryId: altered!.public_id,
        firstBrokenPosition: altered!.position,
        failure: 'ENTRY_ALTERED',
        sealedEntries: 3,
        unsealedEntries: 0,
        oldestUnsealedAt: null,
        checkpoints: 0,
        checkpointsSignedByOtherKeys: 0,
        latestCheckpoint: null,
      });
    });
  });

  it('names an entry deleted behind the triggers and a seal deleted with it', async () => {
    await withOwnTrail(async ({ dataSource, trail, sealer }) => {
      const requestId = randomUUID();
      await trail.append([entry(requestId), entry(requestId), entry(requestId), entry(requestId)]);
      await sealer.sealOnce();
      const [, second, third] = await entriesOfRequest(dataSource, requestId);

      await behindTheTriggers(dataSource, [['DELETE FROM audit.entry WHERE id = $1', [second!.id]]]);
      expect(await trail.verify()).toMatchObject({
        valid: false,
        entries: 4,
        firstBrokenId: second!.id,
        firstBrokenEntryId: null,
        firstBrokenPosition: second!.position,
        failure: 'ENTRY_MISSING',
      });

      // Removing the seal too leaves a hole in the positions.
      await behindTheTriggers(dataSource, [
        ['DELETE FROM audit.seal WHERE entry_id = $1', [second!.id]],
        ['DELETE FROM audit.seal WHERE entry_id = $1', [third!.id]],
        ['DELETE FROM audit.entry WHERE id = $1', [third!.id]],
      ]);
      expect(await trail.verify()).toMatchObject({ valid: false, failure: 'CHAIN_BROKEN', firstBrokenPosition: third!.position + 1 });
    });
  });

  it('catches seals rewritten to fit an altered entry by the checkpoint signed before', async () => {
    await withOwnTrail(async ({ dataSource, trail, sealer }) => {
      const requestId = randomUUID();
      await trail.append([entry(requestId), entry(requestId, { reason: 'caseworker follow-up' }), entry(requestId)]);
      await sealer.sealOnce();
      const checkpoint = await sealer.checkpointNow();
      expect(await trail.verify()).toMatchObject({ ...intact, checkpoints: 1, latestCheckpoint: checkpoint });

      // Alter the second entry and rewrite every seal from it on, so the chain itself recomputes.
      const rows = await entriesOfRequest(dataSource, requestId);
      await dataSource.query('ALTER TABLE audit.entry DISABLE TRIGGER USER');
      await dataSource.query(`UPDATE audit.entry SET reason = 'routine check' WHERE id = $1`, [rows[1]!.id]);
      await dataSource.query('ALTER TABLE audit.entry ENABLE TRIGGER USER');
      const altered = await dataSource.query(`SELECT ${entryColumns()} FROM audit.entry WHERE request_id = $1 ORDER BY id`, [requestId]);
      let previous: string = rows[0]!.seal_hash;
      const rewrites: [string, unknown[]][] = [];
      for (const [index, row] of altered.slice(1).entries()) {
        const hash = sealHash(previous, row);
        rewrites.push([
          'UPDATE audit.seal SET previous_hash = $1, hash = $2 WHERE position = $3',
          [previous, hash, rows[index + 1]!.position],
        ]);
        previous = hash;
      }
      await behindTheTriggers(dataSource, rewrites);
      // The chain is whole again from the first seal on: only the signed head gives the rewrite away.
      expect(await trail.verify()).toMatchObject({
        valid: false,
        failure: 'CHECKPOINT_MISMATCH',
        firstBrokenPosition: checkpoint!.position,
      });
    });
  });

  it('reports a checkpoint under the hub key with a signature that does not hold as forged', async () => {
    await withOwnTrail(async ({ dataSource, trail, sealer }) => {
      await trail.append([entry(randomUUID())]);
      await sealer.sealOnce();
      const [head]: { position: string; hash: string }[] = await dataSource.query(
        'SELECT position::text AS position, hash FROM audit.seal',
      );
      const other = generateAuditSigningKey().key;
      const byOther = signCheckpoint(other, { position: Number(head!.position), hash: head!.hash, createdAt: new Date() });
      const insert = (c: typeof byOther, keyId: string, publicKey: string) =>
        dataSource.query(
          `INSERT INTO audit.checkpoint (position, hash, created_at, key_id, public_key, signature) VALUES ($1, $2, $3, $4, $5, $6)`,
          [c.position, c.hash, c.createdAt, keyId, publicKey, c.signature],
        );
      // Another key's checkpoint proves nothing either way: counted apart, the trail stays valid.
      await insert(byOther, other.keyId, other.publicKeyPem);
      expect(await trail.verify()).toMatchObject({ ...intact, checkpoints: 0, checkpointsSignedByOtherKeys: 1 });
      // The same signature presented as the hub's is forged.
      await insert(byOther, key.keyId, key.publicKeyPem);
      expect(await trail.verify()).toMatchObject({
        valid: false,
        failure: 'CHECKPOINT_SIGNATURE_INVALID',
        firstBrokenPosition: Number(head!.position),
      });
    });
  });

  it('keeps the entries written before the sealer verifiable: migrated with their own hashes, and their tampering shows', async () => {
    const database = await createTestDatabase(process.env.DATABASE_URL);
    let dataSource: DataSource | undefined;
    const sealer = new AuditSealer(database.url, logger, key);
    try {
      // The trail as the previous release left it: the first migration only, entries chained at insert.
      const previousRelease = createDataSource({
        schema: AUDIT_SCHEMA,
        url: database.url,
        poolSize: 2,
        entities: [],
        migrations: [CreateAuditTrail1764000000000],
        logger,
      });
      // The schema and its roles first, as every start makes them before migrating.
      await prepareSchema(database.url, AUDIT_SCHEMA, logger);
      await previousRelease.initialize();
      await migrate(previousRelease, AUDIT_SCHEMA);
      const requestId = randomUUID();
      let previousHash = GENESIS_HASH;
      for (const i of [1, 2, 3]) {
        const content = {
          occurred_at: new Date(Date.UTC(2025, 10, i)).toISOString(),
          request_id: requestId,
          actor_id: 'user-1',
          actor_username: 'operatrice',
          actor_roles: ['tutor'],
          actor_organisation_id: null,
          subgraph: 'beneficiaries',
          operation: 'READ',
          beneficiary_id: randomUUID(),
          fields: ['givenName'],
          reason: i === 2 ? 'caseworker follow-up' : null,
          details: { i },
        };
        const hash = hashAuditEntry(previousHash, content);
        await previousRelease.query(
          `INSERT INTO audit.entry (occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id, subgraph,
             operation, beneficiary_id, fields, reason, details, previous_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            ...Object.values(content).map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v)),
            previousHash,
            hash,
          ],
        );
        previousHash = hash;
      }
      await previousRelease.destroy();

      await migrateAuditSchema(database.url, logger);
      dataSource = await openDataSource(database.url);
      const trail = new AuditTrail(dataSource, 'beneficiaries', { trustedKey: key });
      const migrated = await entriesOfRequest(dataSource, requestId);
      // Sealed by the migration in id order, each seal carrying the hash the entry was written with.
      expect(migrated.map((row) => row.position)).toEqual([1, 2, 3]);
      expect(migrated.map((row) => row.seal_hash)).toEqual(migrated.map((row) => row.hash));
      expect(new Set(migrated.map((row) => row.public_id)).size).toBe(3);
      expect(await trail.verify()).toMatchObject({ ...intact, entries: 3, sealedEntries: 3, unsealedEntries: 0 });

      // New entries chain on from the last old hash.
      await trail.append([entry(randomUUID())]);
      await sealer.sealOnce();
      const [fourth]: { previous_hash: string }[] = await dataSource.query('SELECT previous_hash FROM audit.seal WHERE position = 4');
      expect(fourth!.previous_hash).toBe(previousHash);
      expect(await trail.verify()).toMatchObject({ ...intact, entries: 4, sealedEntries: 4 });

      await dataSource.query('ALTER TABLE audit.entry DISABLE TRIGGER USER');
      await dataSource.query(`UPDATE audit.entry SET reason = 'routine check' WHERE id = $1`, [migrated[1]!.id]);
      await dataSource.query('ALTER TABLE audit.entry ENABLE TRIGGER USER');
      expect(await trail.verify()).toMatchObject({ valid: false, failure: 'ENTRY_ALTERED', firstBrokenId: migrated[1]!.id });
    } finally {
      await sealer.stop();
      await dataSource?.destroy();
      await database.drop();
    }
  });
});
