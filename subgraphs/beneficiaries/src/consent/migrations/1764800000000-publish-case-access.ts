import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract other subgraphs decide access by: each person's corner, tutor and consent purposes in force. Labour,
 * housing and the catalogue read it in the same request instead of trusting what the gateway forwards, so facts a
 * caller puts in a federation representation grant nothing.
 */
export class PublishCaseAccess1764800000000 implements MigrationInterface {
  name = 'PublishCaseAccess1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW beneficiaries.case_access (beneficiary_id, integra_corner_id, tutor_user_id, purposes_in_force) AS
        SELECT b.id, b.integra_corner_id, b.tutor_user_id,
          ARRAY(SELECT DISTINCT c.purpose FROM beneficiaries.consent c
                WHERE c.beneficiary_id = b.id AND c.withdrawn_at IS NULL ORDER BY c.purpose)
        FROM beneficiaries.beneficiary b`);
    // The lookup by person that the view's consent column needs (a consent table of 600,000 rows was scanned whole).
    await queryRunner.query(
      'CREATE INDEX consent_beneficiary_in_force_idx ON beneficiaries.consent (beneficiary_id, purpose) WHERE withdrawn_at IS NULL',
    );
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.case_access IS
        'Published contract of the beneficiaries subgraph: one row per person, with the Integra Corner that follows them, '
        'their tutor and the consent purposes in force. Read by catalogue, labour and housing for access decisions; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.case_access');
    await queryRunner.query('DROP INDEX beneficiaries.consent_beneficiary_in_force_idx');
  }
}
