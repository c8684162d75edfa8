import type { MigrationInterface, QueryRunner } from 'typeorm';

const PROTECTION_STATUSES = ['REFUGEE', 'SUBSIDIARY_PROTECTION'];
const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const PUBLICATION_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
const arrayOf = (values: string[]) => `ARRAY[${oneOf(values)}]::text[]`;

/**
 * WP1 (the network: agreements, contact points, corner opening hours and teams, capacity-building events) and
 * the catalogue's publication workflow (drafts, eligibility rules, places taken, schedules).
 */
export class NetworkAndServicePublication1764900000000 implements MigrationInterface {
  name = 'NetworkAndServicePublication1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A network agreement is signed on a day with a scope, or absent altogether.
    await queryRunner.query(`
      ALTER TABLE catalogue.organisation
        ADD COLUMN agreement_signed_on date,
        ADD COLUMN agreement_scope text CHECK (btrim(agreement_scope) <> ''),
        ADD COLUMN agreement_valid_until date,
        ADD COLUMN contact_points jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(contact_points) = 'array'),
        ADD CONSTRAINT organisation_agreement_whole CHECK (
          (agreement_signed_on IS NULL AND agreement_scope IS NULL AND agreement_valid_until IS NULL)
          OR (agreement_signed_on IS NOT NULL AND agreement_scope IS NOT NULL
              AND (agreement_valid_until IS NULL OR agreement_valid_until >= agreement_signed_on)))`);

    await queryRunner.query(`
      ALTER TABLE catalogue.integra_corner
        ADD COLUMN opening_hours jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(opening_hours) = 'array'),
        ADD COLUMN team jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(team) = 'array')`);

    // organisation_ids has no foreign key (PostgreSQL has none for array elements): the mutation checks them.
    await queryRunner.query(`
      CREATE TABLE catalogue.capacity_building_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL CHECK (btrim(topic) <> '' AND length(topic) <= 200),
        held_on date NOT NULL,
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        organisation_ids uuid[] NOT NULL CHECK (cardinality(organisation_ids) > 0 AND array_position(organisation_ids, NULL) IS NULL),
        attendee_count integer NOT NULL CHECK (attendee_count > 0),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> ''),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Newest first, across the network and within a province; by attending organisation.
    await queryRunner.query('CREATE INDEX capacity_building_event_held_idx ON catalogue.capacity_building_event (held_on DESC, id)');
    await queryRunner.query(
      'CREATE INDEX capacity_building_event_province_idx ON catalogue.capacity_building_event (province, held_on DESC, id)',
    );
    await queryRunner.query(
      'CREATE INDEX capacity_building_event_organisations_idx ON catalogue.capacity_building_event USING gin (organisation_ids)',
    );

    // Services already in the catalogue were public before drafts existed: they are PUBLISHED since their creation.
    // places_taken is raised by the referral workflow when a partner accepts a referral; the CHECK keeps the
    // remaining places from ever going negative, whoever writes.
    await queryRunner.query(`
      ALTER TABLE catalogue.service
        ADD COLUMN publication_status text NOT NULL DEFAULT 'PUBLISHED' CHECK (publication_status IN (${oneOf(PUBLICATION_STATUSES)})),
        ADD COLUMN published_at timestamptz,
        ADD COLUMN places_taken integer NOT NULL DEFAULT 0,
        ADD COLUMN schedule_description text CHECK (btrim(schedule_description) <> ''),
        ADD COLUMN starts_on date,
        ADD COLUMN ends_on date,
        ADD COLUMN eligible_protection_statuses text[] NOT NULL DEFAULT '{}'
          CHECK (eligible_protection_statuses <@ ${arrayOf(PROTECTION_STATUSES)}),
        ADD COLUMN max_months_since_reception_exit integer CHECK (max_months_since_reception_exit BETWEEN 1 AND 120),
        ADD COLUMN min_age integer CHECK (min_age BETWEEN 0 AND 120),
        ADD COLUMN max_age integer CHECK (max_age BETWEEN 0 AND 120),
        ADD COLUMN min_italian_level text CHECK (min_italian_level IN (${oneOf(CEFR_LEVELS)})),
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT service_places_taken_within_capacity
          CHECK (places_taken >= 0 AND (capacity IS NULL OR places_taken <= capacity)),
        ADD CONSTRAINT service_schedule_order CHECK (ends_on >= starts_on),
        ADD CONSTRAINT service_age_order CHECK (max_age >= min_age)`);
    await queryRunner.query('UPDATE catalogue.service SET published_at = created_at, updated_at = created_at');
    await queryRunner.query(`ALTER TABLE catalogue.service ALTER COLUMN publication_status SET DEFAULT 'DRAFT'`);
    // A service was published at some point unless it is a draft that never was.
    await queryRunner.query(`
      ALTER TABLE catalogue.service ADD CONSTRAINT service_published_at CHECK (
        publication_status = 'DRAFT' OR published_at IS NOT NULL)`);
    // The public catalogue pages by name among published services; a provider reads its own.
    await queryRunner.query('CREATE INDEX service_status_name_idx ON catalogue.service (publication_status, name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX catalogue.service_status_name_idx');
    await queryRunner.query(`
      ALTER TABLE catalogue.service
        DROP COLUMN publication_status, DROP COLUMN published_at, DROP COLUMN places_taken,
        DROP COLUMN schedule_description, DROP COLUMN starts_on, DROP COLUMN ends_on,
        DROP COLUMN eligible_protection_statuses, DROP COLUMN max_months_since_reception_exit,
        DROP COLUMN min_age, DROP COLUMN max_age, DROP COLUMN min_italian_level, DROP COLUMN version, DROP COLUMN updated_at`);
    await queryRunner.query('DROP TABLE catalogue.capacity_building_event');
    await queryRunner.query('ALTER TABLE catalogue.integra_corner DROP COLUMN opening_hours, DROP COLUMN team');
    await queryRunner.query(`
      ALTER TABLE catalogue.organisation
        DROP CONSTRAINT organisation_agreement_whole,
        DROP COLUMN agreement_signed_on, DROP COLUMN agreement_scope, DROP COLUMN agreement_valid_until,
        DROP COLUMN contact_points`);
  }
}
