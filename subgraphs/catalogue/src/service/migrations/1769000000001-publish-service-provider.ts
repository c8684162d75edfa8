import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's contract of who provides each service: one row per service with its provider organisation. The
 * beneficiaries subgraph reads it, beside `network_directory`, so that a plan action for a service names that
 * service's provider (or leaves it out and is given it). `network_directory` keeps its shape: a contract is never
 * edited, a change is a new view.
 */
export class PublishServiceProvider1769000000001 implements MigrationInterface {
  name = 'PublishServiceProvider1769000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.service_provider (service_id, provider_id) AS
        SELECT s.id, s.provider_id FROM catalogue.service s`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.service_provider IS
        'Published contract of the catalogue subgraph: one row per service (service_id) with the organisation that '
        'provides it (provider_id). Read by the beneficiaries subgraph; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.service_provider');
  }
}
