import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly net pay of an employment (optional: a hire recorded without it keeps none), and the contract
 * `labour.income_spell`: one row per income the labour subgraph knows of, an employment with its pay or a
 * traineeship with its allowance, from its first day to its last. Housing reads it for the income available for
 * rent ("from the labour subgraph's employment where there is one"), instead of a copy of the pay.
 */
export class EmploymentPayAndIncomeSpells1768700000000 implements MigrationInterface {
  name = 'EmploymentPayAndIncomeSpells1768700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE labour.employment ADD COLUMN monthly_net_pay_cents integer
        CHECK (monthly_net_pay_cents > 0 AND monthly_net_pay_cents <= 10000000)`);
    await queryRunner.query(`
      CREATE VIEW labour.income_spell (beneficiary_id, source, monthly_cents, started_on, ended_on) AS
        SELECT e.beneficiary_id, 'EMPLOYMENT'::text, e.monthly_net_pay_cents, e.started_on, e.ended_on
        FROM labour.employment e WHERE e.monthly_net_pay_cents IS NOT NULL
        UNION ALL
        SELECT t.beneficiary_id, 'TRAINEESHIP'::text, t.monthly_allowance_cents, t.starts_on, coalesce(t.ended_on, t.ends_on)
        FROM labour.traineeship t`);
    await queryRunner.query(`
      COMMENT ON VIEW labour.income_spell IS
        'Published contract of the labour subgraph: one row per income it records, an employment (source EMPLOYMENT, '
        'its monthly net pay) or a traineeship (source TRAINEESHIP, its monthly allowance), from its first day to its '
        'last (ended_on null while an open-ended employment runs). Read by housing (income available for rent); do not '
        'change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW labour.income_spell');
    await queryRunner.query('ALTER TABLE labour.employment DROP COLUMN monthly_net_pay_cents');
  }
}
