import { createDataSource, migrate } from '../database.js';
import { grantAfterMigrations, prepareSchema } from '../database-roles.js';
import type { Logger } from '../logger.js';
import { CreateAuditTrail1764000000000 } from './migrations/1764000000000-create-audit-trail.js';
import { SealAuditTrailInBackground1767000000000 } from './migrations/1767000000000-seal-audit-trail-in-background.js';

/** The PostgreSQL schema of the audit trail that every subgraph shares; it holds its own migration history. */
export const AUDIT_SCHEMA = 'audit';

export const auditMigrations = [CreateAuditTrail1764000000000, SealAuditTrailInBackground1767000000000];

/**
 * Brings the shared audit schema up to date. Every subgraph calls it at start-up before its own migrations;
 * `migrate` holds an advisory lock, so subgraphs starting together apply each migration once.
 */
export async function migrateAuditSchema(databaseUrl: string, logger: Logger): Promise<void> {
  const { sessionRole } = await prepareSchema(databaseUrl, AUDIT_SCHEMA, logger);
  const dataSource = createDataSource({
    schema: AUDIT_SCHEMA,
    url: databaseUrl,
    poolSize: 2,
    entities: [],
    migrations: auditMigrations,
    logger,
    sessionRole,
  });
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource, AUDIT_SCHEMA);
    if (applied.length > 0) logger.info({ applied }, 'audit migrations applied');
    await grantAfterMigrations(databaseUrl, AUDIT_SCHEMA);
  } finally {
    await dataSource.destroy();
  }
}
