import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestAudit } from '../audit/request-audit.js';
import type { Caller } from '../auth/caller.js';
import { CONTRACTS, partnerReachSql } from '../contracts.js';
import { createRecordLoader } from '../loaders.js';
import type { ServiceScope } from '../module/module.js';
import { isId } from '../validation.js';
import { isOnCaseTeam, isThePerson, readsPersonalData, type CaseFacts } from './case-rules.js';
import { definePolicy } from './policy.js';

/** The consent purposes that let a partner operator read data another subgraph keeps about a beneficiary. */
export type DataSharingPurpose = 'LABOUR_MATCHING' | 'HOUSING_SUPPORT';

/**
 * What a subgraph other than beneficiaries knows about a person for an access decision. It is read from the
 * beneficiaries subgraph's published contract in the same request, never taken from what the gateway forwards:
 * a caller holding a subgraph's gateway secret could forge a representation, not the database.
 */
export interface CaseAccessFacts extends CaseFacts {
  /** The consent purposes in force now. */
  purposesInForce: readonly string[];
  /** The caller's organisation has an open referral of the person and their consent to share with it. */
  reachedByCallerOrganisation: boolean;
  /** The case status (`CaseStatus` of the beneficiaries subgraph); null for an unknown person. */
  caseStatus: string | null;
}

/** A read of `what` (e.g. "labour profile") about the person `facts` describe, under the consent `purpose`. */
export interface SharedRecordAccess {
  facts: CaseAccessFacts;
  purpose: DataSharingPurpose;
  what: string;
}

/**
 * Who may read a record another subgraph keeps about a person (labour profile, housing situation, ...):
 * the case team, the person themself, and a partner operator whose organisation reaches the person (open
 * referral + sharing consent) when the person consented to `purpose`. Employers and monitoring: nobody.
 */
export const sharedRecordPolicy = definePolicy('shared-record', {
  read: {
    allow: (caller, { facts, purpose }: SharedRecordAccess) =>
      isOnCaseTeam(caller, facts) ||
      isThePerson(caller, facts) ||
      (caller.has('partner-operator') && facts.reachedByCallerOrganisation && facts.purposesInForce.includes(purpose)),
    refusal: ({ what }: SharedRecordAccess) => `You may not read this beneficiary's ${what}`,
  },
});

interface FactsRow {
  key: string;
  f_exists: boolean;
  f_corner: string | null;
  f_tutor: string | null;
  f_purposes: string[] | null;
  f_reached: boolean;
  f_case_status: string | null;
}

/** The facts' columns for the person whose id is `$1`'s element `k.id`; `$2` is the caller's organisation. */
const FACTS_SELECT = `k.id::text AS key, f.beneficiary_id IS NOT NULL AS f_exists, f.integra_corner_id::text AS f_corner,
  f.tutor_user_id::text AS f_tutor, f.purposes_in_force AS f_purposes, f.case_status AS f_case_status, ${partnerReachSql('k.id', '$2::uuid')} AS f_reached`;
const FACTS_FROM = `unnest($1::uuid[]) AS k(id) LEFT JOIN ${CONTRACTS.caseAccess} f ON f.beneficiary_id = k.id`;

function toFacts(row: FactsRow): CaseAccessFacts | null {
  if (!row.f_exists) return null;
  return {
    id: row.key,
    integraCornerId: row.f_corner,
    tutorUserId: row.f_tutor,
    purposesInForce: row.f_purposes ?? [],
    reachedByCallerOrganisation: row.f_reached,
    caseStatus: row.f_case_status,
  };
}

/**
 * Per request: the access facts of people (null for an id no beneficiary has), one statement per batch. A service
 * class: a subgraph other than beneficiaries lists it in one of its modules and reaches it from the context.
 */
export class CaseAccessLoader {
  readonly #loader;
  readonly #caller: Caller;

