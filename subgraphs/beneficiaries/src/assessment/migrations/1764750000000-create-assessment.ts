import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The assessment (WP2): skills, education with qualification recognition, languages, administrative procedures. */
export class CreateAssessment1764750000000 implements MigrationInterface {
  name = 'CreateAssessment1764750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.skill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        label text NOT NULL CHECK (btrim(label) <> ''),
        esco_uri text CHECK (esco_uri LIKE 'http://data.europa.eu/esco/%'),
        level text NOT NULL CHECK (level IN ('BASIC', 'INTERMEDIATE', 'ADVANCED')),
        certified boolean NOT NULL,
        certified_by text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        CHECK (certified = (certified_by IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX skill_beneficiary_idx ON beneficiaries.skill (beneficiary_id, recorded_at DESC, id)');

    await queryRunner.query(`
      CREATE TABLE beneficiaries.education (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        isced_level text NOT NULL CHECK (isced_level ~ '^ISCED_[0-8]$'),
        title text NOT NULL CHECK (btrim(title) <> ''),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        completed_year integer CHECK (completed_year BETWEEN 1940 AND 2100),
        recognition_status text NOT NULL DEFAULT 'NOT_STARTED'
          CHECK (recognition_status IN ('NOT_STARTED', 'SUBMITTED', 'IN_PROGRESS', 'RECOGNISED', 'REJECTED')),
        recognition_authority text,
        recognition_submitted_on date,
        recognition_decided_on date,
        recognition_note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (recognition_status = 'NOT_STARTED' OR (recognition_authority IS NOT NULL AND recognition_submitted_on IS NOT NULL)),
        CHECK ((recognition_status IN ('RECOGNISED', 'REJECTED')) = (recognition_decided_on IS NOT NULL)),
        CHECK (recognition_decided_on IS NULL OR recognition_decided_on >= recognition_submitted_on)
      )`);
    await queryRunner.query('CREATE INDEX education_beneficiary_idx ON beneficiaries.education (beneficiary_id, recorded_at DESC, id)');

    // Every assessment is kept; the latest per language is the level in force.
    await queryRunner.query(`
      CREATE TABLE beneficiaries.language_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        language char(2) NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        level text NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        assessed_on date NOT NULL,
        certificate text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX language_assessment_latest_idx ON beneficiaries.language_assessment (beneficiary_id, language, assessed_on DESC, recorded_at DESC)',
    );

    await queryRunner.query(`
      CREATE TABLE beneficiaries.work_experience (
        beneficiary_id uuid PRIMARY KEY REFERENCES beneficiaries.beneficiary (id),
        years integer NOT NULL CHECK (years BETWEEN 0 AND 60),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE beneficiaries.administrative_procedure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        kind text NOT NULL
          CHECK (kind IN ('PERMIT_RENEWAL', 'RESIDENCE_REGISTRATION', 'TAX_CODE', 'HEALTH_CARD', 'SPID', 'BANK_ACCOUNT', 'OTHER')),
        description text CHECK (description IS NULL OR btrim(description) <> ''),
        status text NOT NULL DEFAULT 'TO_DO' CHECK (status IN ('TO_DO', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
        due_on date,
        permit_expires_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((kind = 'PERMIT_RENEWAL') = (permit_expires_on IS NOT NULL)),
        CHECK (kind <> 'OTHER' OR description IS NOT NULL)
      )`);
    // One open procedure per kind (OTHER aside): a second is a conflict, not a duplicate.
    await queryRunner.query(`
      CREATE UNIQUE INDEX administrative_procedure_open_idx ON beneficiaries.administrative_procedure (beneficiary_id, kind)
        WHERE status <> 'DONE' AND kind <> 'OTHER'`);
    await queryRunner.query(
      'CREATE INDEX administrative_procedure_beneficiary_idx ON beneficiaries.administrative_procedure (beneficiary_id, due_on, id)',
    );
    // permitsExpiring: open renewals by expiry.
    await queryRunner.query(`
      CREATE INDEX administrative_procedure_permit_expiry_idx ON beneficiaries.administrative_procedure (permit_expires_on, id)
        WHERE kind = 'PERMIT_RENEWAL' AND status <> 'DONE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.administrative_procedure');
    await queryRunner.query('DROP TABLE beneficiaries.work_experience');
    await queryRunner.query('DROP TABLE beneficiaries.language_assessment');
    await queryRunner.query('DROP TABLE beneficiaries.education');
    await queryRunner.query('DROP TABLE beneficiaries.skill');
  }
}
