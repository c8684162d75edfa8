import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A housing situation becomes the person's housing need (risk of losing the home, income available for rent, areas
 * wanted, accessibility, earliest move-in) and keeps its history: every recording is a row of
 * `housing_situation_history`. The published `housing_spell` contract is now made of that history (same columns).
 */
export class HousingSituationNeedAndHistory1765200000001 implements MigrationInterface {
  name = 'HousingSituationNeedAndHistory1765200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE housing.housing_situation
        ADD COLUMN risk text NOT NULL DEFAULT 'NONE' CHECK (risk IN ('NONE', 'AT_RISK', 'IMMINENT')),
        ADD COLUMN rent_income_cents integer CHECK (rent_income_cents >= 0),
        ADD COLUMN areas_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN needs_accessible boolean NOT NULL DEFAULT false,
        ADD COLUMN earliest_move_in date,
        ADD COLUMN recorded_by text`);
    await queryRunner.query(`
      CREATE TABLE housing.housing_situation_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        status text NOT NULL,
        municipality text,
        since date,
        risk text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        recorded_by text NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX housing_situation_history_person_idx ON housing.housing_situation_history (beneficiary_id, recorded_at, id)',
    );
    // One spell per recorded status, ended the day the next one began; situations recorded before the history
    // existed stay one open spell.
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.housing_spell (beneficiary_id, status, started_on, ended_on) AS
        SELECT h.beneficiary_id, h.status, h.started_on,
          lead(h.started_on) OVER (PARTITION BY h.beneficiary_id ORDER BY h.recorded_at, h.id)
        FROM (SELECT hh.*, coalesce(hh.since, (hh.recorded_at AT TIME ZONE 'Europe/Rome')::date) AS started_on
              FROM housing.housing_situation_history hh) h
        UNION ALL
        SELECT s.beneficiary_id, s.status, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date
        FROM housing.housing_situation s
        WHERE NOT EXISTS (SELECT 1 FROM housing.housing_situation_history hh WHERE hh.beneficiary_id = s.beneficiary_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW housing.housing_spell (beneficiary_id, status, started_on, ended_on) AS
        SELECT s.beneficiary_id, s.status, coalesce(s.since, (s.updated_at AT TIME ZONE 'Europe/Rome')::date), NULL::date
        FROM housing.housing_situation s`);
    await queryRunner.query('DROP TABLE housing.housing_situation_history');
    await queryRunner.query(`ALTER TABLE housing.housing_situation DROP COLUMN risk, DROP COLUMN rent_income_cents,
      DROP COLUMN areas_wanted, DROP COLUMN needs_accessible, DROP COLUMN earliest_move_in, DROP COLUMN recorded_by`);
  }
}
