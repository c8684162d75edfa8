import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seals and checkpoints are append-only like the entries: the same triggers. */
async function refuseChanges(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`
    CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON audit.${table}
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
  await queryRunner.query(`
    CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON audit.${table}
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
}

/**
 * From a chain built at insert under one hub-wide lock to plain INSERTs sealed afterwards by one background
 * sealer (see audit-sealer.ts). Entries keep every row and every hash they had: the existing chain becomes the
 * first seals, in id order, carrying the hashes the entries were written with, so it verifies as before.
 */
export class SealAuditTrailInBackground1767000000000 implements MigrationInterface {
  name = 'SealAuditTrailInBackground1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Appenders of the previous release wait here (and fail on the constraint below): nothing joins the old
    // chain while it moves into the seals.
    await queryRunner.query('LOCK TABLE audit.entry IN EXCLUSIVE MODE');
    // A volatile default fills every existing row with its own uuid. The id a beneficiary sees is this one,
    // never the hub-wide sequence.
    await queryRunner.query(`
      ALTER TABLE audit.entry
        ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN client_request_id text,
        ADD COLUMN txid xid8,
        ALTER COLUMN previous_hash DROP NOT NULL,
        ALTER COLUMN hash DROP NOT NULL`);
    // The inserting transaction, for the sealer to know which entries may still commit. Existing rows keep
    // NULL: they are sealed below and are the only entries with a hash of their own.
    await queryRunner.query('ALTER TABLE audit.entry ALTER COLUMN txid SET DEFAULT pg_current_xact_id()');
    await queryRunner.query(`
      ALTER TABLE audit.entry ADD CONSTRAINT entry_hashed_at_insert_or_sealed CHECK ((txid IS NULL) = (hash IS NOT NULL))`);
    await queryRunner.query('CREATE UNIQUE INDEX entry_public_id_key ON audit.entry (public_id)');
    await queryRunner.query('CREATE INDEX entry_txid_idx ON audit.entry (txid)');

    await queryRunner.query(`
      CREATE TABLE audit.seal (
        position bigint PRIMARY KEY CHECK (position >= 1),
        entry_id bigint NOT NULL UNIQUE,
        previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        sealed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await refuseChanges(queryRunner, 'seal');
    await queryRunner.query(`
      INSERT INTO audit.seal (position, entry_id, previous_hash, hash)
      SELECT row_number() OVER (ORDER BY id), id, previous_hash, hash FROM audit.entry ORDER BY id`);

    // Where the sealer's next pass looks: transactions from `horizon` on, and those in progress at its last
    // pass (`pending`). Taken now, under the lock, every entry before it is sealed above.
    await queryRunner.query(`
      CREATE TABLE audit.seal_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        horizon xid8 NOT NULL,
        pending xid8[] NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      INSERT INTO audit.seal_state (horizon, pending)
      SELECT pg_snapshot_xmax(snapshot), ARRAY(SELECT pg_snapshot_xip(snapshot)) FROM pg_current_snapshot() AS snapshot`);

    await queryRunner.query(`
      CREATE TABLE audit.checkpoint (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        position bigint NOT NULL CHECK (position >= 1),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL,
        key_id text NOT NULL,
        public_key text NOT NULL,
        signature text NOT NULL
      )`);
    await refuseChanges(queryRunner, 'checkpoint');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only as long as every entry still has its own hash (nothing was written after this migration).
    await queryRunner.query('DROP TABLE audit.checkpoint');
    await queryRunner.query('DROP TABLE audit.seal_state');
    await queryRunner.query('DROP TABLE audit.seal');
    await queryRunner.query('ALTER TABLE audit.entry DROP CONSTRAINT entry_hashed_at_insert_or_sealed');
    await queryRunner.query(`
      ALTER TABLE audit.entry
        DROP COLUMN public_id,
        DROP COLUMN client_request_id,
        DROP COLUMN txid,
        ALTER COLUMN previous_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL`);
  }
}
