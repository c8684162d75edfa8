import type { DataSource, EntityManager } from 'typeorm';
import { isId } from '../validation.js';
import { entryColumns, GENESIS_HASH, isLegacyEntry, sealHash, type EntryRow } from './audit-chain.js';
import { activeAuditSigningKey, checkCheckpointSignature, type AuditCheckpoint, type AuditSigningKey } from './audit-signing-key.js';

export { GENESIS_HASH, hashAuditEntry } from './audit-chain.js';

/**
 * SQL statements that appending a request's entries costs, whatever their number: one INSERT, in the change's
 * own transaction or on its own. Tests that count a request's statements add this for its audit.
 */
export const AUDIT_APPEND_STATEMENTS = 1;

/** How many seals, or checkpoints, `verify` reads at a time: memory stays flat whatever the size of the trail. */
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
  /** The id the hub gave the request. */
  requestId: string;
  /** The id the caller sent in `x-request-id`, if any: kept beside the hub's, never instead of it. */
  clientRequestId?: string | null;
  actor: AuditActor;
  operation: string;
  beneficiaryId?: string | null;
  /** The personal-data fields read or changed. */
  fields?: string[];
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Set by the application, so the entry records the instant of the read or change; defaults to now. */
  occurredAt?: Date;
}

/** A recorded entry, as `forBeneficiary` returns it. */
export interface AuditEntry {
  /** The entry's public id (a random UUID): it says nothing about how many entries the hub holds. */
  id: string;
  occurredAt: Date;
  requestId: string;
  clientRequestId: string | null;
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
}

/** What the first break found is: an entry changed or removed, a seal out of line, a checkpoint that does not hold. */
export type AuditIntegrityFailure =
  'ENTRY_ALTERED' | 'ENTRY_MISSING' | 'CHAIN_BROKEN' | 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_SIGNATURE_INVALID';

export interface AuditVerification {
  /** The sealed chain recomputes from its first seal and every checkpoint signed with the hub's key matches it. */
  valid: boolean;
  /** How many entries the trail holds, sealed or not (all of them were read). */
  entries: number;
  /** The internal id of the first entry whose seal does not match (or whose row is gone). */
  firstBrokenId: string | null;
  /** The public id (`AuditEntry.id`) of that entry; null when its row is gone. */
  firstBrokenEntryId: string | null;
  /** The chain position where the first break is (a seal's, or a checkpoint's). */
  firstBrokenPosition: number | null;
  failure: AuditIntegrityFailure | null;
  sealedEntries: number;
  /** Entries committed (or still committing) but not sealed yet: not yet covered by the chain. */
  unsealedEntries: number;
  /** When the oldest unsealed entry happened; null when everything is sealed. */
  oldestUnsealedAt: Date | null;
  /** Checkpoints signed with the hub's key, each checked against the chain. */
  checkpoints: number;
  /** Checkpoints that name another key (a rotated one): not trusted, not counted as a failure. */
  checkpointsSignedByOtherKeys: number;
  latestCheckpoint: AuditCheckpoint | null;
}

interface SealRow extends Partial<EntryRow> {
  position: string;
  entry_id: string;
  seal_previous_hash: string;
  seal_hash: string;
}

interface CheckpointRow {
  id: string;
  position: string;
  hash: string;
  created_at: Date;
  key_id: string;
  public_key: string;
  signature: string;
  sealed_hash: string | null;
}

/** PostgreSQL prints a uuid in lower case: store that form, so what is read back is what was written. */
function uuidOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isId(value)) throw new Error(`audit entry ${field} must be a UUID, got ${JSON.stringify(value)}`);
  return value.toLowerCase();
}

function toRecord(subgraph: string, input: AuditEntryInput): Record<string, unknown> {
  // Through JSON once, as jsonb will store it: no undefined, Dates as strings, no class instances.
  const details: unknown = JSON.parse(JSON.stringify(input.details ?? {}));
  if (details === null || typeof details !== 'object' || Array.isArray(details)) {
    throw new Error('audit entry details must be an object');
  }
  return {
    occurred_at: (input.occurredAt ?? new Date()).toISOString(),
    request_id: input.requestId,
    client_request_id: input.clientRequestId ?? null,
    actor_id: input.actor.id,
    actor_username: input.actor.username ?? null,
    actor_roles: [...input.actor.roles],
    actor_organisation_id: uuidOrNull(input.actor.organisationId, 'actor.organisationId'),
    subgraph,
    operation: input.operation,
    beneficiary_id: uuidOrNull(input.beneficiaryId, 'beneficiaryId'),
    fields: [...(input.fields ?? [])],
    reason: input.reason ?? null,
    details,
  };
}

function toAuditEntry(row: EntryRow): AuditEntry {
  return {
    id: row.public_id,
    occurredAt: new Date(row.occurred_at),
    requestId: row.request_id,
    clientRequestId: row.client_request_id,
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
  };
}

