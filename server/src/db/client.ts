import { mkdirSync } from 'node:fs';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { claimDataDir } from './data-dir-lock.js';
import { migrationsFolder } from './migrations-folder.js';
import { type Pin, pinConnection } from './pinned-connection.js';
import * as schema from './schema/index.js';
import type { Row, StatementTemplate } from './statement.js';

export type Schema = typeof schema;
/** One handle type for both drivers (a union of the two breaks drizzle's overloads). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What a transaction callback receives; every repo function accepts either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type NotificationHandler = (payload: string) => void;

/** One pooled connection held for a while: drizzle bound to it, and scripts of several statements. */
export interface PinnedConnection {
  readonly db: Db;
  /**
   * Runs statements with no parameters (values written in as literals, see `literal`) in one
   * round trip, by the simple query protocol; answers each statement's rows, in order. The first
   * failing statement stops the script and rejects. (`db`'s own statements are sent the same way.)
   * Statements written behind (see `writeBehind`) go first, unanswered.
   */
  script(statements: string[]): Promise<Row[][]>;
  /** Rolls the transaction back, dropping any statement written behind and not sent yet. */
  rollback(): Promise<void>;
  /** Prepares the statement templates not yet prepared on this connection, in one round trip. */
  prepare(templates: readonly StatementTemplate<never>[]): Promise<void>;
}

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'pg';
  /** Subscribe to a NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  /**
   * Called each time listening resumes after the LISTEN connection was lost (PostgreSQL only; an
   * embedded database never loses it). Notifications sent in between are gone: a listener reads
   * what it missed from the tables. Returns the function that stops calling it.
   */
  onListenResumed(handler: () => void): () => void;
  /** Applies pending migrations. Re-running is a no-op; concurrent instances take turns. */
  migrate(): Promise<void>;
  /**
   * PostgreSQL only: runs `fn` on one connection of the pool, returned when it settles (destroyed
   * if the connection failed). PGlite has a single connection shared by everyone, so it has none.
   */
  pinned?<T>(fn: (connection: PinnedConnection) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data folder as a tarball (tests clone a migrated template from it). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL → node-postgres pool. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files, or 'memory' for a throwaway in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from this dumped data folder (a migrated template) instead of an empty one. */
  loadDataDir?: Blob;
  /** Where a pool-level error (a dropped idle connection) is reported; it must never crash us. */
  onPoolError?: (err: Error) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dataDir ?? './data', options.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir: Blob | undefined): Promise<Database> {
  // Loaded only when used: a PostgreSQL deployment never carries PGlite's WebAssembly in memory.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  let release = () => {};
  if (dataDir !== 'memory') {
    mkdirSync(dataDir, { recursive: true });
    release = claimDataDir(dataDir);
  }
  const client = new PGlite({ ...(dataDir === 'memory' ? {} : { dataDir }), ...(loadDataDir ? { loadDataDir } : {}) });
  try {
    await client.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const pgliteDb = drizzlePglite({ client, schema });
  return {
    db: pgliteDb as unknown as Db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(pgliteDb, { migrationsFolder });
    },
    onListenResumed: () => () => undefined,
    async listen(channel, handler) {
      const unsubscribe = await client.listen(channel, handler);
      return async () => unsubscribe();
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
    async dump() {
      return client.dumpDataDir('none');
    },
  };
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // Fail fast while the database is unreachable so callers answer 503 instead of hanging.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener a dropped idle connection emits an unhandled 'error' and kills the process.
  pool.on('error', (err) => options.onPoolError?.(err));
  // Made once per pooled connection: the group commit pins one per batch.
  const pins = new WeakMap<pg.PoolClient, Pin>();
  // pg-pool listens for a client's errors only while the client sits idle in the pool (it then
  // drops it and emits the pool's 'error', above). A client checked out — any transaction, a
  // group commit's batch — has no listener of pg-pool's, and the connection lost under it would
  // emit an unhandled 'error' and end the process. So every client the pool makes carries one of
  // ours for its whole life. The error itself reaches whoever holds the client, through the query
  // it fails; pg marks the client unqueryable, and pg-pool destroys such a client on release
  // rather than reusing it. A pinned connection also records it, to be released with its error.
  pool.on('connect', (client) => {
    client.on('error', (err) => pins.get(client)?.markBroken(err));
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  // LISTEN needs a connection of its own, outside the pool: one per process, shared by all channels.
  const handlers = new Map<string, Set<NotificationHandler>>();
  const resumed = new Set<() => void>();
  let listener: Promise<pg.Client> | undefined;
  const listenerClient = () => {
    listener ??= (async () => {
      const client = new pg.Client({ connectionString: url });
      // pg reports one lost connection twice (what went wrong, then the connection's end): only
      // the first reconnects, or each loss would leave one more connection listening.
      let lost = false;
      client.on('error', (err) => {
        if (lost) return;
        lost = true;
        options.onPoolError?.(err);
        // Reconnect on next use; LISTENs are re-issued for every channel still wanted.
        listener = undefined;
        void reListen();
      });
      client.on('notification', (msg) => {
        if (msg.payload === undefined) return;
        for (const handler of handlers.get(msg.channel) ?? []) handler(msg.payload);
      });
      await client.connect();
      return client;
    })();
    return listener;
  };
  const reListen = async () => {
    if (handlers.size === 0) return;
    try {
      const client = await listenerClient();
      for (const channel of handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      for (const handler of resumed) handler();
    } catch (err) {
      options.onPoolError?.(err as Error);
      listener = undefined;
      setTimeout(() => void reListen(), 2000).unref();
    }
  };
  return {
    db,
    driver: 'pg',
    async pinned(fn) {
      const client = await pool.connect();
      const pin = pins.get(client) ?? pinConnection(client);
      pins.set(client, pin);
      try {
        return await fn(pin.connection);
      } finally {
        // A connection that failed is destroyed rather than handed to the next caller.
        client.release(pin.broken() ?? false);
      }
    },
    async migrate() {
      // Several instances may start at once on one PostgreSQL: an advisory lock, held by one
      // dedicated connection for the whole run, makes them take turns.
      const client = new pg.Client({ connectionString: url });
      // A connection lost mid-migration fails the statement under way; that is the error to report.
      client.on('error', () => undefined);
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(72201501)');
        await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    onListenResumed(handler) {
      resumed.add(handler);
      return () => resumed.delete(handler);
    },
    async listen(channel, handler) {
      const set = handlers.get(channel) ?? new Set();
      const first = set.size === 0;
      set.add(handler);
      handlers.set(channel, set);
      const client = await listenerClient();
      if (first) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        set.delete(handler);
        if (set.size === 0) {
          handlers.delete(channel);
          await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        }
      };
    },
    async close() {
      handlers.clear();
      const client = listener;
      listener = undefined;
      if (client) await (await client.catch(() => undefined))?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
