import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from './migrations-folder.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** One handle type for both drivers (a union of the two breaks drizzle's overloads). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What a transaction callback receives; every repo function accepts either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type NotificationHandler = (payload: string) => void;

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'pg';
  /** Subscribe to a NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  /** Applies pending migrations. Re-running is a no-op; concurrent instances take turns. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL → node-postgres pool. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files, or 'memory' for a throwaway in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** Where a pool-level error (a dropped idle connection) is reported; it must never crash us. */
  onPoolError?: (err: Error) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dataDir ?? './data');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const client = dataDir === 'memory' ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  const pgliteDb = drizzlePglite({ client, schema });
  return {
    db: pgliteDb as unknown as Db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(pgliteDb, { migrationsFolder });
    },
    async listen(channel, handler) {
      const unsubscribe = await client.listen(channel, handler);
      return async () => unsubscribe();
    },
    async close() {
      await client.close();
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
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const listeners = new Set<pg.Client>();
  return {
    db,
    driver: 'pg',
    async migrate() {
      // Several instances may start at once on one PostgreSQL: an advisory lock, held by one
      // dedicated connection for the whole run, makes them take turns.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(72201501)');
        await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    async listen(channel, handler) {
      // LISTEN needs a dedicated connection, outside the pool.
      const client = new pg.Client({ connectionString: url });
      client.on('error', (err) => options.onPoolError?.(err));
      await client.connect();
      client.on('notification', (msg) => {
        if (msg.channel === channel && msg.payload !== undefined) handler(msg.payload);
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
    async close() {
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
