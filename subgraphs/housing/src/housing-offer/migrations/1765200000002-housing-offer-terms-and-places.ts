import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a provider publishes about an offer besides the rent, its places (capacity) and an optimistic version. */
export class HousingOfferTermsAndPlaces1765200000002 implements MigrationInterface {
  name = 'HousingOfferTermsAndPlaces1765200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE housing.housing_offer
        ADD COLUMN deposit_cents integer NOT NULL DEFAULT 0 CHECK (deposit_cents >= 0),
        ADD COLUMN charges_cents integer NOT NULL DEFAULT 0 CHECK (charges_cents >= 0),
        ADD COLUMN places integer NOT NULL DEFAULT 1 CHECK (places BETWEEN 1 AND 200),
        ADD COLUMN places_taken integer NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
        ADD COLUMN accessible boolean NOT NULL DEFAULT false,
        ADD COLUMN furnished boolean NOT NULL DEFAULT false,
        ADD COLUMN minimum_stay_months integer CHECK (minimum_stay_months BETWEEN 1 AND 120),
        ADD COLUMN conditions text,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT housing_offer_places_within_capacity CHECK (places_taken <= places)`);
    // offersFor reads the open offers of a province with places left.
    await queryRunner.query(
      `CREATE INDEX housing_offer_open_province_idx ON housing.housing_offer (province, available_from, id)
        WHERE status = 'AVAILABLE' AND places_taken < places`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX housing.housing_offer_open_province_idx');
    await queryRunner.query(`ALTER TABLE housing.housing_offer DROP CONSTRAINT housing_offer_places_within_capacity,
      DROP COLUMN deposit_cents, DROP COLUMN charges_cents, DROP COLUMN places, DROP COLUMN places_taken,
      DROP COLUMN accessible, DROP COLUMN furnished, DROP COLUMN minimum_stay_months, DROP COLUMN conditions,
      DROP COLUMN version, DROP COLUMN updated_at`);
  }
}
