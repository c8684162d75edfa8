import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isId } from '../validation.js';

/** The `previous_hash` of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Serialises appends across every subgraph and replica, so the chain stays one line. A constant key
 * ('SHUBAUDT' in ASCII) outside the int4 range of the `hashtext` keys that `migrate` takes.
 */
const CHAIN_LOCK = '6001689001040232532';

/** How many entries `verify` reads at a time: memory stays flat whatever the size of the trail. */
const VERIFY_CHUNK = 1000;

/** Who did it, as the verified token says: `id` is the token's `sub`, or 'anonymous'. */
export interface AuditActor {
  id: string;
  username?: string | null;
  roles: string[];
  organisationId?: string | null;
}

/** One thing to record: a mutation (`operation` is its name) or a read of a beneficiary's personal data ('READ'). */
export interface AuditEntryInput {
  requestId: string;
  actor: AuditActor;
  operation: string;
  beneficiaryId?: string | null;
  /** The personal-data fields read or changed. */
  fields?: string[];
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Set by the application, so the hash covers exactly the instant that is stored; defaults to now. */
  occurredAt?: Date;
}

/** A recorded entry, as `forBeneficiary` returns it. */
export interface AuditEntry {
  id: string;
  occurredAt: Date;
  requestId: string;
  actorId: string;
  actorUsername: string | null;
  actorRoles: string[];
  actorOrganisationId: string | null;
  subgraph: string;
  operation: string;
  beneficiaryId: string | null;
  fields: string[];
  reason: string | null;
  details: Record<string, unknown>;
  previousHash: string;
  hash: string;
}

export interface AuditVerification {
  valid: boolean;
  /** How many entries the trail holds (all of them were read). */
  entries: number;
  /** The first entry whose `previous_hash` or `hash` does not match the chain recomputed from the start. */
  firstBrokenId: string | null;
}

/** The hashed content of an entry, keyed by column name: exactly what is stored, so it can be recomputed. */
interface EntryContent {
  occurred_at: string;
  request_id: string;
  actor_id: string;
  actor_username: string | null;
  actor_roles: string[];
  actor_organisation_id: string | null;
  subgraph: string;
  operation: string;
  beneficiary_id: string | null;
  fields: string[];
  reason: string | null;
  details: Record<string, unknown>;
}

interface EntryRow {
  id: string;
  occurred_at: Date | string;
  request_id: string;
  actor_id: string;
  actor_username: string | null;
  actor_roles: string[];
  actor_organisation_id: string | null;
  subgraph: string;
  operation: string;
  beneficiary_id: string | null;
  fields: string[];
  reason: string | null;
  details: Record<string, unknown>;
  previous_hash: string;
  hash: string;
}

/**
 * JSON with the keys of every object sorted (as RFC 8785 does) and arrays kept in order: the same content
 * always gives the same text, whatever order jsonb hands the keys back in.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 hex of the previous hash, a newline and the canonical JSON of the entry's content. */
