import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network's governance (WP1b-c): provincial coordination tables, the organisations taking part, their meetings,
 * the decisions taken and the follow-up actions with an owner and a due date.
 */
export class CreateCoordination1765510000000 implements MigrationInterface {
  name = 'CreateCoordination1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalogue.coordination_table (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        name text NOT NULL CHECK (btrim(name) <> ''),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coordination_table_name_unique UNIQUE (province, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE catalogue.coordination_table_member (
        table_id uuid NOT NULL REFERENCES catalogue.coordination_table (id),
        organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (table_id, organisation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE catalogue.coordination_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES catalogue.coordination_table (id),
        held_on date NOT NULL,
        place text NOT NULL CHECK (btrim(place) <> ''),
        summary text NOT NULL CHECK (btrim(summary) <> ''),
        attending_ids uuid[] NOT NULL CHECK (array_position(attending_ids, NULL) IS NULL),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX coordination_meeting_table_idx ON catalogue.coordination_meeting (table_id, held_on DESC, id)');
    await queryRunner.query(`
      CREATE TABLE catalogue.coordination_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES catalogue.coordination_meeting (id),
        position integer NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (btrim(text) <> ''),
        CONSTRAINT coordination_decision_position_unique UNIQUE (meeting_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE catalogue.coordination_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES catalogue.coordination_meeting (id),
        decision_id uuid REFERENCES catalogue.coordination_decision (id),
        position integer NOT NULL CHECK (position >= 0),
        description text NOT NULL CHECK (btrim(description) <> ''),
        owner_organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        owner_name text CHECK (btrim(owner_name) <> ''),
        due_on date NOT NULL,
        completed_at timestamptz,
        completed_by text,
        CONSTRAINT coordination_action_completed CHECK ((completed_at IS NULL) = (completed_by IS NULL)),
        CONSTRAINT coordination_action_position_unique UNIQUE (meeting_id, position)
      )`);
    await queryRunner.query('CREATE INDEX coordination_action_decision_idx ON catalogue.coordination_action (decision_id)');
    // What an organisation still owes, soonest first.
    await queryRunner.query(
      'CREATE INDEX coordination_action_open_idx ON catalogue.coordination_action (owner_organisation_id, due_on) WHERE completed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue.coordination_action');
    await queryRunner.query('DROP TABLE catalogue.coordination_decision');
    await queryRunner.query('DROP TABLE catalogue.coordination_meeting');
    await queryRunner.query('DROP TABLE catalogue.coordination_table_member');
    await queryRunner.query('DROP TABLE catalogue.coordination_table');
  }
}