function toCheckpoint(row: Omit<CheckpointRow, 'id' | 'sealed_hash'>): AuditCheckpoint {
  return {
    position: Number(row.position),
    hash: row.hash,
    createdAt: new Date(row.created_at),
    keyId: row.key_id,
    publicKey: row.public_key,
    signature: row.signature,
  };
}

/**
 * The whole batch travels as one jsonb parameter, so the statement and its parameter count stay the same
 * for 1 or 10,000 entries. A plain INSERT: no lock, no read of the chain, nothing another request holds.
 */
const INSERT_ENTRIES = `
  INSERT INTO audit.entry (occurred_at, request_id, client_request_id, actor_id, actor_username, actor_roles,
    actor_organisation_id, subgraph, operation, beneficiary_id, fields, reason, details)
  SELECT e.occurred_at, e.request_id, e.client_request_id, e.actor_id, e.actor_username, e.actor_roles,
    e.actor_organisation_id, e.subgraph, e.operation, e.beneficiary_id, e.fields, e.reason, e.details
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (occurred_at timestamptz, request_id text, client_request_id text,
    actor_id text, actor_username text, actor_roles text[], actor_organisation_id uuid, subgraph text, operation text,
    beneficiary_id uuid, fields text[], reason text, details jsonb))
    WITH ORDINALITY AS e(occurred_at, request_id, client_request_id, actor_id, actor_username, actor_roles,
      actor_organisation_id, subgraph, operation, beneficiary_id, fields, reason, details, position)
  ORDER BY e.position`;

const SEALS_WITH_ENTRIES = `
  SELECT s.position::text AS position, s.entry_id::text AS entry_id, s.previous_hash AS seal_previous_hash,
    s.hash AS seal_hash, ${entryColumns('e')}
  FROM audit.seal s LEFT JOIN audit.entry e ON e.id = s.entry_id
  WHERE s.position > $1 ORDER BY s.position LIMIT ${VERIFY_CHUNK}`;

