import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people living with a beneficiary (children's school enrolment, childcare). */
export class CreateHouseholdMember1764730000000 implements MigrationInterface {
  name = 'CreateHouseholdMember1764730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.household_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        relation text NOT NULL CHECK (relation IN ('CHILD', 'SPOUSE', 'PARENT', 'OTHER')),
        given_name text NOT NULL CHECK (btrim(given_name) <> ''),
        birth_date date NOT NULL,
        school_enrolled boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX household_member_beneficiary_idx ON beneficiaries.household_member (beneficiary_id, birth_date, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.household_member');
  }
}
