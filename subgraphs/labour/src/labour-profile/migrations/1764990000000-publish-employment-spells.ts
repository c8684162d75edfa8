import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The labour subgraph's outcome contract: one row per spell of a person's labour-market status (employed,
 * self-employed, in a traineeship, ...), the facts the results domain counts. Today a profile holds only the status
 * in force, so each profile is one open spell starting the day it was last updated; the labour domain replaces
 * the view's body (CREATE OR REPLACE, same columns in the same order) once it records employments and their history.
 */
export class PublishEmploymentSpells1764990000000 implements MigrationInterface {
  name = 'PublishEmploymentSpells1764990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW labour.employment_spell
        (beneficiary_id, employment_status, started_on, ended_on, contract_type, weekly_hours) AS
        SELECT p.beneficiary_id, p.employment_status, (p.updated_at AT TIME ZONE 'Europe/Rome')::date, NULL::date,
               NULL::text, NULL::integer
        FROM labour.labour_profile p`);
    await queryRunner.query(`
      COMMENT ON VIEW labour.employment_spell IS
        'Published contract of the labour subgraph: one row per spell of a beneficiary''s labour-market status '
        '(employment_status as in LabourProfile, started_on, ended_on null while it lasts, contract_type and weekly_hours '
        'when an employment records them). Read by the results domain; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW labour.employment_spell');
  }
}
