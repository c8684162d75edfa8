import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outreach list (`eligibilityWindowsClosing`) reads referred people by reception exit day: the window closes
 * 18 months after it, so the exit day orders the list as the closing day does.
 */
export class IndexEligibilityWindows1764710000000 implements MigrationInterface {
  name = 'IndexEligibilityWindows1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX beneficiary_referred_exit_idx ON beneficiaries.beneficiary (reception_exit_date, id)
        WHERE case_status = 'REFERRED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX beneficiaries.beneficiary_referred_exit_idx');
  }
}
