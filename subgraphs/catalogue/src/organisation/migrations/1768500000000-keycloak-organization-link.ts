import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each organisation of the network is a Keycloak 26 organization: `keycloak_organization_id` is the id Keycloak gave
 * it, the stable link `npm run network:sync` keeps (names change, Keycloak's id does not), at most one organisation per
 * Keycloak organization. `domains` are the internet domains of its staff's addresses, which the sync gives the Keycloak
 * organization (Keycloak refuses a domain another organization has, so the service does too).
 */
export class KeycloakOrganizationLink1768500000000 implements MigrationInterface {
  name = 'KeycloakOrganizationLink1768500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE catalogue.organisation
        ADD COLUMN keycloak_organization_id uuid UNIQUE,
        ADD COLUMN domains text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query('CREATE INDEX organisation_domains ON catalogue.organisation USING gin (domains)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE catalogue.organisation DROP COLUMN keycloak_organization_id, DROP COLUMN domains');
  }
}
