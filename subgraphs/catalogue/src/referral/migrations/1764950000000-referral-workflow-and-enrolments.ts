import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFERRAL_STATUSES = ['SENT', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'EXPIRED'];
const ENROLLMENT_STATUSES = ['ENROLLED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED_OUT'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The closed loop of referrals (a recorded transition for every change of status, RECEIVED between SENT and the
 * partner's answer; acceptance takes one of `service.places_taken`, added by 1764900000000) and the service history of each beneficiary (enrolments).
 */
export class ReferralWorkflowAndEnrolments1764950000000 implements MigrationInterface {
  name = 'ReferralWorkflowAndEnrolments1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE catalogue.referral DROP CONSTRAINT referral_status_check');
    await queryRunner.query(
      `ALTER TABLE catalogue.referral ADD CONSTRAINT referral_status_check CHECK (status IN (${oneOf(REFERRAL_STATUSES)}))`,
    );
    await queryRunner.query(`ALTER TABLE catalogue.referral ADD COLUMN note text CHECK (length(note) <= 2000)`);
    // One open referral of a person to a service at a time: two tutors sending at once cannot both succeed.
    await queryRunner.query(`
      CREATE UNIQUE INDEX referral_open_idx ON catalogue.referral (beneficiary_id, service_id)
        WHERE status IN ('SENT', 'RECEIVED', 'ACCEPTED')`);
    // Overdue referrals, for expireOverdueReferrals.
    await queryRunner.query(`
      CREATE INDEX referral_awaiting_answer_idx ON catalogue.referral (response_due_on)
        WHERE status IN ('SENT', 'RECEIVED')`);

    await queryRunner.query(`
      CREATE TABLE catalogue.referral_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES catalogue.referral (id),
        from_status text CHECK (from_status IN (${oneOf(REFERRAL_STATUSES)})),
        to_status text NOT NULL CHECK (to_status IN (${oneOf(REFERRAL_STATUSES)})),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        by_user text NOT NULL CHECK (btrim(by_user) <> ''),
        reason text CHECK (btrim(reason) <> '' AND length(reason) <= 2000),
        outcome text CHECK (btrim(outcome) <> '' AND length(outcome) <= 2000),
        CHECK (from_status IS DISTINCT FROM to_status),
        CHECK (to_status NOT IN ('REJECTED', 'CANCELLED') OR reason IS NOT NULL),
        CHECK (to_status <> 'COMPLETED' OR outcome IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX referral_transition_referral_idx ON catalogue.referral_transition (referral_id, at, id)');

    // beneficiary_id has no foreign key: the person is owned by the beneficiaries subgraph.
    await queryRunner.query(`
      CREATE TABLE catalogue.service_enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        service_id uuid NOT NULL REFERENCES catalogue.service (id),
        referral_id uuid UNIQUE REFERENCES catalogue.referral (id),
        status text NOT NULL CHECK (status IN (${oneOf(ENROLLMENT_STATUSES)})),
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        outcome text CHECK (btrim(outcome) <> '' AND length(outcome) <= 2000),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> ''),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A finished enrolment says when it ended; one still running does not.
        CHECK ((status IN ('COMPLETED', 'DROPPED_OUT')) = (ended_on IS NOT NULL))
      )`);
    // A person's history, newest first; a service's participants.
    await queryRunner.query(
      'CREATE INDEX service_enrollment_beneficiary_idx ON catalogue.service_enrollment (beneficiary_id, started_on DESC, id)',
    );
    await queryRunner.query('CREATE INDEX service_enrollment_service_idx ON catalogue.service_enrollment (service_id)');

    // The published contract keeps its name and columns; a RECEIVED referral is as open as a SENT one.
    await queryRunner.query(`
      CREATE OR REPLACE VIEW catalogue.referral_addressee (beneficiary_id, organisation_id) AS
        SELECT r.beneficiary_id, r.to_organisation_id
        FROM catalogue.referral r
        WHERE r.status IN ('SENT', 'RECEIVED', 'ACCEPTED')`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.referral_addressee IS
        'Published contract of the catalogue subgraph: one row per open (SENT, RECEIVED or ACCEPTED) referral, the '
        'person and the organisation it is addressed to. Read by the beneficiaries subgraph; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW catalogue.referral_addressee (beneficiary_id, organisation_id) AS
        SELECT r.beneficiary_id, r.to_organisation_id
        FROM catalogue.referral r
        WHERE r.status IN ('SENT', 'ACCEPTED')`);
    await queryRunner.query('DROP TABLE catalogue.service_enrollment');
    await queryRunner.query('DROP TABLE catalogue.referral_transition');
    await queryRunner.query('DROP INDEX catalogue.referral_awaiting_answer_idx');
    await queryRunner.query('DROP INDEX catalogue.referral_open_idx');
    await queryRunner.query('ALTER TABLE catalogue.referral DROP COLUMN note');
    await queryRunner.query(`UPDATE catalogue.referral SET status = 'SENT' WHERE status = 'RECEIVED'`);
    await queryRunner.query('ALTER TABLE catalogue.referral DROP CONSTRAINT referral_status_check');
    await queryRunner.query(
      `ALTER TABLE catalogue.referral ADD CONSTRAINT referral_status_check CHECK (status IN (${oneOf(REFERRAL_STATUSES.filter((status) => status !== 'RECEIVED'))}))`,
    );
  }
}
