import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { CaseAccessLoader } from '../access/case-access.js';
import { isThePerson, type CaseFacts } from '../access/case-rules.js';
import { definePolicy } from '../access/policy.js';
import type { RequestAudit } from '../audit/request-audit.js';
import type { Caller } from '../auth/caller.js';
import { CONTRACTS } from '../contracts.js';
import { notFound } from '../errors.js';
import { readText } from '../input/text.js';
import type { JobContext, ModuleJob } from '../jobs/job-scheduler.js';
import { defineModule, personalDataOf, type PersonalDataTable, type ServiceScope } from '../module/module.js';
import { parseId } from '../validation.js';

/**
 * The person's rights over what the hub holds about them (GDPR art. 15 and 20, and retention under art. 5(1)(e)).
 * Each module declares the tables that hold records about a beneficiary (`personalData` in `defineModule`); from
 * those declarations, in every subgraph alike:
 * - the **access export**: every record of the person, table by table, in one statement per subgraph, as JSON
 *   through the graph, for the person themself and for administrators, audited;
 * - **anonymisation**: once the beneficiaries subgraph has anonymised a person (retention after closure, its
 *   contract `beneficiaries.anonymised_person`), each subgraph's job overwrites what identifies the person or is
 *   free text in its own tables, keeping the codes, days and amounts the results count.
 */

/** One table's records about the person, as the export shows them. */
export interface PersonalDataSection {
  /** The subgraph that keeps them. */
  subgraph: string;
  /** The table, without its schema: `referral`. */
  name: string;
  description: string;
  /** The rows, each column by its name. */
  records: Record<string, unknown>[];
}

/** What an administrator writes for an export: the request it answers, kept in the audit trail for ever. */
export const EXPORT_REASON = { min: 10, max: 500 };

/** The text that replaces a name or a free text that cannot be empty when a person is anonymised. */
export const ANONYMISED = "'[anonymised]'";

/**
 * A birth date reduced to its year (the 1st of July of it): the person is no longer identified by the day, and the
 * age bands the results count stay right within half a year.
 */
export const yearOfBirthOnly = (column: string) => `make_date(extract(year FROM t.${column})::int, 7, 1)`;

export const personalDataPolicy = definePolicy('personal-data', {
  /** The export: the person themself, and administrators (who answer the person's request on their behalf). */
  export: {
    allow: (caller, person: CaseFacts) => caller.isNetworkAdmin || isThePerson(caller, person),
    refusal: "Only the person themself and administrators receive a person's access export",
  },
  /** The person asks for their own data without saying why; anyone else names the request the export answers. */
  exportWithoutReason: {
    allow: (caller, person: CaseFacts) => isThePerson(caller, person),
    refusal: 'Name the request this export answers (reason)',
  },
});

const DEFAULT_ROWS_OF = 't.beneficiary_id = ANY($1::uuid[])';

/** How many people one run of the anonymisation job takes in one transaction. */
const ANONYMISATION_BATCH = 200;

/** The audit trail's field for a subgraph's part of the export. */
const exportField = (field: string) => `personalDataExport.${field}`;

/** The person's records and their anonymisation, in the subgraph the service runs in. */
export class PersonalDataService {
  readonly #tables: PersonalDataTable[];
  readonly #subgraph: string;
  readonly #caller: Caller;
  readonly #audit: RequestAudit;
  readonly #caseAccess: CaseAccessLoader;
  readonly #dataSource: ServiceScope['dataSource'];

  constructor({ dataSource, caller, audit, subgraph }: ServiceScope) {
    this.#tables = personalDataOf(subgraph);
    this.#subgraph = subgraph.name;
    this.#caller = caller;
    this.#audit = audit;
    this.#dataSource = dataSource;
    this.#caseAccess = new CaseAccessLoader({ dataSource, caller });
  }

