import { testDatabaseUrl } from '@shubh/platform/testing';
import pg from 'pg';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 8: a service frozen mid-transaction (SIGSTOP) holds its locks; nobody else waits on them for
 * ever. Every subgraph connection has a bounded lock wait (`DATABASE_LOCK_TIMEOUT_MS`), past which the client gets a
 * retryable SERVICE_UNAVAILABLE naming what was busy, and normal service once the lock is released. Here another
 * session plays the frozen one: it holds a row lock, or a lock on the audit trail itself. Only on PostgreSQL: the
 * embedded one is a single session, which an open transaction holds whole.
 */
const LOCK_TIMEOUT_MS = 400;
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('bounded lock waits', () => {
  let hub: SecurityHub;
  let frozen: pg.Client;
  beforeAll(async () => {
    hub = await startSecurityHub({ databaseTimeouts: { lockTimeoutMs: LOCK_TIMEOUT_MS, statementTimeoutMs: 30_000 } });
    frozen = new pg.Client({ connectionString: testDatabaseUrl() });
    await frozen.connect();
  });
  afterAll(async () => {
    await frozen?.end();
    await hub?.stop();
  });

  /** Runs `work` while the other session holds what `lock` takes in an open transaction. */
  async function whileLocked<T>(lock: string, parameters: unknown[], work: () => Promise<T>): Promise<T> {
    await frozen.query('BEGIN');
    try {
      await frozen.query(lock, parameters);
      return await work();
    } finally {
      await frozen.query('ROLLBACK');
    }
  }

  async function timed<T>(work: () => Promise<T>): Promise<{ answer: T; ms: number }> {
    const started = Date.now();
    const answer = await work();
    return { answer, ms: Date.now() - started };
  }

  it('a row another transaction holds: SERVICE_UNAVAILABLE from the subgraph after the bound, nothing written, then served', async () => {
    const service = await createService(hub.hub.dataSources.catalogue!, { publicationStatus: 'DRAFT' });
    const update = `mutation($id: ID!, $v: Int!) { updateService(id: $id, input: { capacity: 30 }, expectedVersion: $v) { version capacity } }`;
    const { answer, ms } = await whileLocked('SELECT 1 FROM catalogue.service WHERE id = $1 FOR UPDATE', [service.id], () =>
      timed(() => hub.request(update, { id: service.id, v: service.version })),
    );
    expect(ms).toBeLessThan(LOCK_TIMEOUT_MS + 5000);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toEqual([
      {
        message: 'The catalogue database is busy (a wait exceeded its limit); retry shortly',
        path: ['updateService'],
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'catalogue', retryable: true },
      },
    ]);
    const [{ version }] = await hub.hub.dataSources.catalogue!.query('SELECT version FROM catalogue.service WHERE id = $1', [service.id]);
    expect(version).toBe(service.version);
    const retried = await hub.request(update, { id: service.id, v: service.version });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.updateService).toEqual({ version: service.version + 1, capacity: 30 });
  });

  it('the audit trail locked by another service: a read of personal data is withheld with a retryable SERVICE_UNAVAILABLE naming the audit trail', async () => {
    const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!);
    const read = `query($id: ID!) { beneficiary(id: $id) { id familyName } }`;
    // SHARE mode lets others read the trail and blocks every INSERT into it.
    const { answer, ms } = await whileLocked('LOCK TABLE audit.entry IN SHARE MODE', [], () =>
      timed(() => hub.request(read, { id: person.id })),
    );
    expect(ms).toBeLessThan(LOCK_TIMEOUT_MS + 5000);
    expect(JSON.stringify(answer.body)).not.toContain(person.familyName);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]!.message).toMatch(/audit trail could not record this read/);
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'audit', retryable: true });
    const retried = await hub.request(read, { id: person.id });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.beneficiary).toEqual({ id: person.id, familyName: person.familyName });
  });
});
