import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vacancies are written by employers: drafts before publication, an optimistic version, the openings filled so far
 * (never more than the openings: the database says so too), hours, shifts and the driving licence a job needs.
 */
export class VacancyLifecycle1765100000001 implements MigrationInterface {
  name = 'VacancyLifecycle1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE labour.job_vacancy DROP CONSTRAINT job_vacancy_status_check');
    await queryRunner.query(`
      ALTER TABLE labour.job_vacancy
        ADD CONSTRAINT job_vacancy_status_check CHECK (status IN ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN filled integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT job_vacancy_filled_check CHECK (filled BETWEEN 0 AND openings),
        ADD COLUMN weekly_hours integer CHECK (weekly_hours BETWEEN 1 AND 60),
        ADD COLUMN shifts text[] NOT NULL DEFAULT '{}'
          CHECK (shifts <@ ARRAY['MORNING', 'AFTERNOON', 'NIGHT', 'WEEKEND']::text[]),
        ADD COLUMN driving_licence_required text CHECK (driving_licence_required ~ '^(AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE)$'),
        ADD COLUMN created_by text`);
    // Matching ranks the open vacancies.
    await queryRunner.query(`CREATE INDEX job_vacancy_open_idx ON labour.job_vacancy (isco_code) WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX labour.job_vacancy_open_idx');
    await queryRunner.query(`
      ALTER TABLE labour.job_vacancy DROP COLUMN version, DROP COLUMN filled, DROP COLUMN weekly_hours, DROP COLUMN shifts,
        DROP COLUMN driving_licence_required, DROP COLUMN created_by, DROP CONSTRAINT job_vacancy_status_check`);
    await queryRunner.query(`ALTER TABLE labour.job_vacancy
      ADD CONSTRAINT job_vacancy_status_check CHECK (status IN ('OPEN', 'FILLED', 'CLOSED'))`);
  }
}
