import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published, read-only contract for the catalogue subgraph: which organisations each beneficiary consents,
 * right now, to share their case with (a referral may be sent only then). Nothing else of this schema is read
 * from outside it.
 */
export class PublishSharingConsent1764650000000 implements MigrationInterface {
  name = 'PublishSharingConsent1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW beneficiaries.sharing_consent_in_force AS
        SELECT beneficiary_id, organisation_id, granted_at
        FROM beneficiaries.consent
        WHERE purpose = 'SHARE_WITH_ORGANISATION' AND withdrawn_at IS NULL`);
    await queryRunner.query(
      `COMMENT ON VIEW beneficiaries.sharing_consent_in_force IS 'Published contract: read by the catalogue subgraph before it sends a referral'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.sharing_consent_in_force');
  }
}
