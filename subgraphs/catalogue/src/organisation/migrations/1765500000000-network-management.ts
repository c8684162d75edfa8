import type { MigrationInterface, QueryRunner } from 'typeorm';

const AGREEMENT_STATUSES = ['DRAFT', 'SIGNED', 'TERMINATED'];
const SERVICE_AREAS = ['WORK', 'HOUSING', 'LANGUAGE', 'EDUCATION', 'HEALTH', 'ADMINISTRATIVE', 'SOCIAL', 'FAMILY'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The network managed in the hub (WP1): organisations are versioned and deactivated rather than deleted, agreements
 * (protocols of understanding) become rows of their own, and corners' hours and teams are versioned so that two
 * editors never overwrite each other unseen. Agreements already recorded on organisations are carried over.
 */
export class NetworkManagement1765500000000 implements MigrationInterface {
  name = 'NetworkManagement1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE catalogue.organisation
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`
      ALTER TABLE catalogue.integra_corner
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);

    // The document reference (protocol number) identifies the signed paper: one row per document.
    await queryRunner.query(`
      CREATE TABLE catalogue.agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        other_party_ids uuid[] NOT NULL DEFAULT '{}' CHECK (array_position(other_party_ids, NULL) IS NULL),
        title text NOT NULL CHECK (btrim(title) <> ''),
        scope text NOT NULL CHECK (btrim(scope) <> ''),
        areas text[] NOT NULL CHECK (cardinality(areas) > 0 AND areas <@ ARRAY[${oneOf(SERVICE_AREAS)}]::text[]),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${oneOf(AGREEMENT_STATUSES)})),
        document_reference text NOT NULL CHECK (btrim(document_reference) <> ''),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreement_document_reference_unique UNIQUE (document_reference)
      )`);
    await queryRunner.query('CREATE INDEX agreement_organisation_idx ON catalogue.agreement (organisation_id, starts_on DESC, id)');
    await queryRunner.query('CREATE INDEX agreement_parties_idx ON catalogue.agreement USING gin (other_party_ids)');
    await queryRunner.query(`
      INSERT INTO catalogue.agreement (organisation_id, title, scope, areas, starts_on, ends_on, status, document_reference, created_by)
      SELECT id, 'Protocollo d''intesa SHUBH', agreement_scope, ARRAY['SOCIAL']::text[], agreement_signed_on,
             agreement_valid_until, 'SIGNED', 'SHUBH-' || id::text, 'migration'
        FROM catalogue.organisation WHERE agreement_signed_on IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue.agreement');
    await queryRunner.query('ALTER TABLE catalogue.integra_corner DROP COLUMN version, DROP COLUMN updated_at');
    await queryRunner.query('ALTER TABLE catalogue.organisation DROP COLUMN deactivated_at, DROP COLUMN version, DROP COLUMN updated_at');
  }
}
