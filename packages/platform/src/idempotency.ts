import { createHash } from 'node:crypto';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { Caller } from './auth/caller.js';
import { conflict } from './errors.js';
import { readText } from './input/text.js';
import { defineModule, type ServiceScope } from './module/module.js';

/**
 * Idempotency keys for the mutations that create a record. A client that retries a create (a double submit, a
 * timeout, a gateway retry) sends the same `idempotencyKey`: the first request creates the record, every repeat of
 * the same request by the same caller answers that record and writes nothing; the same key with other values is a
 * CONFLICT (`reason: IDEMPOTENCY_KEY_REUSED`). One table per subgraph schema, `<schema>.idempotency_key`, keyed by
 * caller, operation and key; the claim is the first statement of the create's transaction, so of two requests at
 * once the second waits on the first's row (bounded by the lock timeout) and then reads what it created.
 */
export const IDEMPOTENCY_KEY_RULE = { max: 200 };

/** Why a key is refused for other values; `extensions.reason` of the CONFLICT. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';

/** A create's claim: the mutation, the client's key (none: an ordinary create) and the request's values. */
export interface IdempotentCreate {
  operation: string;
  key: string | null | undefined;
  /** Everything the request says besides the key (the arguments, as GraphQL coerced them). */
  request: unknown;
}

/** The migration that creates `<schema>.idempotency_key` (each subgraph lists it in its own history). */
export function createIdempotencyKeysMigration(schema: string): new () => MigrationInterface {
  return class CreateIdempotencyKeys1768000000001 implements MigrationInterface {
    name = 'CreateIdempotencyKeys1768000000001';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        CREATE TABLE ${schema}.idempotency_key (
          caller_id text NOT NULL,
          operation text NOT NULL,
          key text NOT NULL,
          request_hash text NOT NULL,
          result_id text,
          created_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (caller_id, operation, key)
        )`);
      await queryRunner.query(
        `COMMENT ON TABLE ${schema}.idempotency_key IS 'Idempotency keys of creates: per caller and mutation, the request''s hash and the record it created'`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${schema}.idempotency_key`);
    }
  };
}

/** A stable text of the request's values: objects by sorted keys, so the same values always hash the same. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Per request: runs creates once per idempotency key. */
export class IdempotencyService {
  readonly #caller: Caller;
  readonly #schema: string;

  constructor({ dataSource, caller }: Pick<ServiceScope, 'dataSource' | 'caller'>) {
    this.#caller = caller;
    this.#schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  }

  /** The key as given, checked (BAD_USER_INPUT on `idempotencyKey`): call it before any write. */
  readKey(key: string | null | undefined): string | null {
    return key == null ? null : readText(key, 'idempotencyKey', IDEMPOTENCY_KEY_RULE);
  }

  /**
   * Inside the create's transaction, as its first statement: `write` runs for a new key (or none) and its record's id
   * is kept with the key; a repeat with the same values gets `reload(id)` of that record and nothing is written.
   */
  async once<T extends { id: string }>(
    manager: EntityManager,
    claim: IdempotentCreate,
    write: () => Promise<T>,
    reload: (id: string) => Promise<T>,
  ): Promise<T> {
    const key = this.readKey(claim.key);
    if (key === null) return write();
    const table = `${this.#schema}.idempotency_key`;
    const hash = createHash('sha256').update(canonical(claim.request)).digest('hex');
    const parameters = [this.#caller.userId, claim.operation, key];
    const claimed: unknown[] = await manager.query(
      `INSERT INTO ${table} (caller_id, operation, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (caller_id, operation, key) DO NOTHING RETURNING 1`,
      [...parameters, hash],
    );
    if (claimed.length === 1) {
      const created = await write();
      await manager.query(`UPDATE ${table} SET result_id = $4 WHERE caller_id = $1 AND operation = $2 AND key = $3`, [
        ...parameters,
        created.id,
      ]);
      return created;
    }
    // The first request with this key committed (an insert racing ours waits for it): answer what it created.
    const [first] = await manager.query<{ request_hash: string; result_id: string | null }[]>(
      `SELECT request_hash, result_id FROM ${table} WHERE caller_id = $1 AND operation = $2 AND key = $3`,
      parameters,
    );
    if (!first || first.request_hash !== hash || first.result_id === null) {
      throw conflict(`idempotencyKey was already used for another ${claim.operation}: use a new key for a new record`, 'idempotencyKey', {
        reason: IDEMPOTENCY_KEY_REUSED,
      });
    }
    return reload(first.result_id);
  }
}

/** The services this module adds to each request's context. */
export const idempotencyServices = { idempotency: IdempotencyService };

/** The idempotency keys of a subgraph's creates: its table (in the subgraph's schema) and the per-request service. */
export function idempotencyModule(schema: string) {
  return defineModule({
    name: 'idempotency',
    migrations: [createIdempotencyKeysMigration(schema)],
    services: idempotencyServices,
  });
}
