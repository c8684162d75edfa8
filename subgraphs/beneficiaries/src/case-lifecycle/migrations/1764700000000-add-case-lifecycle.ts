import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How a case ends (outcome, closing day), the history of its statuses and of its tutors. */
export class AddCaseLifecycle1764700000000 implements MigrationInterface {
  name = 'AddCaseLifecycle1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE beneficiaries.beneficiary
        ADD COLUMN closed_on date,
        ADD COLUMN outcome text
          CHECK (outcome IN ('AUTONOMY_REACHED', 'PARTIAL', 'DROPPED_OUT', 'TRANSFERRED', 'INELIGIBLE')),
        ADD CONSTRAINT beneficiary_outcome_when_closed CHECK (outcome IS NULL OR case_status = 'CLOSED'),
        ADD CONSTRAINT beneficiary_closed_on_when_closed CHECK (closed_on IS NULL OR case_status = 'CLOSED')`);
    await queryRunner.query(`
      CREATE TABLE beneficiaries.case_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        from_status text
          CHECK (from_status IN ('REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED')),
        to_status text NOT NULL
          CHECK (to_status IN ('REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED')),
        outcome text CHECK (outcome IN ('AUTONOMY_REACHED', 'PARTIAL', 'DROPPED_OUT', 'TRANSFERRED', 'INELIGIBLE')),
        note text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by text NOT NULL,
        CHECK (from_status IS DISTINCT FROM to_status),
        CHECK ((to_status = 'CLOSED') = (outcome IS NOT NULL))
      )`);
    // Beneficiary.statusHistory: one batch per page of people, oldest first.
    await queryRunner.query(
      'CREATE INDEX case_status_change_beneficiary_idx ON beneficiaries.case_status_change (beneficiary_id, changed_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE beneficiaries.tutor_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        from_tutor_user_id uuid,
        to_tutor_user_id uuid NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        assigned_by text NOT NULL,
        note text,
        CHECK (from_tutor_user_id IS DISTINCT FROM to_tutor_user_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX tutor_assignment_beneficiary_idx ON beneficiaries.tutor_assignment (beneficiary_id, assigned_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.tutor_assignment');
    await queryRunner.query('DROP TABLE beneficiaries.case_status_change');
    await queryRunner.query(`
      ALTER TABLE beneficiaries.beneficiary
        DROP CONSTRAINT beneficiary_closed_on_when_closed,
        DROP CONSTRAINT beneficiary_outcome_when_closed,
        DROP COLUMN outcome,
        DROP COLUMN closed_on`);
  }
}
