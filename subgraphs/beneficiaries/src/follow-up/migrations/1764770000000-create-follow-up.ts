import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-ups of the plan, the progress of its goals at each, and the critical issues they notice. */
export class CreateFollowUp1764770000000 implements MigrationInterface {
  name = 'CreateFollowUp1764770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        plan_id uuid NOT NULL REFERENCES beneficiaries.action_plan (id),
        plan_version integer NOT NULL,
        held_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX follow_up_beneficiary_idx ON beneficiaries.follow_up (beneficiary_id, held_on DESC, id DESC)');

    await queryRunner.query(`
      CREATE TABLE beneficiaries.follow_up_goal_progress (
        follow_up_id uuid NOT NULL REFERENCES beneficiaries.follow_up (id),
        goal_id uuid NOT NULL,
        position integer NOT NULL,
        progress text NOT NULL CHECK (progress IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'ACHIEVED')),
        note text,
        PRIMARY KEY (follow_up_id, goal_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE beneficiaries.critical_issue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        follow_up_id uuid NOT NULL REFERENCES beneficiaries.follow_up (id),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        severity text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        severity_rank smallint GENERATED ALWAYS AS (
          CASE severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END) STORED,
        description text NOT NULL CHECK (btrim(description) <> ''),
        action_taken text,
        raised_on date NOT NULL,
        resolved_at timestamptz,
        resolved_by text,
        resolution text,
        CHECK ((resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (resolution IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX critical_issue_follow_up_idx ON beneficiaries.critical_issue (follow_up_id)');
    // openCriticalIssues: most severe first, then oldest.
    await queryRunner.query(`
      CREATE INDEX critical_issue_open_idx ON beneficiaries.critical_issue (severity_rank DESC, raised_on, id)
        WHERE resolved_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.critical_issue');
    await queryRunner.query('DROP TABLE beneficiaries.follow_up_goal_progress');
    await queryRunner.query('DROP TABLE beneficiaries.follow_up');
  }
}
