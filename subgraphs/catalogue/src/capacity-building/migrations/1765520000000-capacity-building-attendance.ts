import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['TRAINING', 'WORKSHOP', 'SEMINAR', 'PEER_EXCHANGE'];
const REACHES = ['PROVINCIAL', 'INTERREGIONAL'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Capacity building (WP1d) says who came, not only how many: an event's kind, reach and length, and one row per
 * operator who attended (by user and organisation) with their evaluation. Events recorded before keep their count.
 */
export class CapacityBuildingAttendance1765520000000 implements MigrationInterface {
  name = 'CapacityBuildingAttendance1765520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE catalogue.capacity_building_event
        ADD COLUMN kind text NOT NULL DEFAULT 'TRAINING' CHECK (kind IN (${oneOf(KINDS)})),
        ADD COLUMN reach text NOT NULL DEFAULT 'PROVINCIAL' CHECK (reach IN (${oneOf(REACHES)})),
        ADD COLUMN duration_minutes integer CHECK (duration_minutes BETWEEN 15 AND 6000)`);
    await queryRunner.query(`
      CREATE TABLE catalogue.capacity_building_attendance (
        event_id uuid NOT NULL REFERENCES catalogue.capacity_building_event (id),
        user_id text NOT NULL CHECK (btrim(user_id) <> ''),
        full_name text NOT NULL CHECK (btrim(full_name) <> ''),
        organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        evaluation_score integer CHECK (evaluation_score BETWEEN 1 AND 5),
        evaluation_comment text CHECK (btrim(evaluation_comment) <> ''),
        evaluated_at timestamptz,
        PRIMARY KEY (event_id, user_id),
        CONSTRAINT capacity_building_attendance_evaluation CHECK ((evaluation_score IS NULL) = (evaluated_at IS NULL)
          AND (evaluation_comment IS NULL OR evaluation_score IS NOT NULL))
      )`);
    // "Which events did this operator attend", for their certificates.
    await queryRunner.query('CREATE INDEX capacity_building_attendance_user_idx ON catalogue.capacity_building_attendance (user_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue.capacity_building_attendance');
    await queryRunner.query(
      'ALTER TABLE catalogue.capacity_building_event DROP COLUMN kind, DROP COLUMN reach, DROP COLUMN duration_minutes',
    );
  }
}