export function hashAuditEntry(previousHash: string, content: EntryContent): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalJson(content)}`)
    .digest('hex');
}

/** PostgreSQL prints a uuid in lower case: the hash must cover that form, or verification fails later. */
function uuidOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isId(value)) throw new Error(`audit entry ${field} must be a UUID, got ${JSON.stringify(value)}`);
  return value.toLowerCase();
}

function toContent(subgraph: string, input: AuditEntryInput): EntryContent {
  // Through JSON once, as jsonb will store it: no undefined, Dates as strings, no class instances.
  const details: unknown = JSON.parse(JSON.stringify(input.details ?? {}));
  if (details === null || typeof details !== 'object' || Array.isArray(details)) {
    throw new Error('audit entry details must be an object');
  }
  return {
    occurred_at: (input.occurredAt ?? new Date()).toISOString(),
    request_id: input.requestId,
    actor_id: input.actor.id,
    actor_username: input.actor.username ?? null,
    actor_roles: [...input.actor.roles],
    actor_organisation_id: uuidOrNull(input.actor.organisationId, 'actor.organisationId'),
    subgraph,
    operation: input.operation,
    beneficiary_id: uuidOrNull(input.beneficiaryId, 'beneficiaryId'),
    fields: [...(input.fields ?? [])],
    reason: input.reason ?? null,
    details: details as Record<string, unknown>,
  };
}

function contentOfRow(row: EntryRow): EntryContent {
  return {
    occurred_at: new Date(row.occurred_at).toISOString(),
    request_id: row.request_id,
    actor_id: row.actor_id,
    actor_username: row.actor_username,
    actor_roles: row.actor_roles,
    actor_organisation_id: row.actor_organisation_id,
    subgraph: row.subgraph,
    operation: row.operation,
    beneficiary_id: row.beneficiary_id,
    fields: row.fields,
    reason: row.reason,
    details: row.details,
  };
}

function toAuditEntry(row: EntryRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    requestId: row.request_id,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    actorRoles: row.actor_roles,
    actorOrganisationId: row.actor_organisation_id,
    subgraph: row.subgraph,
    operation: row.operation,
    beneficiaryId: row.beneficiary_id,
    fields: row.fields,
    reason: row.reason,
    details: row.details,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

const COLUMNS =
  'id, occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id, subgraph, operation, ' +
  'beneficiary_id, fields, reason, details, previous_hash, hash';

/**
 * The whole batch travels as one jsonb parameter, so the statement and its parameter count stay the same
 * for 1 or 10,000 entries; rows are inserted in array order, so ids follow the chain.
 */
const INSERT_ENTRIES = `
  INSERT INTO audit.entry (occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id,
    subgraph, operation, beneficiary_id, fields, reason, details, previous_hash, hash)
  SELECT e.occurred_at, e.request_id, e.actor_id, e.actor_username, e.actor_roles, e.actor_organisation_id,
    e.subgraph, e.operation, e.beneficiary_id, e.fields, e.reason, e.details, e.previous_hash, e.hash
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (occurred_at timestamptz, request_id text, actor_id text,
    actor_username text, actor_roles text[], actor_organisation_id uuid, subgraph text, operation text,
    beneficiary_id uuid, fields text[], reason text, details jsonb, previous_hash text, hash text))
    WITH ORDINALITY AS e(occurred_at, request_id, actor_id, actor_username, actor_roles, actor_organisation_id,
      subgraph, operation, beneficiary_id, fields, reason, details, previous_hash, hash, position)
  ORDER BY e.position`;

/**
 * The append-only, hash-chained record of who did what to, or saw what of, a beneficiary. One trail for
 * the whole hub in the `audit` schema; each subgraph writes through its own DataSource under its own name.
 */
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subgraph: string,
  ) {}

  /**
   * Appends entries in chain order. Pass the transaction's manager of the change being audited, so the
   * change and its entries commit or fail together; the chain lock is then held until that commit, so
   * append last in the transaction. Three statements (five in its own transaction) for any number of entries.
   */
  async append(entries: AuditEntryInput[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const contents = entries.map((entry) => toContent(this.subgraph, entry));
    if (manager) {
      // Outside a transaction the lock would end with its own statement and two appends could fork the chain.
      if (!manager.queryRunner?.isTransactionActive) {
        throw new Error('AuditTrail.append needs the manager of an open transaction');
      }
      await this.appendInTransaction(contents, manager);
    } else {
      await this.dataSource.transaction((own) => this.appendInTransaction(contents, own));
    }
  }

  private async appendInTransaction(contents: EntryContent[], manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    // A statement of its own, after the lock: its snapshot sees the head the previous holder committed.
    const head: { hash: string }[] = await manager.query('SELECT hash FROM audit.entry ORDER BY id DESC LIMIT 1');
    let previousHash = head[0]?.hash ?? GENESIS_HASH;
    const rows = contents.map((content) => {
      const hash = hashAuditEntry(previousHash, content);
      const row = { ...content, previous_hash: previousHash, hash };
      previousHash = hash;
      return row;
    });
    await manager.query(INSERT_ENTRIES, [JSON.stringify(rows)]);
  }

  /** Recomputes the whole chain in id order, a chunk at a time, and names the first entry that does not fit. */
  async verify(): Promise<AuditVerification> {
    let expectedPrevious = GENESIS_HASH;
    let lastId = '0';
    let entries = 0;
    let firstBrokenId: string | null = null;
    for (;;) {
      const rows: EntryRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM audit.entry WHERE id > $1 ORDER BY id LIMIT ${VERIFY_CHUNK}`,
        [lastId],
      );
      for (const row of rows) {
        entries += 1;
        const broken = row.previous_hash !== expectedPrevious || row.hash !== hashAuditEntry(row.previous_hash, contentOfRow(row));
        if (broken && firstBrokenId === null) firstBrokenId = row.id;
        // Carry on from the stored hash: one altered entry is reported once, not with all that follow it.
        expectedPrevious = row.hash;
      }
      if (rows.length < VERIFY_CHUNK) break;
      lastId = rows.at(-1)!.id;
    }
    return { valid: firstBrokenId === null, entries, firstBrokenId };
  }

  /**
   * A beneficiary's entries, newest first, after the entry with id `after`: `first + 1` rows, the extra one
   * only telling the caller that another page exists.
   */
  async forBeneficiary(beneficiaryId: string, page: { first: number; after?: string | null }): Promise<AuditEntry[]> {
    const id = uuidOrNull(beneficiaryId, 'beneficiaryId');
    if (!Number.isInteger(page.first) || page.first < 1) throw new Error(`first must be a positive integer, got ${page.first}`);
    if (page.after && !/^[1-9][0-9]{0,18}$/.test(page.after))
      throw new Error(`after must be an entry id, got ${JSON.stringify(page.after)}`);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit.entry
       WHERE beneficiary_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
       ORDER BY id DESC LIMIT $3`,
      [id, page.after ?? null, page.first + 1],
    );
    return rows.map(toAuditEntry);
  }
}

/** `AuditEntry` under a name that does not clash with the GraphQL type of the same name in generated code. */
export type RecordedAuditEntry = AuditEntry;
