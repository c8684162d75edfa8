import { createHash } from 'node:crypto';

/** The `previous_hash` of the first seal of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** An `audit.entry` row as PostgreSQL hands it back (bigint as text, jsonb parsed). */
export interface EntryRow {
  id: string;
  public_id: string;
  occurred_at: Date | string;
  request_id: string;
  client_request_id: string | null;
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
  /** Null for every entry written since the sealer: only the sealed chain hashes those. */
  txid: string | null;
  /** Set only on entries written before the sealer, which hashed each entry at insert under a hub-wide lock. */
  previous_hash: string | null;
  hash: string | null;
}

/** The select list of an `EntryRow`, its columns qualified by `alias` when given. */
export function entryColumns(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return [
    ...['id', 'public_id', 'occurred_at', 'request_id', 'client_request_id', 'actor_id', 'actor_username', 'actor_roles'],
    ...['actor_organisation_id', 'subgraph', 'operation', 'beneficiary_id', 'fields', 'reason', 'details'],
  ]
    .map(column)
    .concat(`${column('txid')}::text AS txid`, column('previous_hash'), column('hash'))
    .join(', ');
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

/** sha256 hex of the previous hash, a newline and the canonical JSON of the content. */
export function hashAuditEntry(previousHash: string, content: object): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalJson(content)}`)
    .digest('hex');
}

/** What the entries written before the sealer hashed: their content columns, and nothing else. */
function legacyContent(row: EntryRow): object {
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

/**
 * The entries written before the sealer (no `txid`): the migration sealed them with the hashes they were
 * written with, so their seal must repeat those hashes and their content must still give them.
 */
export function isLegacyEntry(row: EntryRow): boolean {
  return row.txid === null;
}

/**
 * The hash a seal of this entry carries after `previousHash`. Since the sealer it also covers the entry's own
 * id, its public id and the client's request id, so no seal can be moved to another entry unnoticed.
 */
export function sealHash(previousHash: string, row: EntryRow): string {
  if (isLegacyEntry(row)) return hashAuditEntry(previousHash, legacyContent(row));
  return hashAuditEntry(previousHash, {
    ...legacyContent(row),
    id: row.id,
    public_id: row.public_id,
    client_request_id: row.client_request_id,
  });
}
