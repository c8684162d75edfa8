import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A frozen version names the indicators it froze: one frozen before an indicator existed shows that indicator as
 * unknown (null), never as a zero nobody counted. Versions frozen before this migration hold the first eleven.
 */
export class SnapshotIndicators1768200000001 implements MigrationInterface {
  name = 'SnapshotIndicators1768200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE beneficiaries.reporting_period_version ADD COLUMN indicators text[]');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE beneficiaries.reporting_period_version DROP COLUMN indicators');
  }
}
