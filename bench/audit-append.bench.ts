/**
 * `npm run bench:audit`: appends per second to the audit trail from several concurrent connections, the design
 * before the sealer (every append takes the hub-wide chain lock, reads the chain head and inserts the hashed
 * entry) against the one now (one INSERT; the sealer chains entries in the background), side by side in one run.
 * On a throwaway database of DATABASE_URL's server (dropped afterwards), or on the embedded PostgreSQL, which is
 * one session and so serialises both designs alike. Rounds alternate so that machine noise hits both alike.
 * A program, not a test: it prints figures and never fails on a time.
 */
import {
  AuditSealer,
  AuditTrail,
  createDataSource,
  createLogger,
  generateAuditSigningKey,
  hashAuditEntry,
  migrateAuditSchema,
} from '@shubh/platform';
import { createTestDatabase } from '@shubh/platform/testing';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 3000);
/** Entries per append: a request that read three people writes three entries in one append. */
const ENTRIES_PER_APPEND = 3;

const logger = createLogger('bench', 'silent');
const database = await createTestDatabase(process.env.DATABASE_URL);

/** The previous release's table, in a schema of its own, for the previous algorithm to run against. */
const PREVIOUS_TABLE = `
  CREATE SCHEMA previous_audit;
  CREATE TABLE previous_audit.entry (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL, request_id text NOT NULL, actor_id text NOT NULL, actor_username text,
    actor_roles text[] NOT NULL, actor_organisation_id uuid, subgraph text NOT NULL, operation text NOT NULL,
    beneficiary_id uuid, fields text[] NOT NULL DEFAULT '{}', reason text, details jsonb NOT NULL DEFAULT '{}',
    previous_hash text NOT NULL UNIQUE, hash text NOT NULL UNIQUE);
  CREATE INDEX ON previous_audit.entry (beneficiary_id, id);
  CREATE INDEX ON previous_audit.entry (actor_id, id);`;

const PREVIOUS_INSERT = `
  INSERT INTO previous_audit.entry (occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id,
    subgraph, operation, beneficiary_id, fields, reason, details, previous_hash, hash)
  SELECT e.occurred_at, e.request_id, e.actor_id, e.actor_username, e.actor_roles, e.actor_organisation_id,
    e.subgraph, e.operation, e.beneficiary_id, e.fields, e.reason, e.details, e.previous_hash, e.hash
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (occurred_at timestamptz, request_id text, actor_id text,
    actor_username text, actor_roles text[], actor_organisation_id uuid, subgraph text, operation text,
    beneficiary_id uuid, fields text[], reason text, details jsonb, previous_hash text, hash text))
    WITH ORDINALITY AS e(occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id,
      subgraph, operation, beneficiary_id, fields, reason, details, previous_hash, hash, position)
  ORDER BY e.position`;

/** The previous design, as it was: lock, head, hashed insert, in the append's own transaction. */
async function previousAppend(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(6001689001040232532)');
    const head: { hash: string }[] = await manager.query('SELECT hash FROM previous_audit.entry ORDER BY id DESC LIMIT 1');
    let previousHash = head[0]?.hash ?? '0'.repeat(64);
    const rows = Array.from({ length: ENTRIES_PER_APPEND }, () => {
      const content = {
        occurred_at: new Date().toISOString(),
        request_id: crypto.randomUUID(),
        actor_id: 'bench-user',
        actor_username: 'bench',
        actor_roles: ['tutor'],
        actor_organisation_id: null,
        subgraph: 'beneficiaries',
        operation: 'READ',
        beneficiary_id: crypto.randomUUID(),
        fields: ['givenName', 'familyName'],
        reason: null,
        details: {},
      };
      const hash = hashAuditEntry(previousHash, content);
      const row = { ...content, previous_hash: previousHash, hash };
      previousHash = hash;
      return row;
    });
    await manager.query(PREVIOUS_INSERT, [JSON.stringify(rows)]);
  });
}

function currentAppend(trail: AuditTrail): Promise<void> {
  return trail.append(
    Array.from({ length: ENTRIES_PER_APPEND }, () => ({
      requestId: crypto.randomUUID(),
      actor: { id: 'bench-user', username: 'bench', roles: ['tutor'] },
      operation: 'READ',
      beneficiaryId: crypto.randomUUID(),
      fields: ['givenName', 'familyName'],
    })),
  );
}

/** Appends per second with CONNECTIONS appending at once for ROUND_MS. */
async function measure(append: () => Promise<void>): Promise<number> {
  let appends = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() - started < ROUND_MS) {
        await append();
        appends += 1;
      }
    }),
  );
  return appends / ((performance.now() - started) / 1000);
}

await migrateAuditSchema(database.url, logger);
const dataSource = await createDataSource({
  schema: 'audit',
  url: database.url,
  poolSize: CONNECTIONS,
  entities: [],
  migrations: [],
  logger,
}).initialize();
const sealer = new AuditSealer(database.url, logger, generateAuditSigningKey().key).start();
try {
  await dataSource.query(PREVIOUS_TABLE);
  const trail = new AuditTrail(dataSource, 'beneficiaries');
  const previous = () => previousAppend(dataSource);
  const current = () => currentAppend(trail);
  for (const append of [previous, current]) await measure(append); // warm-up

  const rates: { previous: number[]; current: number[] } = { previous: [], current: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of round % 2 === 0 ? (['previous', 'current'] as const) : (['current', 'previous'] as const)) {
      rates[name].push(await measure(name === 'previous' ? previous : current));
    }
  }

  // The sealer kept up: how long after the last append every entry is in the chain.
  const sealStarted = performance.now();
  let unsealed = Infinity;
  while (unsealed > 0 && performance.now() - sealStarted < 60_000) {
    const [row]: { count: string }[] = await dataSource.query(
      'SELECT count(*) AS count FROM audit.entry e WHERE NOT EXISTS (SELECT 1 FROM audit.seal s WHERE s.entry_id = e.id)',
    );
    unsealed = Number(row!.count);
    if (unsealed > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sealLag = performance.now() - sealStarted;
  const verification = await trail.verify();

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const [before, after] = [median(rates.previous), median(rates.current)];
  console.log(
    `audit appends, ${CONNECTIONS} connections appending ${ENTRIES_PER_APPEND} entries each time, ${ROUNDS} rounds of ${ROUND_MS} ms, interleaved ` +
      `(${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL, one session: both designs serialised'})`,
  );
  console.log(
    `  before (chain lock, head, hashed insert): median ${before.toFixed(0)} appends/s  (rounds: ${rates.previous.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  now (one INSERT, sealed in background):   median ${after.toFixed(0)} appends/s  (rounds: ${rates.current.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(`  ratio now/before: ${(after / before).toFixed(2)}`);
  console.log(
    `  sealer: every one of ${verification.entries} entries sealed ${sealLag.toFixed(0)} ms after the last append; chain ${verification.valid ? 'valid' : 'INVALID'}`,
  );
} finally {
  await sealer.stop();
  await dataSource.destroy();
  await database.drop();
}
