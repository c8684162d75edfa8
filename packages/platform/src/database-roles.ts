import pg from 'pg';
import { CONTRACT_READERS, CONTRACTS, SCHEMAS } from './contracts.js';
import type { Logger } from './logger.js';

/**
 * One PostgreSQL role per subgraph, with least privilege: `shubh_<subgraph>` owns its schema and nothing else, may
 * SELECT the contract views other subgraphs publish to it, and may only INSERT and SELECT the audit trail, whose
 * schema belongs to `shubh_audit` (so no service can disable the audit triggers: that takes the table's owner).
 *
 * The set-up below runs with the connection `DATABASE_URL` gives (a deploying user with CREATEROLE, or a superuser on
 * a developer's machine); migrations and every request then run as the subgraph's role (`SET ROLE` at connection
 * start). In production each subgraph may instead log in as its own role: then nothing needs creating, and the
 * set-up only checks. It is idempotent and serialised by an advisory lock, so replicas may run it together.
 */
export const AUDIT_ROLE = 'shubh_audit';
/** Owns the notifications every subgraph's jobs raise (`notification` schema): services insert and mark them, never drop them. */
export const NOTIFICATION_ROLE = 'shubh_notification';

export function roleOf(schema: string): string {
  if (schema === SCHEMAS.audit) return AUDIT_ROLE;
  if (schema === SCHEMAS.notification) return NOTIFICATION_ROLE;
  return `shubh_${schema}`;
}

const SHARED_SCHEMAS: readonly string[] = [SCHEMAS.audit, SCHEMAS.notification];
const SUBGRAPH_SCHEMAS = Object.values(SCHEMAS).filter((schema) => !SHARED_SCHEMAS.includes(schema));
const ALL_ROLES = [AUDIT_ROLE, NOTIFICATION_ROLE, ...SUBGRAPH_SCHEMAS.map(roleOf)];
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface DatabaseAccess {
  /** The role connections take at start (`-c role=...`), or null when they already are it, or cannot (PGlite). */
  sessionRole: string | null;
  /** PGlite serves every connection through one PostgreSQL session: a role taken by one would be taken by all. */
  embedded: boolean;
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'shubh-setup' });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function withLock<T>(client: pg.Client, use: () => Promise<T>): Promise<T> {
  await client.query(`SELECT pg_advisory_lock(hashtext('shubh-database-roles'))`);
  try {
    return await use();
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('shubh-database-roles'))`).catch(() => undefined);
  }
}

/** Makes every object of `schema` belong to `role` (objects a migration created before roles existed, or on PGlite). */
export async function adoptSchema(client: pg.Client, schema: string, role: string): Promise<void> {
  await client.query(`
    DO $adopt$
    DECLARE object record;
    BEGIN
      FOR object IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ${pg.escapeLiteral(schema)} AND c.relowner <> ${pg.escapeLiteral(role)}::regrole
          AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
      LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
          CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
            WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
          ${pg.escapeLiteral(schema)}, object.relname, ${pg.escapeLiteral(role)});
      END LOOP;
      FOR object IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = ${pg.escapeLiteral(schema)} AND p.proowner <> ${pg.escapeLiteral(role)}::regrole
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', object.signature, ${pg.escapeLiteral(role)});
      END LOOP;
    END
    $adopt$`);
}

/**
 * The roles and the schema of `schema`, before its migrations: the roles exist (all of them, since grants name each
 * other), the connecting user may act as them, and the schema exists and belongs to its role.
 */
export async function prepareSchema(url: string, schema: string, logger: Logger): Promise<DatabaseAccess> {
  return withClient(url, async (client) => {
    const [{ version, user, mayCreateRoles }] = (
      await client.query<{ version: string; user: string; mayCreateRoles: boolean }>(
        `SELECT version() AS version, current_user AS "user",
                (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS "mayCreateRoles"`,
      )
    ).rows as [{ version: string; user: string; mayCreateRoles: boolean }];
    const embedded = version.includes('PGlite');
    const role = roleOf(schema);
    if (user === role) return { sessionRole: null, embedded };
    await withLock(client, async () => {
      const existing = new Set(
        (await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [ALL_ROLES])).rows.map(
          (row) => row.rolname,
        ),
      );
      for (const name of ALL_ROLES) {
        if (existing.has(name)) continue;
        if (!mayCreateRoles) {
          throw new Error(
            `The PostgreSQL role ${name} does not exist and ${user} may not create roles: create the hub's roles ` +
              '(README, "Database roles") or set DATABASE_URL to a user with CREATEROLE for the first start',
          );
        }
        await client.query(`CREATE ROLE ${ident(name)} NOLOGIN`);
        logger.info({ role: name }, 'database role created');
      }
      // The connecting user takes the role at connection start (superusers may already).
      if (mayCreateRoles) await client.query(`GRANT ${ident(role)} TO ${ident(user)}`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(role)}`);
      await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(role)}`);
      await adoptSchema(client, schema, role);
    });
    return { sessionRole: embedded ? null : role, embedded };
  });
}

