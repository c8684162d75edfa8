import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: when a person's data is anonymised (`beneficiary.anonymised_at`), published to the other subgraphs as
 * the contract view `beneficiaries.anonymised_person` so each anonymises its own records. Case notes stay
 * append-only, except for the one change anonymisation makes: the text of an anonymised person's note replaced by
 * '[anonymised]', nothing else touched.
 */
export class Retention1768900000001 implements MigrationInterface {
  name = 'Retention1768900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE beneficiaries.beneficiary ADD COLUMN anonymised_at timestamptz');
    await queryRunner.query(`
      CREATE VIEW beneficiaries.anonymised_person (beneficiary_id, anonymised_at) AS
        SELECT b.id, b.anonymised_at FROM beneficiaries.beneficiary b WHERE b.anonymised_at IS NOT NULL`);
    await queryRunner.query(`
      COMMENT ON VIEW beneficiaries.anonymised_person IS
        'Published contract of the beneficiaries subgraph: one row per person whose data retention anonymised, and when. '
        'Read by catalogue, labour and housing, which anonymise their own records of these people; columns are only ever '
        'added at the end.'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION beneficiaries.case_note_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.text = '[anonymised]'
           AND (NEW.id, NEW.beneficiary_id, NEW.category, NEW.corrects_note_id, NEW.written_at, NEW.written_by)
               IS NOT DISTINCT FROM (OLD.id, OLD.beneficiary_id, OLD.category, OLD.corrects_note_id, OLD.written_at, OLD.written_by)
           AND EXISTS (SELECT 1 FROM beneficiaries.beneficiary b WHERE b.id = NEW.beneficiary_id AND b.anonymised_at IS NOT NULL) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'case notes are never changed: write a correction';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION beneficiaries.case_note_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'case notes are never changed: write a correction'; END $$`);
    await queryRunner.query('DROP VIEW beneficiaries.anonymised_person');
    await queryRunner.query('ALTER TABLE beneficiaries.beneficiary DROP COLUMN anonymised_at');
  }
}
