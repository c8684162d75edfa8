import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditTrail1764000000000 implements MigrationInterface {
  name = 'CreateAuditTrail1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit.entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        request_id text NOT NULL,
        actor_id text NOT NULL,
        actor_username text,
        actor_roles text[] NOT NULL,
        actor_organisation_id uuid,
        subgraph text NOT NULL,
        operation text NOT NULL,
        beneficiary_id uuid,
        fields text[] NOT NULL DEFAULT '{}',
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
        hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
        -- One successor per entry: an append that read a stale chain head fails instead of forking the chain.
        CONSTRAINT entry_previous_hash_key UNIQUE (previous_hash)
      )`);
    // "Who saw this person's data" and "what did this user do", both newest first.
    await queryRunner.query('CREATE INDEX entry_beneficiary_idx ON audit.entry (beneficiary_id, id)');
    await queryRunner.query('CREATE INDEX entry_actor_idx ON audit.entry (actor_id, id)');
    // The database itself refuses to rewrite history, whatever code or console sends the statement.
    await queryRunner.query(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
      FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit.entry');
    await queryRunner.query('DROP FUNCTION audit.refuse_change()');
  }
}
