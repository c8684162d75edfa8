import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract the labour subgraph matches with: per person, the Italian level in force (the latest assessment of
 * Italian) and the expiry of the residence permit under an open renewal procedure (the one fact the hub keeps of the
 * permit). Labour decides who sees what of it (its own policy, from `beneficiaries.case_access`); the view only
 * publishes it, so that matching never copies the assessment.
 */
export class PublishLabourFacts1768100000001 implements MigrationInterface {
  name = 'PublishLabourFacts1768100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW beneficiaries.labour_facts (beneficiary_id, italian_level, permit_expires_on) AS
        SELECT b.id,
          (SELECT l.level FROM beneficiaries.language_assessment l WHERE l.beneficiary_id = b.id AND l.language = 'it'
           ORDER BY l.assessed_on DESC, l.recorded_at DESC LIMIT 1),
          (SELECT min(a.permit_expires_on) FROM beneficiaries.administrative_procedure a
           WHERE a.beneficiary_id = b.id AND a.kind = 'PERMIT_RENEWAL' AND a.status <> 'DONE')
        FROM beneficiaries.beneficiary b`);
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.labour_facts IS
        'Published contract of the beneficiaries subgraph: one row per person, with the Italian level in force (A1..C2, '
        'null when not assessed) and the expiry of the residence permit being renewed (null when no renewal is open). '
        'Read by labour; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.labour_facts');
  }
}
