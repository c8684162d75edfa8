import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case notes: dated, by the case team, ORDINARY or SPECIAL_CATEGORY, never edited or deleted (a trigger refuses it,
 * whoever asks); a correction is a new note pointing at the one it corrects.
 */
export class CreateCaseNote1768300000003 implements MigrationInterface {
  name = 'CreateCaseNote1768300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.case_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries.beneficiary (id),
        category text NOT NULL CHECK (category IN ('ORDINARY', 'SPECIAL_CATEGORY')),
        text text NOT NULL CHECK (btrim(text) <> '' AND length(text) <= 4000),
        corrects_note_id uuid REFERENCES beneficiaries.case_note (id),
        written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        written_by text NOT NULL CHECK (btrim(written_by) <> '')
      )`);
    await queryRunner.query('CREATE INDEX case_note_beneficiary_idx ON beneficiaries.case_note (beneficiary_id, written_at, id)');
    await queryRunner.query(`
      CREATE FUNCTION beneficiaries.case_note_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'case notes are never changed: write a correction'; END $$`);
    await queryRunner.query(`
      CREATE TRIGGER case_note_append_only BEFORE UPDATE OR DELETE ON beneficiaries.case_note
        FOR EACH ROW EXECUTE FUNCTION beneficiaries.case_note_never_changes()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.case_note');
    await queryRunner.query('DROP FUNCTION beneficiaries.case_note_never_changes()');
  }
}
