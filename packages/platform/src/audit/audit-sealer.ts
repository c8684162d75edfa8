import pg from 'pg';
import type { Logger } from '../logger.js';
import { entryColumns, GENESIS_HASH, sealHash, type EntryRow } from './audit-chain.js';
import { resolveAuditSigningKey, signCheckpoint, type AuditCheckpoint, type AuditSigningKey } from './audit-signing-key.js';

export const DEFAULT_SEAL_INTERVAL_MS = 1000;
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 60_000;

export interface AuditSealerOptions {
  /** AUDIT_SIGNING_KEY: Ed25519 PKCS#8, PEM or base64 DER. Unset: a key for the life of the process (not in production). */
  signingKey?: string;
  /** How often the sealer looks for committed entries (AUDIT_SEAL_INTERVAL_MS). */
  sealIntervalMs?: number;
  /** How often the sealer signs the chain head, when it moved (AUDIT_CHECKPOINT_INTERVAL_MS). */
  checkpointIntervalMs?: number;
  /** The database role its session takes (the starting subgraph's, `database-roles.ts`); none keeps the user's. */
  sessionRole?: string | null;
  /** Told after each pass while this process's sealer leads: the entries it sealed; undefined when it lost the lead. */
  onPass?: (sealed: number | undefined) => void;
}

/**
 * Held by the hub's one sealer for the life of its session ('SHUBSEAL' in ASCII): outside the int4 range of the
 * `hashtext` keys that `migrate` takes. When the leader's process or connection dies, PostgreSQL releases it
 * and the next sealer to ask takes over.
 */
const LEADER_LOCK = '6001140246824436044';

/** Entries fetched (and sealed with one INSERT) at a time: a backlog of any size streams through flat memory. */
const SEAL_CHUNK = 1000;

const INSERT_SEALS = `
  INSERT INTO audit.seal (position, entry_id, previous_hash, hash)
  SELECT s.position, s.entry_id, s.previous_hash, s.hash
  FROM jsonb_to_recordset($1::jsonb) AS s(position bigint, entry_id bigint, previous_hash text, hash text)`;

/** Another sealer passed at the same time (after a leader change): the pass is simply run again. */
function isConcurrentPass(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '40001' || code === '23505';
}

/**
 * Seals committed audit entries into the SHA-256 chain, in the order it sees them commit, and signs the chain
 * head now and then (a checkpoint: stored, and written to the log for an operator to ship elsewhere).
 *
 * Commit order is not id order: an entry with a lower id may commit after a higher one, or never. Every entry
 * records the transaction that inserted it (`txid`); a pass reads, in one REPEATABLE READ snapshot, the
 * entries of the transactions that were not finished at the previous pass (those at or above its snapshot's
 * xmax, and those it saw in progress), seals the committed ones, and keeps this snapshot's xmax and in-progress
 * list for the next pass. An entry that commits late is sealed by the first pass after its commit; an aborted
 * one is never visible; nothing is skipped and nothing is sealed twice. No request ever waits for a pass.
 */
