import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1768400000000 implements MigrationInterface {
  name = 'CreateNotifications1768400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per thing someone must be told, addressed to one user, to one organisation's people or to
    // one corner's team. `dedupe_key`
    // names the fact (a referral sent, a permit's expiry day): a job that runs twice finds it and raises nothing new.
    await queryRunner.query(`
      CREATE TABLE notification.notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        recipient_user_id uuid,
        recipient_organisation_id uuid,
        recipient_corner_id uuid,
        recipient text GENERATED ALWAYS AS (COALESCE(
          'user:' || recipient_user_id::text,
          'organisation:' || recipient_organisation_id::text,
          'corner:' || recipient_corner_id::text)) STORED,
        dedupe_key text NOT NULL,
        beneficiary_id uuid,
        referral_id uuid,
        due_on date,
        subgraph text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        emailed_at timestamptz,
        CONSTRAINT notification_one_recipient CHECK (num_nonnulls(recipient_user_id, recipient_organisation_id, recipient_corner_id) = 1),
        CONSTRAINT notification_once UNIQUE (recipient, dedupe_key)
      )`);
    await queryRunner.query('CREATE INDEX notification_user_idx ON notification.notification (recipient_user_id, created_at DESC, id)');
    await queryRunner.query(
      'CREATE INDEX notification_organisation_idx ON notification.notification (recipient_organisation_id, created_at DESC, id)',
    );
    await queryRunner.query('CREATE INDEX notification_corner_idx ON notification.notification (recipient_corner_id, created_at DESC, id)');
    await queryRunner.query('CREATE INDEX notification_beneficiary_idx ON notification.notification (beneficiary_id)');
    // What each user did with a notification (an organisation's is read or dismissed by each of its people on their own).
    await queryRunner.query(`
      CREATE TABLE notification.receipt (
        notification_id uuid NOT NULL REFERENCES notification.notification (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        read_at timestamptz,
        dismissed_at timestamptz,
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification.receipt');
    await queryRunner.query('DROP TABLE notification.notification');
  }
}
