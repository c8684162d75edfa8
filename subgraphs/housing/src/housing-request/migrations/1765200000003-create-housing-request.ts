import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Housing requests, the proposals of a person for an offer, and their placements with every change of stage. */
export class CreateHousingRequest1765200000003 implements MigrationInterface {
  name = 'CreateHousingRequest1765200000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE housing.housing_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        integra_corner_id uuid NOT NULL,
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        household_size integer NOT NULL CHECK (household_size BETWEEN 1 AND 30),
        minors integer NOT NULL CHECK (minors >= 0),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        note text,
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX housing_request_one_open_idx ON housing.housing_request (beneficiary_id) WHERE status = 'OPEN'`,
    );
    await queryRunner.query(`
      CREATE TABLE housing.housing_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES housing.housing_request (id),
        offer_id uuid NOT NULL REFERENCES housing.housing_offer (id),
        beneficiary_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('PROPOSED', 'VIEWING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'PLACED', 'ENDED')),
        viewing_on date,
        contract_type text CHECK (contract_type IN ('FOUR_PLUS_FOUR', 'THREE_PLUS_TWO', 'TRANSITIONAL', 'COHOUSING_AGREEMENT')),
        starts_on date,
        rent_cents integer CHECK (rent_cents >= 0),
        ended_on date,
        outcome text CHECK (outcome IN ('STAYED', 'OWN_TENANCY', 'LEFT', 'EVICTED')),
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX housing_proposal_one_live_idx ON housing.housing_proposal (request_id, offer_id)
        WHERE status NOT IN ('DECLINED', 'WITHDRAWN', 'ENDED')`,
    );
    await queryRunner.query('CREATE INDEX housing_proposal_request_idx ON housing.housing_proposal (request_id, proposed_at, id)');
    await queryRunner.query('CREATE INDEX housing_proposal_provider_idx ON housing.housing_proposal (provider_id, proposed_at, id)');
    await queryRunner.query('CREATE INDEX housing_proposal_beneficiary_idx ON housing.housing_proposal (beneficiary_id)');
    await queryRunner.query(`
      CREATE TABLE housing.housing_proposal_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES housing.housing_proposal (id),
        from_status text,
        to_status text NOT NULL,
        note text,
        by_user text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      'CREATE INDEX housing_proposal_transition_proposal_idx ON housing.housing_proposal_transition (proposal_id, at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE housing.housing_proposal_transition');
    await queryRunner.query('DROP TABLE housing.housing_proposal');
    await queryRunner.query('DROP TABLE housing.housing_request');
  }
}