  /**
   * Checks that the caller may receive the person's export (NOT_FOUND for nobody's id, FORBIDDEN by the policy) and
   * reads the reason an administrator must give. Returns the person's id and the reason (null for the person).
   */
  async authorize(
    beneficiaryIdArgument: string,
    reasonArgument: string | null | undefined,
  ): Promise<{ id: string; reason: string | null }> {
    const id = parseId(beneficiaryIdArgument, 'beneficiaryId');
    const person = await this.#caseAccess.load(id);
    if (!person) throw notFound('beneficiary', beneficiaryIdArgument, 'beneficiaryId');
    personalDataPolicy.assert(this.#caller, 'export', person);
    const reason = personalDataPolicy.may(this.#caller, 'exportWithoutReason', person)
      ? null
      : readText(reasonArgument ?? '', 'reason', EXPORT_REASON);
    return { id: person.id, reason };
  }

  /**
   * This subgraph's records about the person, table by table, in one statement; the read is audited as the
   * export's `field`, with the reason when one was given.
   */
  async exportOf(beneficiaryId: string, field: string, reason: string | null = null): Promise<PersonalDataSection[]> {
    const person = await this.#caseAccess.factsOf(parseId(beneficiaryId, 'beneficiaryId'));
    personalDataPolicy.assert(this.#caller, 'export', person);
    if (this.#tables.length === 0) return [];
    const columns = this.#tables.map((table, index) => {
      const order = table.orderBy ? ` ORDER BY ${table.orderBy}` : '';
      return `(SELECT coalesce(jsonb_agg(to_jsonb(t)${order}), '[]'::jsonb) FROM ${table.table} t WHERE ${table.rowsOf ?? DEFAULT_ROWS_OF}) AS s${index}`;
    });
    const [row]: Record<string, Record<string, unknown>[]>[] = await this.#dataSource.query(`SELECT ${columns.join(', ')}`, [[person.id]]);
    this.#audit.read(person.id, [exportField(field)], reason);
    return this.#tables.map((table, index) => ({
      subgraph: this.#subgraph,
      name: table.table.slice(table.table.indexOf('.') + 1),
      description: table.description,
      records: row?.[`s${index}`] ?? [],
    }));
  }

  /**
   * Overwrites, in one statement inside `manager`'s transaction, what identifies these people or is free text in
   * every table of the subgraph that declares it (`anonymise`), and records one audit entry per person.
   */
  async anonymise(manager: EntityManager, beneficiaryIds: readonly string[]): Promise<void> {
    if (beneficiaryIds.length === 0) return;
    const tables = this.#tables.filter((table) => table.anonymise && Object.keys(table.anonymise).length > 0);
    if (tables.length > 0) {
      const updates = tables.map((table, index) => {
        const set = Object.entries(table.anonymise!)
          .map(([column, value]) => `${column} = ${value}`)
          .join(', ');
        return `u${index} AS (UPDATE ${table.table} AS t SET ${set} WHERE ${table.rowsOf ?? DEFAULT_ROWS_OF} RETURNING 1)`;
      });
      await manager.query(
        `WITH ${updates.join(', ')} SELECT ${tables.map((_table, index) => `(SELECT count(*) FROM u${index})`).join(', ')}`,
        [[...beneficiaryIds]],
      );
    }
    await this.#audit.changes(
      manager,
      'anonymisePersonalData',
      beneficiaryIds.map((beneficiaryId) => ({ beneficiaryId, fields: tables.map((table) => table.table) })),
    );
  }

  /**
   * The people the beneficiaries subgraph has anonymised and this subgraph not yet: each is claimed in this
   * subgraph's `<schema>.anonymisation` (so two runs never do one twice) and anonymised in the same transaction.
   * Returns how many.
   */
  async anonymisePending(): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.#dataSource.transaction(async (manager) => {
        const claimed: { beneficiary_id: string }[] = await manager.query(
          `INSERT INTO ${this.#subgraph}.anonymisation (beneficiary_id)
           SELECT a.beneficiary_id FROM ${CONTRACTS.anonymisedPerson} a
           WHERE NOT EXISTS (SELECT 1 FROM ${this.#subgraph}.anonymisation d WHERE d.beneficiary_id = a.beneficiary_id)
           ORDER BY a.anonymised_at, a.beneficiary_id
           LIMIT $1
           ON CONFLICT (beneficiary_id) DO NOTHING
           RETURNING beneficiary_id`,
          [ANONYMISATION_BATCH],
        );
        await this.anonymise(
          manager,
          claimed.map((row) => row.beneficiary_id),
        );
        return claimed.length;
      });
      total += done;
      if (done < ANONYMISATION_BATCH) return total;
    }
  }
}

