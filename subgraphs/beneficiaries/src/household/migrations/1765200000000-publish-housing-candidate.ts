import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract the housing subgraph reads for intermediation: per person, the agreed minimum a housing provider sees
 * once the person is proposed for its offer (name, household size), and the household's size and minors that rank
 * offers. Housing decides who sees it (its own policy, from `beneficiaries.case_access`); the view only publishes it.
 */
export class PublishHousingCandidate1765200000000 implements MigrationInterface {
  name = 'PublishHousingCandidate1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW beneficiaries.housing_candidate (beneficiary_id, given_name, family_name, household_size, minors) AS
        SELECT b.id, b.given_name, b.family_name,
          1 + (SELECT count(*)::integer FROM beneficiaries.household_member m WHERE m.beneficiary_id = b.id),
          (SELECT count(*)::integer FROM beneficiaries.household_member m
           WHERE m.beneficiary_id = b.id AND m.birth_date > (now() AT TIME ZONE 'Europe/Rome')::date - interval '18 years')
        FROM beneficiaries.beneficiary b`);
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.housing_candidate IS
        'Published contract of the beneficiaries subgraph: one row per person, with the name and the household (size, '
        'the person included, and minors) that housing intermediation needs. Read by housing; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.housing_candidate');
  }
}
