import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published sharing-consent view also says which Integra Corner follows the person, so that the catalogue
 * can refuse a referral sent from another corner (a corner refers only the people it follows).
 */
export class SharingConsentWithCorner1764660000000 implements MigrationInterface {
  name = 'SharingConsentWithCorner1764660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW beneficiaries.sharing_consent_in_force AS
        SELECT c.beneficiary_id, c.organisation_id, c.granted_at, b.integra_corner_id
        FROM beneficiaries.consent c
        JOIN beneficiaries.beneficiary b ON b.id = c.beneficiary_id
        WHERE c.purpose = 'SHARE_WITH_ORGANISATION' AND c.withdrawn_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.sharing_consent_in_force');
    await queryRunner.query(`
      CREATE VIEW beneficiaries.sharing_consent_in_force AS
        SELECT beneficiary_id, organisation_id, granted_at FROM beneficiaries.consent
        WHERE purpose = 'SHARE_WITH_ORGANISATION' AND withdrawn_at IS NULL`);
  }
}