  constructor({ dataSource, caller }: Pick<ServiceScope, 'dataSource' | 'caller'>) {
    this.#caller = caller;
    this.#loader = createRecordLoader<string, FactsRow>(
      (ids) => dataSource.query(`SELECT ${FACTS_SELECT} FROM ${FACTS_FROM}`, [ids, caller.organisationId]),
      (row) => row.key,
    );
  }

  async load(beneficiaryId: string): Promise<CaseAccessFacts | null> {
    if (!isId(beneficiaryId)) return null;
    const row = await this.#loader.load(beneficiaryId.toLowerCase());
    return row ? toFacts(row) : null;
  }

  /**
   * The facts of a person, or, for an id no beneficiary has, facts that only an administrator's rules hold for. An
   * administrator passes every case rule whatever the facts, and a role that reads no one's data (employer,
   * monitoring) none: neither costs a statement. (To know that the person exists, use `load`.)
   */
  async factsOf(beneficiaryId: string): Promise<CaseAccessFacts> {
    if (this.#caller.isNetworkAdmin || !readsPersonalData(this.#caller)) return unknownPerson(beneficiaryId);
    return (await this.load(beneficiaryId)) ?? unknownPerson(beneficiaryId);
  }
}

/** Reads a row of `metadata`'s table selected with its columns aliased `r_<column>`, as TypeORM would hydrate it. */
function hydrate<T extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata, row: Record<string, unknown>): T {
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const raw = row[`r_${column.databaseName}`];
    (entity as Record<string, unknown>)[column.propertyName] = dataSource.driver.prepareHydratedValue(raw, column);
  }
  return entity;
}

/**
 * The record a subgraph other than beneficiaries keeps about a person (at most one per person, keyed by
 * `beneficiary_id`), read under `sharedRecordPolicy`: the person's facts and the record come back in ONE
 * statement per batch of people; a caller whose role reads no personal data is refused before any statement;
 * every record returned is noted for the audit trail as `field`.
 */
export class SharedRecordReader<T extends ObjectLiteral & { beneficiaryId: string }> {
  readonly #loader;

  constructor(
    dataSource: DataSource,
    entity: EntityTarget<T>,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
    private readonly record: { field: string; what: string; purpose: DataSharingPurpose },
  ) {
    const metadata = dataSource.getMetadata(entity);
    const columns = metadata.columns.map((column) => `r.${column.databaseName} AS r_${column.databaseName}`).join(', ');
    const sql = `SELECT ${FACTS_SELECT}, r.beneficiary_id IS NOT NULL AS r_present, ${columns}
      FROM ${FACTS_FROM} LEFT JOIN ${metadata.tablePath} r ON r.beneficiary_id = k.id`;
    this.#loader = createRecordLoader<string, { facts: CaseAccessFacts | null; record: T | null; key: string }>(
      async (ids) => {
        const rows: (FactsRow & { r_present: boolean })[] = await dataSource.query(sql, [ids, caller.organisationId]);
        return rows.map((row) => ({
          key: row.key,
          facts: toFacts(row),
          record: row.r_present ? hydrate<T>(dataSource, metadata, row as unknown as Record<string, unknown>) : null,
        }));
      },
      (row) => row.key,
    );
  }

  /** The person's record, or null when none is kept; FORBIDDEN when the caller may not read it. */
  async of(beneficiaryId: string): Promise<T | null> {
    const { purpose, what, field } = this.record;
    const unknown = unknownPerson(beneficiaryId);
    // A role that reads no one, or an id that is no id, is refused before any statement.
    if (!readsPersonalData(this.caller) || !isId(beneficiaryId))
      sharedRecordPolicy.assert(this.caller, 'read', { facts: unknown, purpose, what });
    const loaded = await this.#loader.load(beneficiaryId.toLowerCase());
    const facts = loaded?.facts ?? unknown;
    sharedRecordPolicy.assert(this.caller, 'read', { facts, purpose, what });
    if (loaded?.record) this.audit.read(facts.id, [field]);
    return loaded?.record ?? null;
  }
}

/** Facts that grant nothing but an administrator's rules: an unknown person, or a role that reads no one. */
export function unknownPerson(id: string): CaseAccessFacts {
  return { id, integraCornerId: null, tutorUserId: null, purposesInForce: [], reachedByCallerOrganisation: false, caseStatus: null };
}
