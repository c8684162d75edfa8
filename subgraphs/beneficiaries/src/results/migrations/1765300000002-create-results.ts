import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The results domain's own tables: targets (the programme's 295 and what an administrator sets per province or
 * corner), reporting periods, and each locked period's frozen figures, one version per lock or correction.
 */
export class CreateResults1765300000002 implements MigrationInterface {
  name = 'CreateResults1765300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.result_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator text NOT NULL CHECK (indicator IN ('AUTONOMY_OUTCOME', 'ENROLLED')),
        province char(2) CHECK (province ~ '^[A-Z]{2}$'),
        integra_corner_id uuid,
        value integer NOT NULL CHECK (value >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL CHECK (btrim(updated_by) <> ''),
        CHECK (province IS NULL OR integra_corner_id IS NULL)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX result_target_scope_idx
        ON beneficiaries.result_target (indicator, coalesce(province, ''), coalesce(integra_corner_id::text, ''))`);
    // The programme's expected result (the project description): greater autonomy for 295 people.
    await queryRunner.query(`
      INSERT INTO beneficiaries.result_target (indicator, value, updated_by) VALUES ('AUTONOMY_OUTCOME', 295, 'programme')`);
    await queryRunner.query(`
      CREATE TABLE beneficiaries.reporting_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MONTH', 'QUARTER', 'PROJECT')),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL CHECK (btrim(created_by) <> ''),
        UNIQUE (kind, starts_on, ends_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE beneficiaries.reporting_period_version (
        period_id uuid NOT NULL REFERENCES beneficiaries.reporting_period (id),
        version integer NOT NULL CHECK (version >= 1),
        figures jsonb NOT NULL,
        explanation text CHECK (btrim(explanation) <> '' AND length(explanation) <= 2000),
        locked_at timestamptz NOT NULL DEFAULT now(),
        locked_by text NOT NULL CHECK (btrim(locked_by) <> ''),
        PRIMARY KEY (period_id, version),
        -- A correction says why.
        CHECK (version = 1 OR explanation IS NOT NULL)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.reporting_period_version');
    await queryRunner.query('DROP TABLE beneficiaries.reporting_period');
    await queryRunner.query('DROP TABLE beneficiaries.result_target');
  }
}
