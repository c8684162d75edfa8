import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rent guarantees and insurances for a placement, their claims, and what each province's fund has committed (the
 * budget itself is configuration). The `rent_guarantee_spell` contract is now made of the guarantees (same columns);
 * situations flagged before guarantees were recorded stay one open spell each.
 */
export class CreateRentGuarantee1765200000004 implements MigrationInterface {
  name = 'CreateRentGuarantee1765200000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE housing.rent_guarantee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        placement_id uuid NOT NULL REFERENCES housing.housing_proposal (id),
        kind text NOT NULL CHECK (kind IN ('GUARANTEE', 'INSURANCE')),
        province char(2) NOT NULL,
        amount_cents integer NOT NULL CHECK (amount_cents > 0),
        months integer NOT NULL CHECK (months BETWEEN 1 AND 60),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        claimed_cents integer NOT NULL DEFAULT 0 CHECK (claimed_cents >= 0 AND claimed_cents <= amount_cents),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RELEASED')),
        released_on date,
        activated_by text NOT NULL,
        activated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX rent_guarantee_beneficiary_idx ON housing.rent_guarantee (beneficiary_id, starts_on)');
    await queryRunner.query(
      `CREATE UNIQUE INDEX rent_guarantee_one_active_idx ON housing.rent_guarantee (placement_id, kind) WHERE status = 'ACTIVE'`,
    );
    await queryRunner.query(`
      CREATE TABLE housing.rent_guarantee_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guarantee_id uuid NOT NULL REFERENCES housing.rent_guarantee (id),
        kind text NOT NULL CHECK (kind IN ('UNPAID_RENT', 'DAMAGE')),
        amount_cents integer NOT NULL CHECK (amount_cents > 0),
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      'CREATE INDEX rent_guarantee_claim_guarantee_idx ON housing.rent_guarantee_claim (guarantee_id, recorded_at, id)',
    );
    await queryRunner.query(`
      CREATE TABLE housing.rent_guarantee_fund (
        province char(2) PRIMARY KEY,
        committed_cents bigint NOT NULL DEFAULT 0 CHECK (committed_cents >= 0)
      )`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.rent_guarantee_spell (beneficiary_id, started_on, ended_on, amount_cents) AS
        SELECT g.beneficiary_id, g.starts_on, coalesce(g.released_on, g.ends_on), g.amount_cents
        FROM housing.rent_guarantee g
        UNION ALL
        SELECT s.beneficiary_id, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date, NULL::integer
        FROM housing.housing_situation s
        WHERE s.rent_guarantee_active
          AND NOT EXISTS (SELECT 1 FROM housing.rent_guarantee g WHERE g.beneficiary_id = s.beneficiary_id)`);
    // What a situation is read from: rent_guarantee_active derived from the contract above (a guarantee in force
    // today, in Italy), in the same statement as the situation itself.
    await queryRunner.query(`
      CREATE VIEW housing.housing_situation_in_force AS
        SELECT s.beneficiary_id, s.status, s.municipality, s.since,
          EXISTS (SELECT 1 FROM housing.rent_guarantee_spell g
                  WHERE g.beneficiary_id = s.beneficiary_id
                    AND g.started_on <= (now() AT TIME ZONE 'Europe/Rome')::date
                    AND (g.ended_on IS NULL OR g.ended_on >= (now() AT TIME ZONE 'Europe/Rome')::date)) AS rent_guarantee_active,
          s.updated_at, s.risk, s.rent_income_cents, s.areas_wanted, s.needs_accessible, s.earliest_move_in, s.recorded_by
        FROM housing.housing_situation s`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW housing.housing_situation_in_force');
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.rent_guarantee_spell (beneficiary_id, started_on, ended_on, amount_cents) AS
        SELECT s.beneficiary_id, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date, NULL::integer
        FROM housing.housing_situation s WHERE s.rent_guarantee_active`);
    await queryRunner.query('DROP TABLE housing.rent_guarantee_fund');
    await queryRunner.query('DROP TABLE housing.rent_guarantee_claim');
    await queryRunner.query('DROP TABLE housing.rent_guarantee');
  }
}
