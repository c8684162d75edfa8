import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidacies (a person proposed for a vacancy) with their history, the employments a hire records, and the
 * contract `labour.employment_spell` rebuilt from the status history (same columns, same order).
 */
export class CreateCandidacy1765100000002 implements MigrationInterface {
  name = 'CreateCandidacy1765100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE labour.candidacy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES labour.job_vacancy (id),
        beneficiary_id uuid NOT NULL,
        cv_name text NOT NULL CHECK (btrim(cv_name) <> ''),
        status text NOT NULL CHECK (status IN
          ('PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW', 'OFFERED', 'HIRED', 'DECLINED', 'REJECTED', 'WITHDRAWN')),
        agreed_on date,
        end_reason text,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // One live candidacy per person and vacancy; a closed one may be followed by a new proposal.
    await queryRunner.query(`
      CREATE UNIQUE INDEX candidacy_live_uq ON labour.candidacy (vacancy_id, beneficiary_id)
        WHERE status NOT IN ('DECLINED', 'REJECTED', 'WITHDRAWN')`);
    await queryRunner.query('CREATE INDEX candidacy_beneficiary_idx ON labour.candidacy (beneficiary_id, proposed_at DESC, id)');
    await queryRunner.query('CREATE INDEX candidacy_vacancy_idx ON labour.candidacy (vacancy_id, proposed_at DESC, id)');
    await queryRunner.query(`
      CREATE TABLE labour.candidacy_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidacy_id uuid NOT NULL REFERENCES labour.candidacy (id),
        from_status text,
        to_status text NOT NULL,
        reason text,
        note text,
        by_user text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query('CREATE INDEX candidacy_transition_candidacy_idx ON labour.candidacy_transition (candidacy_id, at, id)');
    await queryRunner.query(`
      CREATE TABLE labour.employment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidacy_id uuid NOT NULL UNIQUE REFERENCES labour.candidacy (id),
        beneficiary_id uuid NOT NULL,
        vacancy_id uuid NOT NULL REFERENCES labour.job_vacancy (id),
        employer_id uuid NOT NULL,
        contract_type text NOT NULL CHECK (contract_type IN
          ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TRAINEESHIP', 'SEASONAL', 'TEMPORARY_AGENCY')),
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        weekly_hours integer NOT NULL CHECK (weekly_hours BETWEEN 1 AND 60),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX employment_beneficiary_idx ON labour.employment (beneficiary_id)');
    await queryRunner.query(`
      ALTER TABLE labour.employment_status_change
        ADD CONSTRAINT employment_status_change_employment_fk FOREIGN KEY (employment_id) REFERENCES labour.employment (id)`);
    // Each change of status opens a spell that the next change closes (or the employment's end day); a profile
    // recorded before the history existed is one open spell, as before.
    await queryRunner.query(`
      CREATE OR REPLACE VIEW labour.employment_spell
        (beneficiary_id, employment_status, started_on, ended_on, contract_type, weekly_hours) AS
        SELECT c.beneficiary_id, c.to_status, c.changed_on,
               COALESCE(lead(c.changed_on) OVER (PARTITION BY c.beneficiary_id ORDER BY c.at, c.id), e.ended_on),
               e.contract_type, e.weekly_hours
        FROM labour.employment_status_change c LEFT JOIN labour.employment e ON e.id = c.employment_id
        UNION ALL
        SELECT p.beneficiary_id, p.employment_status, (p.updated_at AT TIME ZONE 'Europe/Rome')::date, NULL::date,
               NULL::text, NULL::integer
        FROM labour.labour_profile p
        WHERE NOT EXISTS (SELECT 1 FROM labour.employment_status_change c WHERE c.beneficiary_id = p.beneficiary_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW labour.employment_spell
        (beneficiary_id, employment_status, started_on, ended_on, contract_type, weekly_hours) AS
        SELECT p.beneficiary_id, p.employment_status, (p.updated_at AT TIME ZONE 'Europe/Rome')::date, NULL::date,
               NULL::text, NULL::integer
        FROM labour.labour_profile p`);
    await queryRunner.query('ALTER TABLE labour.employment_status_change DROP CONSTRAINT employment_status_change_employment_fk');
    await queryRunner.query('DROP TABLE labour.employment');
    await queryRunner.query('DROP TABLE labour.candidacy_transition');
    await queryRunner.query('DROP TABLE labour.candidacy');
  }
}
