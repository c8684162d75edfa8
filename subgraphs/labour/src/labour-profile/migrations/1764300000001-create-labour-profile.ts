import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLabourProfile1764300000001 implements MigrationInterface {
  name = 'CreateLabourProfile1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key on beneficiary_id: the beneficiary lives in the beneficiaries schema.
    await queryRunner.query(`
      CREATE TABLE labour.labour_profile (
        beneficiary_id uuid PRIMARY KEY,
        employment_status text NOT NULL CHECK (employment_status IN
          ('UNEMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'IN_TRAINEESHIP', 'IN_TRAINING', 'NOT_IN_LABOUR_FORCE')),
        registered_with_employment_centre_on date,
        desired_isco_codes text[] NOT NULL DEFAULT '{}'
          CHECK (array_position(desired_isco_codes, NULL) IS NULL
            AND array_to_string(desired_isco_codes, ',') ~ '^([0-9]{4}(,[0-9]{4})*)?$'),
        work_experience_years integer CHECK (work_experience_years BETWEEN 0 AND 60),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE labour.labour_profile');
  }
}
