import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national report of each open period as last computed (job `refresh-national-results`): its figures per
 * indicator and breakdown, before suppression, and the corners' provinces; aggregates only, no person. At national
 * scale the report takes longer than a request may wait, so the national report is served from here and says when it
 * was computed. A locked period's row is deleted (its versions are read instead).
 */
export class NationalReport1769100000000 implements MigrationInterface {
  name = 'NationalReport1769100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.result_national_report (
        period_id uuid PRIMARY KEY REFERENCES beneficiaries.reporting_period (id),
        computed_at timestamptz NOT NULL,
        report jsonb NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.result_national_report');
  }
}
