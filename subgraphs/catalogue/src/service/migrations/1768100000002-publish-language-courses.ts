import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract labour's matching names courses from: the published services of the Italian-language area that have
 * not ended, with the provinces they serve, so that a gap "needs B1 Italian, has A2" names the courses a tutor could
 * refer the person to, without a second catalogue in labour.
 */
export class PublishLanguageCourses1768100000002 implements MigrationInterface {
  name = 'PublishLanguageCourses1768100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.language_course (service_id, name, provinces, starts_on, ends_on) AS
        SELECT s.id, s.name, s.provinces, s.starts_on, s.ends_on
        FROM catalogue.service s
        WHERE s.area = 'LANGUAGE' AND s.publication_status = 'PUBLISHED'
          AND (s.ends_on IS NULL OR s.ends_on >= (now() AT TIME ZONE 'Europe/Rome')::date)`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.language_course IS
        'Published contract of the catalogue subgraph: one row per published Italian-language service not ended yet, '
        'with the provinces it serves. Read by labour (matching); do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.language_course');
  }
}
