import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The housing subgraph's outcome contracts: one row per spell of a person's housing situation, and one per rent
 * guarantee, the facts the results domain counts ("moved from a shelter or informal hosting to a tenancy or
 * cohousing", "rent guarantees active"). Today a situation holds only the status in force and a guarantee is a flag,
 * so each is one open spell from the day recorded; the housing domain replaces the views' bodies (CREATE OR REPLACE,
 * same columns in the same order) once it records situations' history and guarantees.
 */
export class PublishHousingSpells1764990000001 implements MigrationInterface {
  name = 'PublishHousingSpells1764990000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.housing_spell (beneficiary_id, status, started_on, ended_on) AS
        SELECT s.beneficiary_id, s.status, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date
        FROM housing.housing_situation s`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.rent_guarantee_spell (beneficiary_id, started_on, ended_on, amount_cents) AS
        SELECT s.beneficiary_id, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date, NULL::integer
        FROM housing.housing_situation s WHERE s.rent_guarantee_active`);
    await queryRunner.query(`
      COMMENT ON VIEW housing.housing_spell IS
        'Published contract of the housing subgraph: one row per spell of a beneficiary''s housing situation (status as '
        'in HousingSituation, started_on, ended_on null while it lasts). Read by the results domain; do not change its shape.'`);
    await queryRunner.query(`
      COMMENT ON VIEW housing.rent_guarantee_spell IS
        'Published contract of the housing subgraph: one row per rent guarantee or insurance of a beneficiary '
        '(started_on, ended_on, amount_cents when known). Read by the results domain; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW housing.rent_guarantee_spell');
    await queryRunner.query('DROP VIEW housing.housing_spell');
  }
}
