import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 11-digit provisional codice fiscale the Questura gives asylum seekers is a codice fiscale too: beneficiaries
 * and intake referrals store it beside the 16-character one (the service checks its check digit).
 */
export class AcceptProvisionalCodiceFiscale1765600000000 implements MigrationInterface {
  name = 'AcceptProvisionalCodiceFiscale1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['beneficiary', 'intake_referral']) {
      await queryRunner.query(`
        ALTER TABLE beneficiaries.${table} DROP CONSTRAINT ${table}_codice_fiscale_check;
        ALTER TABLE beneficiaries.${table} ADD CONSTRAINT ${table}_codice_fiscale_check
          CHECK (codice_fiscale ~ '^([A-Z0-9]{16}|[0-9]{11})$')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['beneficiary', 'intake_referral']) {
      await queryRunner.query(`
        ALTER TABLE beneficiaries.${table} DROP CONSTRAINT ${table}_codice_fiscale_check;
        ALTER TABLE beneficiaries.${table} ADD CONSTRAINT ${table}_codice_fiscale_check CHECK (codice_fiscale ~ '^[A-Z0-9]{16}$')`);
    }
  }
}
