import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Individual Action Plan (PAI): one plan per beneficiary, whose `revision` guards every change (a conditional
 * UPDATE on it lets exactly one of two concurrent saves win), and its versions, each a full copy of the goals and
 * actions it had, kept for ever.
 */
export class CreateActionPlan1764760000000 implements MigrationInterface {
  name = 'CreateActionPlan1764760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL UNIQUE REFERENCES beneficiaries.beneficiary (id),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        current_version integer NOT NULL DEFAULT 1 CHECK (current_version BETWEEN 1 AND revision),
        cadence_days integer NOT NULL DEFAULT 30 CHECK (cadence_days BETWEEN 7 AND 90),
        created_on date NOT NULL,
        last_follow_up_on date,
        next_follow_up_due date GENERATED ALWAYS AS (coalesce(last_follow_up_on, created_on) + cadence_days) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // overdueFollowUps: plans by due date.
    await queryRunner.query('CREATE INDEX action_plan_follow_up_due_idx ON beneficiaries.action_plan (next_follow_up_due, beneficiary_id)');

    await queryRunner.query(`
      CREATE TABLE beneficiaries.action_plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES beneficiaries.action_plan (id),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        version integer NOT NULL CHECK (version >= 1),
        reason text,
        cadence_days integer NOT NULL CHECK (cadence_days BETWEEN 7 AND 90),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        agreed_by_beneficiary_at timestamptz,
        agreed_by_beneficiary_by text,
        agreed_in_person boolean NOT NULL DEFAULT false,
        agreed_by_tutor_at timestamptz,
        agreed_by_tutor_by text,
        UNIQUE (plan_id, version),
        CHECK ((version = 1) = (reason IS NULL)),
        CHECK ((agreed_by_beneficiary_at IS NULL) = (agreed_by_beneficiary_by IS NULL)),
        CHECK ((agreed_by_tutor_at IS NULL) = (agreed_by_tutor_by IS NULL)),
        CHECK (NOT agreed_in_person OR agreed_by_beneficiary_at IS NOT NULL)
      )`);
    // actionPlanHistory: versions newest first.
    await queryRunner.query(
      'CREATE INDEX action_plan_version_history_idx ON beneficiaries.action_plan_version (beneficiary_id, version DESC)',
    );

    await queryRunner.query(`
      CREATE TABLE beneficiaries.plan_goal (
        version_id uuid NOT NULL REFERENCES beneficiaries.action_plan_version (id),
        id uuid NOT NULL,
        plan_id uuid NOT NULL REFERENCES beneficiaries.action_plan (id),
        position integer NOT NULL,
        area text NOT NULL
          CHECK (area IN ('WORK', 'HOUSING', 'LANGUAGE', 'EDUCATION', 'HEALTH', 'ADMINISTRATIVE', 'SOCIAL', 'FAMILY')),
        description text NOT NULL CHECK (btrim(description) <> ''),
        target_date date NOT NULL,
        PRIMARY KEY (version_id, id),
        UNIQUE (version_id, position)
      )`);
    await queryRunner.query('CREATE INDEX plan_goal_id_idx ON beneficiaries.plan_goal (id)');

    await queryRunner.query(`
      CREATE TABLE beneficiaries.plan_action (
        version_id uuid NOT NULL,
        id uuid NOT NULL,
        goal_id uuid NOT NULL,
        plan_id uuid NOT NULL REFERENCES beneficiaries.action_plan (id),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        version integer NOT NULL,
        position integer NOT NULL,
        service_id uuid,
        provider_organisation_id uuid,
        description text NOT NULL CHECK (btrim(description) <> ''),
        planned_start date NOT NULL,
        planned_end date CHECK (planned_end >= planned_start),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        PRIMARY KEY (version_id, id),
        UNIQUE (version_id, goal_id, position),
        FOREIGN KEY (version_id, goal_id) REFERENCES beneficiaries.plan_goal (version_id, id)
      )`);
    // A reference to an action resolves to the latest version that has it.
    await queryRunner.query('CREATE INDEX plan_action_latest_idx ON beneficiaries.plan_action (id, version DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.plan_action');
    await queryRunner.query('DROP TABLE beneficiaries.plan_goal');
    await queryRunner.query('DROP TABLE beneficiaries.action_plan_version');
    await queryRunner.query('DROP TABLE beneficiaries.action_plan');
  }
}
