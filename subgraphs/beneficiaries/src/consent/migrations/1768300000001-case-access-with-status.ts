import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `beneficiaries.case_access` gains the case status (a column added at the end: its readers' columns are unchanged),
 * so the catalogue refuses a new referral for a CLOSED case in the same request, from the owner's fact.
 */
export class CaseAccessWithStatus1768300000001 implements MigrationInterface {
  name = 'CaseAccessWithStatus1768300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW beneficiaries.case_access (beneficiary_id, integra_corner_id, tutor_user_id, purposes_in_force, case_status) AS
        SELECT b.id, b.integra_corner_id, b.tutor_user_id,
          ARRAY(SELECT DISTINCT c.purpose FROM beneficiaries.consent c
                WHERE c.beneficiary_id = b.id AND c.withdrawn_at IS NULL ORDER BY c.purpose),
          b.case_status
        FROM beneficiaries.beneficiary b`);
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.case_access IS
        'Published contract of the beneficiaries subgraph: one row per person, with the Integra Corner that follows them, '
        'their tutor, the consent purposes in force and the case status. Read by catalogue, labour and housing for access '
        'decisions; columns are only ever added at the end.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.case_access');
    await queryRunner.query(`
      CREATE VIEW beneficiaries.case_access (beneficiary_id, integra_corner_id, tutor_user_id, purposes_in_force) AS
        SELECT b.id, b.integra_corner_id, b.tutor_user_id,
          ARRAY(SELECT DISTINCT c.purpose FROM beneficiaries.consent c
                WHERE c.beneficiary_id = b.id AND c.withdrawn_at IS NULL ORDER BY c.purpose)
        FROM beneficiaries.beneficiary b`);
  }
}