export class AuditSealer {
  #client: pg.Client | null = null;
  #leading = false;
  #running = false;
  #failing = false;
  #timer: NodeJS.Timeout | null = null;
  #busy: Promise<unknown> = Promise.resolve();
  #nextCheckpointAt = 0;
  readonly #sealIntervalMs: number;
  readonly #checkpointIntervalMs: number;
  private readonly sessionRole: string | null;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    private readonly key: AuditSigningKey,
    options: Pick<AuditSealerOptions, 'sealIntervalMs' | 'checkpointIntervalMs' | 'sessionRole'> = {},
  ) {
    this.sessionRole = options.sessionRole ?? null;
    this.#sealIntervalMs = options.sealIntervalMs ?? DEFAULT_SEAL_INTERVAL_MS;
    this.#checkpointIntervalMs = options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  }

  /** Who hears of each pass (the metrics of every service sharing this sealer). */
  readonly passListeners = new Set<(sealed: number | undefined) => void>();

  /** True while this sealer holds the hub's sealer lock. */
  get leading(): boolean {
    return this.#leading;
  }

  /** Contends for the lead every interval; seals and checkpoints while it leads. */
  start(): this {
    this.#running = true;
    this.#schedule(0);
    return this;
  }

  /** Waits for the pass under way, gives up the lead and closes the connection. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#busy;
    await this.#disconnect();
  }

  /** One sealing pass now, leader or not (tests, tools): how many entries it sealed. */
  sealOnce(): Promise<number> {
    return this.#exclusive(async () => this.#sealRetryingConcurrentPasses(await this.#connection()));
  }

  /** Signs the chain head now, if it moved since the last checkpoint. */
  checkpointNow(): Promise<AuditCheckpoint | null> {
    return this.#exclusive(async () => this.#checkpoint(await this.#connection()));
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#busy.then(work, work);
    this.#busy = run.catch(() => undefined);
    return run;
  }

  #schedule(delay: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      void this.#exclusive(() => this.#tick()).finally(() => this.#schedule(this.#sealIntervalMs));
    }, delay);
    // A forgotten sealer never keeps a process alive on its own.
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    if (!this.#running) return;
    try {
      const client = await this.#connection();
      if (!this.#leading) {
        const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS acquired', [LEADER_LOCK]);
        if (!rows[0]?.acquired) return;
        this.#leading = true;
        this.#nextCheckpointAt = Date.now() + this.#checkpointIntervalMs;
        this.logger.info({ keyId: this.key.keyId }, 'audit sealer: leading');
      }
      const sealed = await this.#sealRetryingConcurrentPasses(client);
      for (const listener of this.passListeners) listener(sealed);
      if (Date.now() >= this.#nextCheckpointAt) {
        await this.#checkpoint(client);
        this.#nextCheckpointAt = Date.now() + this.#checkpointIntervalMs;
      }
      if (this.#failing) this.logger.info('audit sealer: sealing again');
      this.#failing = false;
    } catch (error) {
      // Once per outage in the log, not once a second.
      if (!this.#failing) this.logger.warn({ err: error }, 'audit sealer: pass failed, retrying every interval');
      this.#failing = true;
      for (const listener of this.passListeners) listener(undefined);
      // The lead goes with the session; whoever asks next (this sealer included) takes it over.
      await this.#disconnect();
    }
  }

  async #connection(): Promise<pg.Client> {
    if (this.#client) return this.#client;
    // Its own session, outside every subgraph's pool and statement count: the lock lives exactly as long as it.
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'shubh-audit-sealer',
      ...(this.sessionRole ? { options: `-c role=${this.sessionRole}` } : {}),
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'audit sealer: connection lost');
      if (this.#client === client) {
        this.#client = null;
        this.#leading = false;
      }
    });
    await client.connect();
    this.#client = client;
    return client;
  }

  async #disconnect(): Promise<void> {
    const client = this.#client;
    this.#client = null;
    if (!client) return;
    if (this.#leading) await client.query('SELECT pg_advisory_unlock($1::bigint)', [LEADER_LOCK]).catch(() => undefined);
    this.#leading = false;
    await client.end().catch(() => undefined);
  }

  async #sealRetryingConcurrentPasses(client: pg.Client): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#seal(client);
      } catch (error) {
        if (attempt >= 3 || !isConcurrentPass(error)) throw error;
      }
    }
  }

  async #seal(client: pg.Client): Promise<number> {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      // FOR UPDATE: a second sealer passing at the same time fails (and retries) instead of forking the chain.
      const { rows: states } = await client.query<{ horizon: string; pending: string[]; xmax: string; xip: string[] }>(
        `SELECT horizon::text AS horizon, pending::text[] AS pending,
           pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,
           ARRAY(SELECT pg_snapshot_xip(pg_current_snapshot()))::text[] AS xip
         FROM audit.seal_state FOR UPDATE`,
      );
      const state = states[0];
      if (!state) throw new Error('audit.seal_state is empty: the audit migrations did not run');
      const { rows: heads } = await client.query<{ position: string; hash: string }>(
        'SELECT position, hash FROM audit.seal ORDER BY position DESC LIMIT 1',
      );
      let position = Number(heads[0]?.position ?? 0);
      let previousHash = heads[0]?.hash ?? GENESIS_HASH;

      await client.query(
        `DECLARE unsealed NO SCROLL CURSOR FOR SELECT ${entryColumns()} FROM audit.entry
         WHERE txid >= $1::xid8 OR txid = ANY($2::xid8[]) ORDER BY id`,
        [state.horizon, state.pending],
      );
      let sealed = 0;
      for (;;) {
        const { rows } = await client.query<EntryRow>(`FETCH ${SEAL_CHUNK} FROM unsealed`);
        if (rows.length === 0) break;
        const seals = rows.map((row) => {
          position += 1;
          const hash = sealHash(previousHash, row);
          const seal = { position, entry_id: row.id, previous_hash: previousHash, hash };
          previousHash = hash;
          return seal;
        });
        await client.query(INSERT_SEALS, [JSON.stringify(seals)]);
        sealed += rows.length;
        if (rows.length < SEAL_CHUNK) break;
      }
      if (sealed === 0) {
        // Nothing new: the state stays as the last pass that sealed left it, which still covers every entry.
        await client.query('ROLLBACK');
        return 0;
      }
      await client.query('UPDATE audit.seal_state SET horizon = $1::xid8, pending = $2::xid8[], sealed_at = now()', [
        state.xmax,
        state.xip,
      ]);
      await client.query('COMMIT');
      return sealed;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async #checkpoint(client: pg.Client): Promise<AuditCheckpoint | null> {
    const { rows: heads } = await client.query<{ position: string; hash: string }>(
      'SELECT position, hash FROM audit.seal ORDER BY position DESC LIMIT 1',
    );
    const head = heads[0];
    if (!head) return null;
    const { rows: last } = await client.query<{ position: string }>(
      'SELECT position::text AS position FROM audit.checkpoint ORDER BY id DESC LIMIT 1',
    );
    if (last[0] && Number(last[0].position) >= Number(head.position)) return null;
    const checkpoint = signCheckpoint(this.key, { position: Number(head.position), hash: head.hash, createdAt: new Date() });
    await client.query(
      `INSERT INTO audit.checkpoint (position, hash, created_at, key_id, public_key, signature) VALUES ($1, $2, $3, $4, $5, $6)`,
      [checkpoint.position, checkpoint.hash, checkpoint.createdAt, checkpoint.keyId, checkpoint.publicKey, checkpoint.signature],
    );
    // One line for the operator to ship off this database: a copy an attacker with database access cannot rewrite.
    this.logger.info({ auditCheckpoint: { ...checkpoint, createdAt: checkpoint.createdAt.toISOString() } }, 'audit checkpoint');
    return checkpoint;
  }
}

const running = new Map<string, { sealer: AuditSealer; users: number }>();

/**
 * Starts this process's sealer for the database (one per process, however many subgraphs it runs; across
 * processes and replicas the lock leaves one leading). Resolves the signing key first: without
 * AUDIT_SIGNING_KEY under NODE_ENV=production it throws, and the service does not start.
 */
export function startAuditSealer(databaseUrl: string, logger: Logger, options: AuditSealerOptions = {}): { stop(): Promise<void> } {
  const key = resolveAuditSigningKey(options.signingKey, logger);
  let shared = running.get(databaseUrl);
  if (!shared) {
    shared = { sealer: new AuditSealer(databaseUrl, logger.child({ component: 'audit-sealer' }), key, options).start(), users: 0 };
    running.set(databaseUrl, shared);
  }
  const users = shared;
  users.users += 1;
  const { onPass } = options;
  if (onPass) users.sealer.passListeners.add(onPass);
  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      if (onPass) users.sealer.passListeners.delete(onPass);
      users.users -= 1;
      if (users.users > 0) return;
      if (running.get(databaseUrl) === users) running.delete(databaseUrl);
      await users.sealer.stop();
    },
  };
}
