/**
 * One PostgreSQL role per subgraph, least privilege (README, "Database roles"): each owns its schema, reads other
 * subgraphs only through the contract views published to it, and may only INSERT and SELECT the audit trail.
 * The catalogue facts hold on both databases; the enforcement is tested on PostgreSQL, since PGlite serves every
 * connection through one session, which cannot take a role per connection.
 */
import { labourSubgraph } from '@shubh/labour';
import { createLogger, openSubgraphDatabase } from '@shubh/platform';
import { testDatabaseUrl } from '@shubh/platform/testing';
import pg from 'pg';

const url = () => testDatabaseUrl();
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: url() });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
});

const privilege = async (role: string, relation: string, what: string): Promise<boolean> =>
  (await admin.query<{ ok: boolean }>('SELECT has_table_privilege($1, $2, $3) AS ok', [role, relation, what])).rows[0]!.ok;

describe('the roles, as the catalogue records them (both databases)', () => {
  it('gives each schema, and everything in it, to its own role', async () => {
    const owners = await admin.query<{ schema: string; owner: string }>(
      `SELECT nspname AS schema, pg_get_userbyid(nspowner) AS owner FROM pg_namespace
       WHERE nspname IN ('audit', 'beneficiaries', 'catalogue', 'labour', 'housing') ORDER BY nspname`,
    );
    expect(owners.rows).toEqual([
      { schema: 'audit', owner: 'shubh_audit' },
      { schema: 'beneficiaries', owner: 'shubh_beneficiaries' },
      { schema: 'catalogue', owner: 'shubh_catalogue' },
      { schema: 'housing', owner: 'shubh_housing' },
      { schema: 'labour', owner: 'shubh_labour' },
    ]);
    const strays = await admin.query(
      `SELECT n.nspname, c.relname, pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('audit', 'beneficiaries', 'catalogue', 'labour', 'housing') AND c.relkind IN ('r', 'v')
         AND pg_get_userbyid(c.relowner) <> CASE n.nspname WHEN 'audit' THEN 'shubh_audit' ELSE 'shubh_' || n.nspname END`,
    );
    expect(strays.rows).toEqual([]);
  });

  it('lets a subgraph only insert into and read the audit trail', async () => {
    for (const role of ['shubh_beneficiaries', 'shubh_catalogue', 'shubh_labour', 'shubh_housing']) {
      expect([role, await privilege(role, 'audit.entry', 'INSERT'), await privilege(role, 'audit.entry', 'SELECT')]).toEqual([
        role,
        true,
        true,
      ]);
      for (const what of ['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) {
        expect([role, what, await privilege(role, 'audit.entry', what)]).toEqual([role, what, false]);
      }
    }
  });

  it('gives each job queue to its subgraph, and lets subgraphs raise and mark notifications but never delete them', async () => {
    const owners = await admin.query<{ schema: string; owner: string }>(
      `SELECT nspname AS schema, pg_get_userbyid(nspowner) AS owner FROM pg_namespace
       WHERE nspname IN ('notification', 'jobs_beneficiaries', 'jobs_catalogue', 'jobs_labour', 'jobs_housing') ORDER BY nspname`,
    );
    expect(owners.rows).toEqual([
      { schema: 'jobs_beneficiaries', owner: 'shubh_beneficiaries' },
      { schema: 'jobs_catalogue', owner: 'shubh_catalogue' },
      { schema: 'jobs_housing', owner: 'shubh_housing' },
      { schema: 'jobs_labour', owner: 'shubh_labour' },
      { schema: 'notification', owner: 'shubh_notification' },
    ]);
    const strays = await admin.query(
      `SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname LIKE 'jobs\\_%' AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> 'shubh_' || substr(n.nspname, 6)`,
    );
    expect(strays.rows).toEqual([]);
    expect(await privilege('shubh_catalogue', 'jobs_beneficiaries.job', 'SELECT')).toBe(false);
    for (const role of ['shubh_beneficiaries', 'shubh_catalogue', 'shubh_labour', 'shubh_housing']) {
      for (const what of ['SELECT', 'INSERT', 'UPDATE']) {
        expect([role, what, await privilege(role, 'notification.notification', what)]).toEqual([role, what, true]);
      }
      for (const what of ['DELETE', 'TRUNCATE']) {
        expect([role, what, await privilege(role, 'notification.notification', what)]).toEqual([role, what, false]);
      }
    }
  });

  it("gives another subgraph's tables to no one, and its published contracts to their readers only", async () => {
    expect(await privilege('shubh_labour', 'beneficiaries.beneficiary', 'SELECT')).toBe(false);
    expect(await privilege('shubh_labour', 'beneficiaries.consent', 'SELECT')).toBe(false);
    expect(await privilege('shubh_catalogue', 'labour.labour_profile', 'SELECT')).toBe(false);
    expect(await privilege('shubh_housing', 'catalogue.referral', 'SELECT')).toBe(false);
    expect(await privilege('shubh_labour', 'beneficiaries.case_access', 'SELECT')).toBe(true);
    expect(await privilege('shubh_catalogue', 'beneficiaries.sharing_consent_in_force', 'SELECT')).toBe(true);
    expect(await privilege('shubh_beneficiaries', 'catalogue.referral_addressee', 'SELECT')).toBe(true);
    expect(await privilege('shubh_beneficiaries', 'beneficiaries.case_access', 'SELECT')).toBe(true);
  });
});

// On the embedded PGlite every connection is one session (see above): reported as skipped there, run on PostgreSQL.
const onPostgreSQL = Boolean(process.env.DATABASE_URL);

(onPostgreSQL ? describe : describe.skip)('the roles, enforced (PostgreSQL)', () => {
  /** A connection as the labour subgraph's requests make it. */
  const asLabour = async <T>(use: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url(), options: '-c role=shubh_labour' });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  };
  const refusal = (client: pg.Client, sql: string) =>
    client.query(sql).then(
      () => 'done',
      (error: { code?: string }) => error.code,
    );

  it('runs a subgraph as its role, which cannot read another subgraph, nor change or unguard the audit trail', async () => {
    const dataSource = await openSubgraphDatabase(
      labourSubgraph,
      { databaseUrl: url(), databasePoolSize: 2 },
      createLogger('labour', 'silent'),
    );
    try {
      expect(await dataSource.query('SELECT current_user AS role')).toEqual([{ role: 'shubh_labour' }]);
    } finally {
      await dataSource.destroy();
    }
    await asLabour(async (client) => {
      const insufficientPrivilege = '42501';
      expect(await refusal(client, 'SELECT 1 FROM beneficiaries.beneficiary LIMIT 1')).toBe(insufficientPrivilege);
      expect(await refusal(client, 'SELECT 1 FROM catalogue.referral LIMIT 1')).toBe(insufficientPrivilege);
      expect(await refusal(client, `UPDATE audit.entry SET reason = 'rewritten' WHERE false`)).toBe(insufficientPrivilege);
      expect(await refusal(client, 'DELETE FROM audit.entry WHERE false')).toBe(insufficientPrivilege);
      expect(await refusal(client, 'ALTER TABLE audit.entry DISABLE TRIGGER ALL')).toBe(insufficientPrivilege);
      expect(await refusal(client, 'SELECT 1 FROM beneficiaries.case_access LIMIT 1')).toBe('done');
      expect(await refusal(client, 'SELECT 1 FROM labour.labour_profile LIMIT 1')).toBe('done');
    });
  });
});
