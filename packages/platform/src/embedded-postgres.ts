import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  /** A `postgres://` URL that TypeORM and `pg` connect to like any PostgreSQL server. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) served over the wire protocol in this
 * process, so a machine with no PostgreSQL runs the hub unchanged. `dataDir` keeps the data across restarts;
 * without it the database lives in memory (tests).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number; host?: string }): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db, host, port: options.port, maxConnections: 100 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const [, port] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      // close() flushes PGlite's data directory: skipping it is how embedded data gets corrupted.
      await db.close();
    },
  };
}
