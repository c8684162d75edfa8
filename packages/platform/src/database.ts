import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import pg from 'pg';
import type { Logger } from './logger.js';

// A PostgreSQL `date` is a calendar day, not an instant: keep it as the `YYYY-MM-DD` string it is, so no time
// zone can move a birth date by one day.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * Counts the SQL statements each data source sends. Tests use it to prove that a request costs a constant
 * number of statements whatever the size of the list (N+1 is a bug); the benchmark prints it.
 */
export class SqlStatementCounter {
  #count = 0;
  get count(): number {
    return this.#count;
  }
  record(): void {
    this.#count += 1;
  }
}

/** One counter for every data source in the process, so an in-process test can sum a whole request. */
export const sqlStatements = new SqlStatementCounter();

class DatabaseLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}
  logQuery(query: string): void {
    sqlStatements.record();
    this.logger.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query }, 'sql statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, 'slow sql statement');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'log' ? 'debug' : level]({ detail: message }, 'typeorm');
  }
}

export interface DatabaseOptions {
  /** The PostgreSQL schema this subgraph owns; it also holds the subgraph's migration history. */
  schema: string;
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  logger: Logger;
  /** The role every connection takes at start (`database-roles.ts`); none keeps the connecting user's. */
  sessionRole?: string | null;
  /** Bounded waits (`DATABASE_LOCK_TIMEOUT_MS`, `DATABASE_STATEMENT_TIMEOUT_MS`); 0 waits for ever. */
  timeouts?: DatabaseTimeouts;
}

/** How long one statement may wait for a lock, and run in all, before PostgreSQL cancels it. */
export interface DatabaseTimeouts {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { lockTimeoutMs: 5000, statementTimeoutMs: 30_000 };

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    installExtensions: false,
    applicationName: `shubh-${options.schema}`,
    maxQueryExecutionTime: 1000,
    logger: new DatabaseLogger(options.logger),
    // pg's pool drops a connection PostgreSQL closes (a restart, pg_terminate_backend) when the notice arrives;
    // TCP keepalive finds the ones whose server vanished without a word (a crashed host, a cut network).
    // Failed statements are not retried: one that died with its connection may have run, and a write must not
    // run twice; the request gets a retryable SERVICE_UNAVAILABLE instead (errors.ts).
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // No request waits unbounded on another's transaction (a subgraph frozen mid-transaction holds its locks):
      // past these, PostgreSQL cancels the statement and the client gets a retryable SERVICE_UNAVAILABLE.
      lock_timeout: (options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS).lockTimeoutMs,
      statement_timeout: (options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS).statementTimeoutMs,
      // The subgraph's own role from the first statement of every connection: least privilege for each request.
      // No JIT compilation: the hub's statements are short, and on the large ones (the results report's facts over
      // every contract) compiling their few hundred expressions cost more than it saved (4-5 s of a 2-3 s statement
      // at a tenth of national scale, `bench/README.md`).
      options: ['-c jit=off', ...(options.sessionRole ? [`-c role=${options.sessionRole}`] : [])].join(' '),
    },
  });
}

/**
 * Brings the subgraph's schema up to date. An advisory lock keyed on the schema name makes concurrent
 * replicas of one subgraph wait for each other instead of applying the same migration twice. The lock holds
 * one connection while the migrations use another: the pool needs at least two.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // A replica waits for another's migrations as long as they take: not bounded by the request timeouts.
    await runner.query('SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`shubh-migrations:${schema}`]);
    // The schema itself is made (and given to the subgraph's role) before, by `prepareSchema`.
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`shubh-migrations:${schema}`]).catch(() => undefined);
    // Back in the pool, the connection waits no longer than any other.
    await runner.query('RESET lock_timeout').catch(() => undefined);
    await runner.release();
  }
}

/** Readiness: the database answers a trivial statement. */
export async function isDatabaseReachable(dataSource: DataSource): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * The code's own constants (statuses, levels) as a list of SQL text literals, for `IN (...)` and `ARRAY[...]` in
 * statements built from them. Never for what a client sent: a value that is not a plain code is refused.
 */
export function sqlTextList(values: readonly string[]): string {
  return values
    .map((value) => {
      if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new Error(`Not a code to write into SQL: ${JSON.stringify(value)}`);
      return `'${value}'`;
    })
    .join(', ');
}
