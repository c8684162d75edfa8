import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes the national-scale paths need (`npm run bench:national`; EXPLAIN-checked in
 * `test/national-scale.test.ts`):
 * - the results report reads, for every person, the day their intake referral was recorded
 *   (`intake_referral.converted_beneficiary_id`): without an index, a scan of every intake referral per person;
 * - a person's consents, withdrawn ones too (the record's `consents`, the case guard), by person;
 * - the attention lists start from the coordinator's corner: its open cases by corner, so that a corner with
 *   nothing overdue does not walk the network's overdue plans, critical issues and permits.
 */
export class IndexNationalPaths1768600000000 implements MigrationInterface {
  name = 'IndexNationalPaths1768600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX intake_referral_converted_idx ON beneficiaries.intake_referral (converted_beneficiary_id, referred_on)
        WHERE converted_beneficiary_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX consent_beneficiary_idx ON beneficiaries.consent (beneficiary_id, granted_at)`);
    await queryRunner.query(`
      CREATE INDEX beneficiary_corner_open_idx ON beneficiaries.beneficiary (integra_corner_id, id)
        WHERE case_status <> 'CLOSED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX beneficiaries.beneficiary_corner_open_idx');
    await queryRunner.query('DROP INDEX beneficiaries.consent_beneficiary_idx');
    await queryRunner.query('DROP INDEX beneficiaries.intake_referral_converted_idx');
  }
}