/** The migration that creates `<schema>.anonymisation`: the people whose records this subgraph has anonymised. */
function createAnonymisationMigration(schema: string): new () => MigrationInterface {
  return class CreateAnonymisation1768900000000 implements MigrationInterface {
    name = 'CreateAnonymisation1768900000000';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        CREATE TABLE ${schema}.anonymisation (
          beneficiary_id uuid PRIMARY KEY,
          anonymised_at timestamptz NOT NULL DEFAULT now()
        )`);
      await queryRunner.query(
        `COMMENT ON TABLE ${schema}.anonymisation IS 'The people whose records this subgraph has anonymised (retention), and when'`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${schema}.anonymisation`);
    }
  };
}

type PersonalDataContext = JobContext & { readonly personalData: PersonalDataService };

/** The name of a subgraph's anonymisation job (`JOB_SCHEDULE_ANONYMISE_<SUBGRAPH>`). */
export const anonymisationJobName = (subgraph: string) => `anonymise-${subgraph}`;

/** What the owner's `Query.personalDataExport` answers: the person, the reason, the moment. */
interface ExportRequest {
  beneficiaryId: string;
  reason: string | null;
  generatedAt: Date;
}

/**
 * A subgraph's share of the person's rights: its part of the access export (the field `field` of
 * `PersonalDataExport`, declared in the subgraph's `schema`), and the job that anonymises its records of the people
 * the beneficiaries subgraph has anonymised (hourly by default, at minute 20). The subgraph that `ownsTheExport`
 * (beneficiaries) also answers `Query.personalDataExport`.
 */
export function personalDataModule(options: { subgraph: string; field: string; schema: URL; ownsTheExport?: boolean }) {
  const { subgraph, field } = options;
  const job: ModuleJob = {
    name: anonymisationJobName(subgraph),
    schedule: '20 * * * *',
    async run(context: PersonalDataContext) {
      return { anonymised: await context.personalData.anonymisePending() };
    },
  };
  type Context = { personalData: PersonalDataService };
  const query = {
    Query: {
      personalDataExport: async (
        _parent: unknown,
        { beneficiaryId, reason }: { beneficiaryId: string; reason?: string | null },
        { personalData }: Context,
      ): Promise<ExportRequest> => {
        const { id, reason: why } = await personalData.authorize(beneficiaryId, reason);
        return { beneficiaryId: id, reason: why, generatedAt: new Date() };
      },
    },
  };
  return defineModule({
    name: 'personal-data',
    schema: options.schema,
    migrations: [createAnonymisationMigration(subgraph)],
    services: { personalData: PersonalDataService },
    jobs: [job],
    resolvers: {
      ...(options.ownsTheExport ? query : {}),
      PersonalDataExport: {
        // The representation carries the person's id only; whether the caller may see the export is checked below.
        __resolveReference: (reference: { beneficiaryId: string }) => ({ beneficiaryId: reference.beneficiaryId }),
        [field]: (parent: { beneficiaryId: string; reason?: string | null }, _args: unknown, { personalData }: Context) =>
          personalData.exportOf(parent.beneficiaryId, field, parent.reason ?? null),
      },
    },
  });
}
