import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHousingSituation1764400000001 implements MigrationInterface {
  name = 'CreateHousingSituation1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key on beneficiary_id: the beneficiary lives in the beneficiaries schema, owned by another service.
    await queryRunner.query(`
      CREATE TABLE housing.housing_situation (
        beneficiary_id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN (
          'HOMELESS', 'EMERGENCY_SHELTER', 'HOSTED_BY_FRIENDS', 'SHARED_RENT', 'OWN_RENT', 'COHOUSING',
          'SOCIAL_HOUSING', 'TRANSITIONAL_HOUSING'
        )),
        municipality text CHECK (btrim(municipality) <> ''),
        since date,
        rent_guarantee_active boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE housing.housing_situation');
  }
}
