import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the e-mail delivery job keeps: since when e-mail is on (only notifications raised from then are mailed, so
 * switching it on does not flood people with every old one; it stays on once switched on), and per notification how many sends failed and the last
 * reason (`emailed_at`, in the table since its first migration, says it was handed to the SMTP server).
 */
export class EmailDelivery1769000000000 implements MigrationInterface {
  name = 'EmailDelivery1769000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification.email_delivery (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        started_at timestamptz
      )`);
    await queryRunner.query(`
      ALTER TABLE notification.notification
        ADD COLUMN email_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN email_error text`);
    // The delivery job's queue: the few not mailed yet, oldest first.
    await queryRunner.query(
      'CREATE INDEX notification_unmailed_idx ON notification.notification (email_attempts, created_at, id) WHERE emailed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX notification.notification_unmailed_idx');
    await queryRunner.query('ALTER TABLE notification.notification DROP COLUMN email_error, DROP COLUMN email_attempts');
    await queryRunner.query('DROP TABLE notification.email_delivery');
  }
}
