import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract `catalogue.referral_outcome` rebuilt (same columns, same order, same rows): the day a referral was
 * completed comes from the referrals' COMPLETED transitions grouped once, not from a subquery per referral. The
 * results report reads every referral of the people in scope (540,000 at national scale); as a subquery the view
 * cost one index probe per referral and per use of the column.
 */
export class ReferralOutcomeSetBased1769000000002 implements MigrationInterface {
  name = 'ReferralOutcomeSetBased1769000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW catalogue.referral_outcome (referral_id, beneficiary_id, status, sent_on, completed_on) AS
        SELECT r.id, r.beneficiary_id, r.status, (r.sent_at AT TIME ZONE 'Europe/Rome')::date,
               (c.completed_at AT TIME ZONE 'Europe/Rome')::date
        FROM catalogue.referral r
        LEFT JOIN (SELECT t.referral_id, min(t.at) AS completed_at FROM catalogue.referral_transition t
                    WHERE t.to_status = 'COMPLETED' GROUP BY t.referral_id) c ON c.referral_id = r.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW catalogue.referral_outcome (referral_id, beneficiary_id, status, sent_on, completed_on) AS
        SELECT r.id, r.beneficiary_id, r.status, (r.sent_at AT TIME ZONE 'Europe/Rome')::date,
               (SELECT (min(t.at) AT TIME ZONE 'Europe/Rome')::date FROM catalogue.referral_transition t
                 WHERE t.referral_id = r.id AND t.to_status = 'COMPLETED')
        FROM catalogue.referral r`);
  }
}
