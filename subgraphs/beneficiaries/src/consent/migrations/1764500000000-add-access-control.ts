import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tutor assignment, consents per purpose, and the special-category profile kept apart from the rest. */
export class AddAccessControl1764500000000 implements MigrationInterface {
  name = 'AddAccessControl1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE beneficiaries.beneficiary ADD COLUMN tutor_user_id uuid');
    await queryRunner.query('CREATE INDEX beneficiary_tutor_idx ON beneficiaries.beneficiary (tutor_user_id)');
    await queryRunner.query(`
      CREATE TABLE beneficiaries.consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        purpose text NOT NULL
          CHECK (purpose IN ('CASE_MANAGEMENT', 'SHARE_WITH_ORGANISATION', 'LABOUR_MATCHING', 'HOUSING_SUPPORT')),
        organisation_id uuid,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text,
        CHECK ((purpose = 'SHARE_WITH_ORGANISATION') = (organisation_id IS NOT NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
        CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at)
      )`);
    // At most one consent in force per person, purpose and organisation: a second grant is a conflict.
    await queryRunner.query(`
      CREATE UNIQUE INDEX consent_in_force_idx ON beneficiaries.consent
        (beneficiary_id, purpose, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))
        WHERE withdrawn_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE beneficiaries.sensitive_profile (
        beneficiary_id uuid PRIMARY KEY REFERENCES beneficiaries.beneficiary (id),
        vulnerabilities text[] NOT NULL DEFAULT '{}',
        health_notes text,
        legal_status_documents jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.sensitive_profile');
    await queryRunner.query('DROP TABLE beneficiaries.consent');
    await queryRunner.query('ALTER TABLE beneficiaries.beneficiary DROP COLUMN tutor_user_id');
  }
}