/**
 * The append-only record of who did what to, or saw what of, a beneficiary. One trail for the whole hub in
 * the `audit` schema; each subgraph writes through its own DataSource under its own name. Entries are sealed
 * into the hash chain afterwards by the hub's one sealer (audit-sealer.ts), in the order they commit.
 */
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subgraph: string,
    private readonly options: {
      trustedKey?: Pick<AuditSigningKey, 'publicKey' | 'keyId'>;
      /** Told how many entries each append wrote (the service's `shubh_audit_entries_appended_total`). */
      onAppended?: (entries: number) => void;
    } = {},
  ) {}

  /**
   * Appends entries with one INSERT. Pass the transaction's manager of the change being audited, so the
   * change and its entries commit or fail together; nothing is locked beyond the inserted rows.
   */
  async append(entries: AuditEntryInput[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const records = JSON.stringify(entries.map((entry) => toRecord(this.subgraph, entry)));
    if (manager) {
      // Outside a transaction the change could commit without its entry, or the entry without the change.
      if (!manager.queryRunner?.isTransactionActive) {
        throw new Error('AuditTrail.append needs the manager of an open transaction');
      }
      await manager.query(INSERT_ENTRIES, [records]);
    } else {
      await this.dataSource.query(INSERT_ENTRIES, [records]);
    }
    this.options.onAppended?.(entries.length);
  }

  /**
   * Recomputes the sealed chain from its first seal, a chunk at a time, checks every checkpoint against it
   * and counts what is not sealed yet; all in one snapshot, so the figures add up.
   */
  verify(): Promise<AuditVerification> {
    const trustedKey = this.options.trustedKey ?? activeAuditSigningKey();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const result: AuditVerification = {
        valid: true,
        entries: 0,
        firstBrokenId: null,
        firstBrokenEntryId: null,
        firstBrokenPosition: null,
        failure: null,
        sealedEntries: 0,
        unsealedEntries: 0,
        oldestUnsealedAt: null,
        checkpoints: 0,
        checkpointsSignedByOtherKeys: 0,
        latestCheckpoint: null,
      };
      const breakAt = (failure: AuditIntegrityFailure, position: number, row?: SealRow) => {
        if (!result.valid) return;
        result.valid = false;
        result.failure = failure;
        result.firstBrokenPosition = position;
        result.firstBrokenId = row?.entry_id ?? null;
        result.firstBrokenEntryId = row?.public_id ?? null;
      };

      let expectedPrevious = GENESIS_HASH;
      let lastPosition = 0;
      for (;;) {
        const rows: SealRow[] = await manager.query(SEALS_WITH_ENTRIES, [lastPosition]);
        for (const row of rows) {
          const position = Number(row.position);
          result.sealedEntries += 1;
          if (position !== lastPosition + 1 || row.seal_previous_hash !== expectedPrevious) {
            breakAt('CHAIN_BROKEN', position, row);
          } else if (row.id === null || row.id === undefined) {
            breakAt('ENTRY_MISSING', position, row);
          } else {
            const entry = row as unknown as EntryRow;
            const legacyHashesKept =
              !isLegacyEntry(entry) || (entry.hash === row.seal_hash && entry.previous_hash === row.seal_previous_hash);
            if (!legacyHashesKept || sealHash(row.seal_previous_hash, entry) !== row.seal_hash) breakAt('ENTRY_ALTERED', position, row);
          }
          // Carry on from the stored hash: one altered entry is reported once, not with all that follow it.
          expectedPrevious = row.seal_hash;
          lastPosition = position;
        }
        if (rows.length < VERIFY_CHUNK) break;
      }

      const [unsealed]: { count: string; oldest: Date | null }[] = await manager.query(
        `SELECT count(*) AS count, min(e.occurred_at) AS oldest FROM audit.entry e
         WHERE NOT EXISTS (SELECT 1 FROM audit.seal s WHERE s.entry_id = e.id)`,
      );
      result.unsealedEntries = Number(unsealed!.count);
      result.oldestUnsealedAt = unsealed!.oldest ? new Date(unsealed!.oldest) : null;
      result.entries = result.sealedEntries + result.unsealedEntries;

      let lastCheckpointId = '0';
      for (;;) {
        const rows: CheckpointRow[] = await manager.query(
          `SELECT c.id::text AS id, c.position::text AS position, c.hash, c.created_at, c.key_id, c.public_key, c.signature,
             s.hash AS sealed_hash
           FROM audit.checkpoint c LEFT JOIN audit.seal s ON s.position = c.position
           WHERE c.id > $1 ORDER BY c.id LIMIT ${VERIFY_CHUNK}`,
          [lastCheckpointId],
        );
        for (const row of rows) {
          const checkpoint = toCheckpoint(row);
          const signature = checkCheckpointSignature(checkpoint, trustedKey);
          if (signature === 'other-key') {
            result.checkpointsSignedByOtherKeys += 1;
            continue;
          }
          result.checkpoints += 1;
          result.latestCheckpoint = checkpoint;
          if (signature === 'forged') breakAt('CHECKPOINT_SIGNATURE_INVALID', checkpoint.position);
          // A seal rewritten after the checkpoint, or the chain cut short before it.
          else if (row.sealed_hash !== checkpoint.hash) breakAt('CHECKPOINT_MISMATCH', checkpoint.position);
        }
        if (rows.length < VERIFY_CHUNK) break;
        lastCheckpointId = rows.at(-1)!.id;
      }
      return result;
    });
  }

  /**
   * A beneficiary's entries, newest first, after the entry whose public id is `after`: `first + 1` rows, the
   * extra one only telling the caller that another page exists.
   */
  async forBeneficiary(beneficiaryId: string, page: { first: number; after?: string | null }): Promise<AuditEntry[]> {
    const id = uuidOrNull(beneficiaryId, 'beneficiaryId');
    if (!Number.isInteger(page.first) || page.first < 1) throw new Error(`first must be a positive integer, got ${page.first}`);
    const after = page.after ? uuidOrNull(page.after, 'after') : null;
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT ${entryColumns()} FROM audit.entry
       WHERE beneficiary_id = $1
         AND ($2::uuid IS NULL OR id < (SELECT id FROM audit.entry WHERE public_id = $2::uuid AND beneficiary_id = $1))
       ORDER BY id DESC LIMIT $3`,
      [id, after, page.first + 1],
    );
    return rows.map(toAuditEntry);
  }

  /** Signed checkpoints, oldest first, after the one with internal id `after`: `first + 1` rows with their id. */
  async checkpoints(page: { first: number; after?: string | null }): Promise<(AuditCheckpoint & { cursor: string })[]> {
    if (!Number.isInteger(page.first) || page.first < 1) throw new Error(`first must be a positive integer, got ${page.first}`);
    if (page.after && !/^[1-9][0-9]{0,18}$/.test(page.after)) throw new Error(`after must be a checkpoint id, got ${page.after}`);
    const rows: Omit<CheckpointRow, 'sealed_hash'>[] = await this.dataSource.query(
      `SELECT id, position, hash, created_at, key_id, public_key, signature FROM audit.checkpoint
       WHERE $1::bigint IS NULL OR id > $1::bigint ORDER BY id LIMIT $2`,
      [page.after ?? null, page.first + 1],
    );
    return rows.map((row) => ({ ...toCheckpoint(row), cursor: row.id }));
  }
}

/** `AuditEntry` under a name that does not clash with the GraphQL type of the same name in generated code. */
export type RecordedAuditEntry = AuditEntry;
