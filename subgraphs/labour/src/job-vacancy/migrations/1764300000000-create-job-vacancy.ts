import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJobVacancy1764300000000 implements MigrationInterface {
  name = 'CreateJobVacancy1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE labour.job_vacancy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text NOT NULL,
        employer_id uuid NOT NULL,
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        municipality text NOT NULL CHECK (btrim(municipality) <> ''),
        isco_code char(4) NOT NULL CHECK (isco_code ~ '^[0-9]{4}$'),
        contract_type text NOT NULL CHECK (contract_type IN
          ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TRAINEESHIP', 'SEASONAL', 'TEMPORARY_AGENCY')),
        openings integer NOT NULL CHECK (openings > 0),
        italian_level_required text CHECK (italian_level_required IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
        published_on date NOT NULL,
        closes_on date CHECK (closes_on >= published_on),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Lists page newest first: across the network, within a province, and per employer (its open vacancies).
    await queryRunner.query('CREATE INDEX job_vacancy_published_idx ON labour.job_vacancy (published_on DESC, id)');
    await queryRunner.query('CREATE INDEX job_vacancy_province_published_idx ON labour.job_vacancy (province, published_on DESC, id)');
    await queryRunner.query('CREATE INDEX job_vacancy_employer_published_idx ON labour.job_vacancy (employer_id, published_on DESC, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE labour.job_vacancy');
  }
}
