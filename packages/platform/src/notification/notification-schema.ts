import { createDataSource, migrate } from '../database.js';
import { grantAfterMigrations, prepareSchema } from '../database-roles.js';
import type { Logger } from '../logger.js';
import { CreateNotifications1768400000000 } from './migrations/1768400000000-create-notifications.js';
import { EmailDelivery1769000000000 } from './migrations/1769000000000-email-delivery.js';

/** The PostgreSQL schema of the notifications every subgraph's jobs raise; it holds its own migration history. */
export const NOTIFICATION_SCHEMA = 'notification';

export const notificationMigrations = [CreateNotifications1768400000000, EmailDelivery1769000000000];

/** Brings the shared notification schema up to date (every subgraph at start-up, once each under `migrate`'s lock). */
export async function migrateNotificationSchema(databaseUrl: string, logger: Logger): Promise<void> {
  const { sessionRole } = await prepareSchema(databaseUrl, NOTIFICATION_SCHEMA, logger);
  const dataSource = createDataSource({
    schema: NOTIFICATION_SCHEMA,
    url: databaseUrl,
    poolSize: 2,
    entities: [],
    migrations: notificationMigrations,
    logger,
    sessionRole,
  });
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource, NOTIFICATION_SCHEMA);
    if (applied.length > 0) logger.info({ applied }, 'notification migrations applied');
    await grantAfterMigrations(databaseUrl, NOTIFICATION_SCHEMA);
  } finally {
    await dataSource.destroy();
  }
}
