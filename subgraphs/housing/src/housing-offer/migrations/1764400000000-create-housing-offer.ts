import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHousingOffer1764400000000 implements MigrationInterface {
  name = 'CreateHousingOffer1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE housing.housing_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        provider_id uuid NOT NULL,
        kind text NOT NULL
          CHECK (kind IN ('APARTMENT', 'ROOM', 'COHOUSING', 'SOCIAL_HOUSING', 'TRANSITIONAL_HOUSING')),
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        municipality text NOT NULL CHECK (btrim(municipality) <> ''),
        bedrooms integer NOT NULL CHECK (bedrooms BETWEEN 0 AND 20),
        monthly_rent_cents integer NOT NULL CHECK (monthly_rent_cents >= 0),
        available_from date NOT NULL,
        status text NOT NULL DEFAULT 'AVAILABLE'
          CHECK (status IN ('AVAILABLE', 'RESERVED', 'TAKEN', 'WITHDRAWN')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The offer list pages by availability day, across the network or within a province.
    await queryRunner.query('CREATE INDEX housing_offer_available_idx ON housing.housing_offer (available_from, id)');
    await queryRunner.query('CREATE INDEX housing_offer_province_available_idx ON housing.housing_offer (province, available_from, id)');
    // Organisation.housingOffers reads one provider's open offers in availability order.
    await queryRunner.query(
      `CREATE INDEX housing_offer_provider_available_idx ON housing.housing_offer (provider_id, available_from, id)
        WHERE status = 'AVAILABLE'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE housing.housing_offer');
  }
}
