import type { MigrationInterface, QueryRunner } from 'typeorm';

// A non-empty list of two-letter province codes (sigle), with no null element.
const provinceCodes = (column: string) =>
  `CHECK (cardinality(${column}) > 0 AND array_position(${column}, NULL) IS NULL ` +
  `AND array_to_string(${column}, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$')`;

const ORGANISATION_TYPES = [
  'PUBLIC_ADMINISTRATION',
  'RECEPTION_MANAGING_BODY',
  'PATRONATO',
  'NGO',
  'TRAINING_PROVIDER',
  'EMPLOYER',
  'HOUSING_AGENCY',
  'HEALTH_SERVICE',
  'EMPLOYMENT_CENTRE',
  'SCHOOL',
];
const SERVICE_AREAS = ['WORK', 'HOUSING', 'LANGUAGE', 'EDUCATION', 'HEALTH', 'ADMINISTRATIVE', 'SOCIAL', 'FAMILY'];
const SERVICE_TYPES = [
  'COACHING',
  'SOFT_SKILLS_LAB',
  'WORK_EXPERIENCE',
  'JOB_SEARCH_LAB',
  'EMPLOYER_WORKSHOP',
  'COUNSELLING',
  'JOB_SEARCH_SUPPORT',
  'LABOUR_MATCHING',
  'HOUSING_INTERMEDIATION',
  'HOUSING_TRANSITION',
  'RENT_GUARANTEE',
  'ITALIAN_L2',
  'CHILDCARE',
  'HEALTH_REFERRAL',
  'PSYCHOLOGICAL_SUPPORT',
  'SCHOOL_SUPPORT',
  'SKILLS_ASSESSMENT',
  'QUALIFICATION_RECOGNITION',
  'ADMINISTRATIVE_SUPPORT',
  'ORIENTATION',
  'SOCIO_CULTURAL_ACTIVITY',
];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

export class CreateCatalogue1764200000000 implements MigrationInterface {
  name = 'CreateCatalogue1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalogue.organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        type text NOT NULL CHECK (type IN (${oneOf(ORGANISATION_TYPES)})),
        provinces text[] NOT NULL ${provinceCodes('provinces')},
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX organisation_name_idx ON catalogue.organisation (name, id)');

    await queryRunner.query(`
      CREATE TABLE catalogue.integra_corner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        address text NOT NULL CHECK (btrim(address) <> ''),
        host_organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX integra_corner_province_name_idx ON catalogue.integra_corner (province, name, id)');
    await queryRunner.query('CREATE INDEX integra_corner_host_idx ON catalogue.integra_corner (host_organisation_id)');

    await queryRunner.query(`
      CREATE TABLE catalogue.programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name text NOT NULL CHECK (btrim(name) <> ''),
        funding_source text NOT NULL CHECK (btrim(funding_source) <> ''),
        managing_authority text NOT NULL CHECK (btrim(managing_authority) <> ''),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE catalogue.service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text NOT NULL CHECK (btrim(description) <> ''),
        programme_id uuid NOT NULL REFERENCES catalogue.programme (id),
        provider_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        area text NOT NULL CHECK (area IN (${oneOf(SERVICE_AREAS)})),
        type text NOT NULL CHECK (type IN (${oneOf(SERVICE_TYPES)})),
        provinces text[] NOT NULL ${provinceCodes('provinces')},
        languages text[] NOT NULL CHECK (cardinality(languages) > 0 AND array_position(languages, NULL) IS NULL
          AND array_to_string(languages, ',') ~ '^[a-z]{2}(,[a-z]{2})*$'),
        capacity integer CHECK (capacity > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The catalogue pages by name, across the network and within one programme.
    await queryRunner.query('CREATE INDEX service_name_idx ON catalogue.service (name, id)');
    await queryRunner.query('CREATE INDEX service_programme_name_idx ON catalogue.service (programme_id, name, id)');
    await queryRunner.query('CREATE INDEX service_provider_idx ON catalogue.service (provider_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue.service');
    await queryRunner.query('DROP TABLE catalogue.programme');
    await queryRunner.query('DROP TABLE catalogue.integra_corner');
    await queryRunner.query('DROP TABLE catalogue.organisation');
  }
}
