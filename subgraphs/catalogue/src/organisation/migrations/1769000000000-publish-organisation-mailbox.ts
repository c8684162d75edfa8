import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's contract of where an organisation takes the hub's e-mail: one row per e-mail address among an active
 * organisation's contact points (the addresses it gave for its part in the network, a role mailbox or a named
 * operator). The beneficiaries subgraph's delivery job reads it to announce an organisation's notifications. Ids and
 * addresses only: the contact's name and role stay in the catalogue.
 */
export class PublishOrganisationMailbox1769000000000 implements MigrationInterface {
  name = 'PublishOrganisationMailbox1769000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.organisation_mailbox (organisation_id, email) AS
        SELECT DISTINCT o.id, c.value ->> 'email'
        FROM catalogue.organisation o CROSS JOIN LATERAL jsonb_array_elements(o.contact_points) c
        WHERE o.deactivated_at IS NULL AND jsonb_typeof(c.value -> 'email') = 'string' AND c.value ->> 'email' <> ''`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.organisation_mailbox IS
        'Published contract of the catalogue subgraph: one row per e-mail address of an active organisation''s contact '
        'points. Read by the beneficiaries subgraph (notification e-mail); do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.organisation_mailbox');
  }
}