/**
 * After `schema`'s migrations: what it owns is its role's (on PGlite, where migrations run as the one session's
 * user), the contract views it publishes are readable by their readers, and, for the audit schema, every subgraph
 * may insert into and read the trail, and nothing more.
 */
export async function grantAfterMigrations(url: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    const [{ user }] = (await client.query<{ user: string }>('SELECT current_user AS "user"')).rows as [{ user: string }];
    const role = roleOf(schema);
    if (user === role) return;
    await withLock(client, async () => {
      await adoptSchema(client, schema, role);
      if (schema === SCHEMAS.audit) {
        const writers = SUBGRAPH_SCHEMAS.map((name) => ident(roleOf(name))).join(', ');
        await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM PUBLIC`);
        await client.query(`GRANT USAGE ON SCHEMA audit TO ${writers}`);
        await client.query(`GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA audit TO ${writers}`);
        await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO ${writers}`);
        // The hub's sealer runs in the session of whichever subgraph leads: it moves the seal horizon. What it writes
        // (seals, checkpoints) is chained and signed, so a forged one shows in verification.
        if ((await client.query<{ oid: string | null }>(`SELECT to_regclass('audit.seal_state') AS oid`)).rows[0]?.oid != null) {
          await client.query(`GRANT UPDATE ON audit.seal_state TO ${writers}`);
        }
        return;
      }
      if (schema === SCHEMAS.notification) {
        // Jobs raise notifications, people mark theirs read or dismissed, retention anonymises them: no service deletes.
        const writers = SUBGRAPH_SCHEMAS.map((name) => ident(roleOf(name))).join(', ');
        await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA notification FROM PUBLIC`);
        await client.query(`GRANT USAGE ON SCHEMA notification TO ${writers}`);
        await client.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA notification TO ${writers}`);
        return;
      }
      for (const [name, view] of Object.entries(CONTRACTS)) {
        const [owner, relation] = view.split('.') as [string, string];
        const readers = CONTRACT_READERS[name as keyof typeof CONTRACTS];
        if (owner !== schema || readers.length === 0) continue;
        const exists = (await client.query<{ oid: string | null }>('SELECT to_regclass($1) AS oid', [view])).rows[0]?.oid != null;
        if (!exists) continue;
        const roles = readers.map((reader) => ident(roleOf(reader))).join(', ');
        await client.query(`GRANT USAGE ON SCHEMA ${ident(owner)} TO ${roles}`);
        await client.query(`GRANT SELECT ON ${ident(owner)}.${ident(relation)} TO ${roles}`);
      }
    });
  });
}

/** The schema of a subgraph's job queue (pg-boss): beside the subgraph's own, and its role's like it. */
export function jobSchemaOf(subgraph: string): string {
  return `jobs_${subgraph}`;
}

/**
 * Installs or upgrades a subgraph's job-queue schema with the connecting user (`install` runs the queue library's own
 * DDL), then gives it to the subgraph's role, which runs the queue from then on. Serialised like the rest of the
 * set-up, so replicas starting together install it once.
 */
export async function prepareJobSchema(url: string, subgraph: string, install: (client: pg.Client) => Promise<void>): Promise<void> {
  await withClient(url, async (client) => {
    const [{ user }] = (await client.query<{ user: string }>('SELECT current_user AS "user"')).rows as [{ user: string }];
    const role = roleOf(subgraph);
    const schema = jobSchemaOf(subgraph);
    await withLock(client, async () => {
      await install(client);
      if (user !== role) {
        await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(role)}`);
        await adoptSchema(client, schema, role);
      }
    });
  });
}
