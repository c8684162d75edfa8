import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract the catalogue checks a referral's `actionId` against: one row per action of each person's plan
 * version in force, with the person, the service it uses and its stored status. Nothing else of the plan.
 */
export class PublishPlanActionInForce1768300000002 implements MigrationInterface {
  name = 'PublishPlanActionInForce1768300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW beneficiaries.plan_action_in_force (plan_action_id, beneficiary_id, service_id, status) AS
        SELECT a.id, a.beneficiary_id, a.service_id, a.status
        FROM beneficiaries.action_plan p
        JOIN beneficiaries.plan_action a ON a.plan_id = p.id AND a.version = p.current_version`);
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.plan_action_in_force IS
        'Published contract of the beneficiaries subgraph: one row per action of a plan version in force (the person, '
        'the service, the stored status). Read by the catalogue to link a referral to a plan action; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW beneficiaries.plan_action_in_force');
  }
}
