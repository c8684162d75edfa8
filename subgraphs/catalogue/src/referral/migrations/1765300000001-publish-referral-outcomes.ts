import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's outcome contract for referrals: one row per referral ever sent, with its status and the days it was
 * sent and completed, the facts the results domain counts (the closed-loop rate: sent -> completed). No personal data
 * beyond the person's id, no note or outcome text.
 */
export class PublishReferralOutcomes1765300000001 implements MigrationInterface {
  name = 'PublishReferralOutcomes1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW catalogue.referral_outcome (referral_id, beneficiary_id, status, sent_on, completed_on) AS
        SELECT r.id, r.beneficiary_id, r.status, (r.sent_at AT TIME ZONE 'Europe/Rome')::date,
               (SELECT (min(t.at) AT TIME ZONE 'Europe/Rome')::date FROM catalogue.referral_transition t
                 WHERE t.referral_id = r.id AND t.to_status = 'COMPLETED')
        FROM catalogue.referral r`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.referral_outcome IS
        'Published contract of the catalogue subgraph: one row per referral (status as in Referral, sent_on, completed_on '
        'null until completed, days in Italy). Read by the results domain; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.referral_outcome');
  }
}
