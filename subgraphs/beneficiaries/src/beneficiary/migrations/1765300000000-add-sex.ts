import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's sex as recorded on the residence permit (F, M, or X where the document says unspecified, as ICAO 9303
 * travel documents allow); null until recorded. The results domain disaggregates by it.
 */
export class AddSex1765300000000 implements MigrationInterface {
  name = 'AddSex1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE beneficiaries.beneficiary ADD COLUMN sex text CHECK (sex IN ('FEMALE', 'MALE', 'UNSPECIFIED'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE beneficiaries.beneficiary DROP COLUMN sex');
  }
}
