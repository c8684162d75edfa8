import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFERRAL_REJECTION_CODES = ['NO_PLACES', 'NOT_ELIGIBLE', 'NOT_REACHABLE', 'DECLINED_BY_PERSON', 'OTHER'];
const REFERRAL_OUTCOME_CODES = ['GOAL_ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED', 'DROPPED_OUT', 'OTHER'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A referral may be sent from an action of the person's plan (`plan_action_id`, owned by the beneficiaries subgraph:
 * no foreign key), and rejections and outcomes are coded beside the free text, which becomes an optional note when a
 * code is given. The contract `catalogue.plan_action_referral` publishes, per plan action, its latest referral's
 * status and codes: the beneficiaries subgraph derives the action's status from it.
 */
export class ReferralPlanActionAndCodes1768300000000 implements MigrationInterface {
  name = 'ReferralPlanActionAndCodes1768300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE catalogue.referral ADD COLUMN plan_action_id uuid');
    await queryRunner.query(
      'CREATE INDEX referral_plan_action_idx ON catalogue.referral (plan_action_id, sent_at DESC, id DESC) WHERE plan_action_id IS NOT NULL',
    );
    await queryRunner.query(`
      ALTER TABLE catalogue.referral_transition
        ADD COLUMN reason_code text CHECK (reason_code IN (${oneOf(REFERRAL_REJECTION_CODES)})),
        ADD COLUMN outcome_code text CHECK (outcome_code IN (${oneOf(REFERRAL_OUTCOME_CODES)}))`);
    // The text was required for a rejection and a completion: now a code or the text; a cancellation keeps its reason.
    await queryRunner.query(`
      DO $$ DECLARE c text; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'catalogue.referral_transition'::regclass AND contype = 'c'
                    AND (pg_get_constraintdef(oid) LIKE '%(reason IS NOT NULL)%' OR pg_get_constraintdef(oid) LIKE '%(outcome IS NOT NULL)%')
        LOOP EXECUTE format('ALTER TABLE catalogue.referral_transition DROP CONSTRAINT %I', c); END LOOP;
      END $$`);
    await queryRunner.query(`
      ALTER TABLE catalogue.referral_transition
        ADD CONSTRAINT referral_transition_cancel_reason CHECK (to_status <> 'CANCELLED' OR reason IS NOT NULL),
        ADD CONSTRAINT referral_transition_reject_reason CHECK (to_status <> 'REJECTED' OR reason IS NOT NULL OR reason_code IS NOT NULL),
        ADD CONSTRAINT referral_transition_outcome CHECK (to_status <> 'COMPLETED' OR outcome IS NOT NULL OR outcome_code IS NOT NULL),
        ADD CONSTRAINT referral_transition_other_has_text CHECK ((reason_code IS DISTINCT FROM 'OTHER' OR reason IS NOT NULL)
                                                             AND (outcome_code IS DISTINCT FROM 'OTHER' OR outcome IS NOT NULL))`);
    await queryRunner.query(`
      CREATE VIEW catalogue.plan_action_referral (plan_action_id, beneficiary_id, referral_id, status, sent_at) AS
        SELECT DISTINCT ON (r.plan_action_id) r.plan_action_id, r.beneficiary_id, r.id, r.status, r.sent_at
        FROM catalogue.referral r
        WHERE r.plan_action_id IS NOT NULL
        ORDER BY r.plan_action_id, r.sent_at DESC, r.id DESC`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.plan_action_referral IS
        'Published contract of the catalogue subgraph: one row per plan action a referral was sent from, with its latest '
        'referral (status as in Referral). Read by the beneficiaries subgraph, whose plan '
        'actions follow their referral; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.plan_action_referral');
    await queryRunner.query(`
      ALTER TABLE catalogue.referral_transition
        DROP CONSTRAINT referral_transition_other_has_text, DROP CONSTRAINT referral_transition_outcome,
        DROP CONSTRAINT referral_transition_reject_reason, DROP CONSTRAINT referral_transition_cancel_reason,
        DROP COLUMN outcome_code, DROP COLUMN reason_code`);
    await queryRunner.query(`
      ALTER TABLE catalogue.referral_transition
        ADD CHECK (to_status NOT IN ('REJECTED', 'CANCELLED') OR reason IS NOT NULL),
        ADD CHECK (to_status <> 'COMPLETED' OR outcome IS NOT NULL)`);
    await queryRunner.query('DROP INDEX catalogue.referral_plan_action_idx');
    await queryRunner.query('ALTER TABLE catalogue.referral DROP COLUMN plan_action_id');
  }
}
