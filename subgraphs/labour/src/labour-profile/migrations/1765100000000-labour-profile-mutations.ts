import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The labour profile becomes editable: an optimistic version, the DID date, availability and mobility, and the
 * history of the employment status (one row per change, the facts `labour.employment_spell` is built from).
 */
export class LabourProfileMutations1765100000000 implements MigrationInterface {
  name = 'LabourProfileMutations1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE labour.labour_profile
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN immediate_availability_declared_on date,
        ADD COLUMN hours_per_week integer CHECK (hours_per_week BETWEEN 1 AND 60),
        ADD COLUMN shifts text[] NOT NULL DEFAULT '{}'
          CHECK (shifts <@ ARRAY['MORNING', 'AFTERNOON', 'NIGHT', 'WEEKEND']::text[]),
        ADD COLUMN available_from date,
        ADD COLUMN reachable_provinces text[] NOT NULL DEFAULT '{}',
        ADD COLUMN reachable_municipalities text[] NOT NULL DEFAULT '{}',
        ADD COLUMN driving_licences text[] NOT NULL DEFAULT '{}',
        ADD COLUMN own_vehicle boolean NOT NULL DEFAULT false,
        ADD COLUMN updated_by text`);
    await queryRunner.query(`
      CREATE TABLE labour.employment_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES labour.labour_profile (beneficiary_id),
        from_status text,
        to_status text NOT NULL,
        changed_on date NOT NULL,
        employment_id uuid,
        by_user text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      'CREATE INDEX employment_status_change_beneficiary_idx ON labour.employment_status_change (beneficiary_id, at, id)',
    );
    // Matching looks people up by the occupations they want.
    await queryRunner.query('CREATE INDEX labour_profile_desired_isco_idx ON labour.labour_profile USING gin (desired_isco_codes)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX labour.labour_profile_desired_isco_idx');
    await queryRunner.query('DROP TABLE labour.employment_status_change');
    await queryRunner.query(`
      ALTER TABLE labour.labour_profile DROP COLUMN version, DROP COLUMN immediate_availability_declared_on,
        DROP COLUMN hours_per_week, DROP COLUMN shifts, DROP COLUMN available_from, DROP COLUMN reachable_provinces,
        DROP COLUMN reachable_municipalities, DROP COLUMN driving_licences, DROP COLUMN own_vehicle, DROP COLUMN updated_by`);
  }
}
