import type { MigrationInterface, QueryRunner } from 'typeorm';

// The catalogue's own lists (organisation/migrations/1764200000000-create-catalogue.ts): an external service is
// typed as a catalogue service is, so that the overlap check compares like with like.
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

/**
 * Services a person received before SHUBH (issue 13, WP2a): recorded by the tutor, read by the overlap check and the
 * person's `servicesReceived`. The person is owned by the beneficiaries subgraph (no foreign key); the provider, when
 * it is an organisation of the network, is the catalogue's. A mistaken record is withdrawn, never deleted.
 */
export class CreateExternalService1768800000000 implements MigrationInterface {
  name = 'CreateExternalService1768800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalogue.external_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        provider_name text NOT NULL CHECK (length(provider_name) > 0),
        provider_organisation_id uuid REFERENCES catalogue.organisation (id),
        programme text NOT NULL CHECK (length(programme) > 0),
        type text NOT NULL CHECK (type IN (${oneOf(SERVICE_TYPES)})),
        area text NOT NULL CHECK (area IN (${oneOf(SERVICE_AREAS)})),
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        evidence text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by text,
        withdrawal_reason text,
        CHECK ((withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL)
            OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX external_service_beneficiary_idx ON catalogue.external_service (beneficiary_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue.external_service');
  }
}
