import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  /** A `postgres://` URL that TypeORM and `pg` connect to like any PostgreSQL server. */
  url: string;
  stop(): Promise<void>;
  /** Cuts every connection and stops listening, keeping the data: a database outage as clients see it (tests). */
  disconnect(): Promise<void>;
  /** Listens again, on the same port, after `disconnect()`. */
  reconnect(): Promise<void>;
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
  const listen = async (port: number) => {
    const server = new PGLiteSocketServer({ db, host, port, maxConnections: 100 });
    keepExtendedQueriesWhole(server);
    await server.start();
    return server;
  };
  let server: PGLiteSocketServer | undefined;
  try {
    server = await listen(options.port);
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':')[1]);
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server?.stop();
      // close() flushes PGlite's data directory: skipping it is how embedded data gets corrupted.
      await db.close();
    },
    async disconnect() {
      await server?.stop();
      server = undefined;
    },
    async reconnect() {
      server ??= await listen(port);
    },
  };
}

/** The internals of pglite-socket 0.2.17's query queue that the fix below replaces (the version is pinned). */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Messages that leave an extended-protocol exchange open: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED_PROTOCOL = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((letter) => letter.charCodeAt(0)));

/**
 * PGlite is one PostgreSQL session shared by every socket. pglite-socket queues each wire message on its own
 * and keeps a connection's messages together only inside a transaction, so with concurrent clients one
 * connection's Parse can land between another's Parse and Bind ("bind message supplies 1 parameters, but
 * prepared statement requires 3"). Here a connection keeps the session from its first extended-protocol
 * message to its Sync, as well as for a whole transaction.
 */
function keepExtendedQueriesWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let exchangeOwner: number | null = null;

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (exchangeOwner === handlerId) {
      exchangeOwner = null;
      void queue.processQueue();
    }
  };

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.db.isInTransaction() && this.lastHandlerId !== null ? this.lastHandlerId : exchangeOwner;
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: everyone else waits for it.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        exchangeOwner = EXTENDED_PROTOCOL.has(item.message[0]!) ? item.handlerId : null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
