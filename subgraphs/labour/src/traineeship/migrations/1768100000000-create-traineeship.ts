import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extracurricular traineeships (tirocini): the host employer and the promoting body (catalogue organisations, no
 * foreign key across schemas), the individual training project, the dates, hours and allowance, the company tutor,
 * the attendance recorded per period, the outcome; every change of status kept. The contract
 * `labour.traineeship_spell` publishes one row per traineeship to the results domain.
 */
export class CreateTraineeship1768100000000 implements MigrationInterface {
  name = 'CreateTraineeship1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE labour.traineeship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        host_employer_id uuid NOT NULL,
        promoter_id uuid NOT NULL,
        action_id uuid,
        objectives text NOT NULL CHECK (btrim(objectives) <> ''),
        activities text NOT NULL CHECK (btrim(activities) <> ''),
        province char(2) NOT NULL,
        municipality text NOT NULL CHECK (btrim(municipality) <> ''),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on),
        weekly_hours integer NOT NULL CHECK (weekly_hours BETWEEN 1 AND 40),
        monthly_allowance_cents integer NOT NULL CHECK (monthly_allowance_cents > 0),
        company_tutor_name text NOT NULL CHECK (btrim(company_tutor_name) <> ''),
        company_tutor_contact text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'COMPLETED', 'HIRED', 'INTERRUPTED')),
        ended_on date CHECK (ended_on >= starts_on),
        interruption_reason text,
        version integer NOT NULL DEFAULT 1,
        started_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ACTIVE') = (ended_on IS NULL)),
        CHECK ((status = 'INTERRUPTED') = (interruption_reason IS NOT NULL))
      )`);
    // One traineeship running per person at a time.
    await queryRunner.query(`CREATE UNIQUE INDEX traineeship_active_uq ON labour.traineeship (beneficiary_id) WHERE status = 'ACTIVE'`);
    await queryRunner.query('CREATE INDEX traineeship_beneficiary_idx ON labour.traineeship (beneficiary_id, starts_on DESC, id)');
    await queryRunner.query('CREATE INDEX traineeship_host_idx ON labour.traineeship (host_employer_id, starts_on DESC, id)');
    await queryRunner.query('CREATE INDEX traineeship_list_idx ON labour.traineeship (starts_on DESC, id)');
    await queryRunner.query(`
      CREATE TABLE labour.traineeship_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traineeship_id uuid NOT NULL REFERENCES labour.traineeship (id),
        from_status text,
        to_status text NOT NULL,
        reason text,
        note text,
        by_user text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query('CREATE INDEX traineeship_transition_idx ON labour.traineeship_transition (traineeship_id, at, id)');
    await queryRunner.query(`
      CREATE TABLE labour.traineeship_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traineeship_id uuid NOT NULL REFERENCES labour.traineeship (id),
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        hours integer NOT NULL CHECK (hours >= 0),
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX traineeship_attendance_idx ON labour.traineeship_attendance (traineeship_id, period_start, id)');
    await queryRunner.query(`
      CREATE VIEW labour.traineeship_spell (beneficiary_id, traineeship_id, host_employer_id, started_on, ended_on, planned_end_on,
          weekly_hours, outcome) AS
        SELECT t.beneficiary_id, t.id, t.host_employer_id, t.starts_on, t.ended_on, t.ends_on, t.weekly_hours,
               CASE WHEN t.status = 'ACTIVE' THEN NULL ELSE t.status END
        FROM labour.traineeship t`);
    await queryRunner.query(`
      COMMENT ON VIEW labour.traineeship_spell IS
        'Published contract of the labour subgraph: one row per traineeship, from its first day to its last (ended_on '
        'null while it runs), with the host, the planned end, the weekly hours and the outcome (HIRED, COMPLETED, '
        'INTERRUPTED; null while it runs). Read by beneficiaries (results); do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW labour.traineeship_spell');
    await queryRunner.query('DROP TABLE labour.traineeship_attendance');
    await queryRunner.query('DROP TABLE labour.traineeship_transition');
    await queryRunner.query('DROP TABLE labour.traineeship');
  }
}
