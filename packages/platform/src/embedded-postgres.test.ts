import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';

describe('embedded PostgreSQL', () => {
  it('answers concurrent parameterised queries from many connections, each with its own parameters', async () => {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    try {
      // Statements with different parameter counts: interleaved Parse/Bind messages would mismatch them.
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 === 0
            ? pool.query('SELECT $1::int + $2::int + $3::int AS total', [i, 1, 2]).then((result) => result.rows[0].total)
            : pool.query('SELECT $1::int * 2 AS total', [i]).then((result) => result.rows[0].total),
        ),
      );
      expect(results).toEqual(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? i + 3 : i * 2)));
    } finally {
      await pool.end();
      await embedded.stop();
    }
  });

  it('keeps a transaction to its own connection', async () => {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    try {
      await pool.query('CREATE TABLE counter (n int)');
      const writer = await pool.connect();
      await writer.query('BEGIN');
      await writer.query('INSERT INTO counter VALUES ($1)', [1]);
      const reader = pool.query('SELECT count(*)::int AS n FROM counter');
      await writer.query('ROLLBACK');
      writer.release();
      expect((await reader).rows[0].n).toBe(0);
    } finally {
      await pool.end();
      await embedded.stop();
    }
  });

  it('keeps its data across a restart in its data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shubh-pglite-'));
    try {
      const first = await startEmbeddedPostgres({ port: 0, dataDir });
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");
      await client.end();
      await first.stop();

      const second = await startEmbeddedPostgres({ port: 0, dataDir });
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      expect((await again.query('SELECT text FROM note')).rows).toEqual([{ text: 'kept' }]);
      await again.end();
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
