import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person with a single name has no family name on their permit: the family name may be the empty string (what
 * the hub stores for "none"), never blank spaces. NOT NULL stays, so the caseload's name order and its indexes hold.
 */
export class SingleName1768900000002 implements MigrationInterface {
  name = 'SingleName1768900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['beneficiary', 'intake_referral']) {
      await queryRunner.query(`ALTER TABLE beneficiaries.${table} DROP CONSTRAINT ${table}_family_name_check`);
      await queryRunner.query(
        `ALTER TABLE beneficiaries.${table} ADD CONSTRAINT ${table}_family_name_check CHECK (family_name = '' OR btrim(family_name) <> '')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['beneficiary', 'intake_referral']) {
      await queryRunner.query(`ALTER TABLE beneficiaries.${table} DROP CONSTRAINT ${table}_family_name_check`);
      await queryRunner.query(
        `ALTER TABLE beneficiaries.${table} ADD CONSTRAINT ${table}_family_name_check CHECK (btrim(family_name) <> '')`,
      );
    }
  }
}
