import type { MigrationInterface, QueryRunner } from 'typeorm';

const EMPLOYMENT = ['EMPLOYED', 'SELF_EMPLOYED', 'IN_TRAINEESHIP', 'IN_EDUCATION_OR_TRAINING', 'UNEMPLOYED', 'NOT_IN_LABOUR_FORCE'];
const HOUSING = [
  'HOMELESS',
  'EMERGENCY_SHELTER',
  'HOSTED_BY_FRIENDS',
  'SHARED_RENT',
  'OWN_RENT',
  'COHOUSING',
  'SOCIAL_HOUSING',
  'TRANSITIONAL_HOUSING',
];
const oneOf = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The follow-up contact six months after a case was closed: one result per closure (a case reopened and closed
 * again has a new one due), what the person said of their work and their home when reached.
 */
export class CreateAfterExitFollowUp1768200000000 implements MigrationInterface {
  name = 'CreateAfterExitFollowUp1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.after_exit_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        closed_on date NOT NULL,
        contacted_on date NOT NULL CHECK (contacted_on >= closed_on),
        reached boolean NOT NULL,
        employment_status text CHECK (employment_status IN (${oneOf(EMPLOYMENT)})),
        housing_status text CHECK (housing_status IN (${oneOf(HOUSING)})),
        note text CHECK (btrim(note) <> '' AND length(note) <= 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> ''),
        UNIQUE (beneficiary_id, closed_on),
        -- What the person said is known only when they were reached, and then both answers are recorded.
        CHECK (reached = (employment_status IS NOT NULL AND housing_status IS NOT NULL)),
        CHECK (reached OR (employment_status IS NULL AND housing_status IS NULL))
      )`);
    // The due list: closed cases by closing day.
    await queryRunner.query(
      `CREATE INDEX beneficiary_closed_on_idx ON beneficiaries.beneficiary (closed_on, id) WHERE case_status = 'CLOSED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX beneficiaries.beneficiary_closed_on_idx');
    await queryRunner.query('DROP TABLE beneficiaries.after_exit_follow_up');
  }
}
