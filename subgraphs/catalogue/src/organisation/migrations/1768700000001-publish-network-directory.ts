import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's contract of what the network holds: one row per organisation, Integra Corner and service, with its
 * kind and whether it is active (an organisation is deactivated, never deleted). The beneficiaries and labour
 * subgraphs read it to refuse an intake, a consent, a plan action, a vacancy or a traineeship naming nothing of the
 * network. Ids and kinds only.
 */
export class PublishNetworkDirectory1768700000001 implements MigrationInterface {
  name = 'PublishNetworkDirectory1768700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.network_directory (id, kind, active) AS
        SELECT o.id, 'ORGANISATION'::text, o.deactivated_at IS NULL FROM catalogue.organisation o
        UNION ALL
        SELECT c.id, 'INTEGRA_CORNER'::text, true FROM catalogue.integra_corner c
        UNION ALL
        SELECT s.id, 'SERVICE'::text, true FROM catalogue.service s`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.network_directory IS
        'Published contract of the catalogue subgraph: one row per organisation (kind ORGANISATION, active unless '
        'deactivated), Integra Corner (INTEGRA_CORNER) and service (SERVICE). Read by the beneficiaries and labour subgraphs; do '
        'not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.network_directory');
  }
}
