import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { isDatabaseUnavailable, sqlState } from '../lib/db-errors.js';
import type { Db, PinnedConnection } from './client.js';
import * as schema from './schema/index.js';
import { inlineParams, type Row } from './statement.js';

/** What drizzle passes to `client.query`: its SQL, and how it wants the rows back. */
interface DriverQuery {
  text: string;
  rowMode?: 'array';
  types?: pg.CustomTypesConfig;
}

/** A pinned connection and whether it has failed (then it is destroyed, not reused). */
export interface Pin {
  readonly connection: PinnedConnection;
  markBroken(error: Error): void;
  broken(): Error | undefined;
}

interface Waiting {
  text: string;
  rowMode: 'array' | undefined;
  types: pg.CustomTypesConfig | undefined;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/**
 * One pooled connection, pinned for a group commit. Its drizzle handle does not send each statement
 * as it comes: the statements issued in one turn of the event loop (the handlers of every command
 * in a batch, each awaiting its own) are written in as literals and sent together, as one script,
 * in one round trip. The first failing statement fails every statement of its script — the batch
 * is rolled back whole anyway.
 */
export function pinConnection(client: pg.PoolClient): Pin {
  let broken: Error | undefined;
  const markBroken = (error: Error) => {
    broken ??= error;
  };
  let waiting: Waiting[] = [];
  let scheduled = false;
  // Round trips on one connection go one after another.
  let previous: Promise<unknown> = Promise.resolve();

  const send = (text: string, options: { rowMode?: 'array'; types?: pg.CustomTypesConfig | undefined }) => {
    const run = previous.then(async () => {
      try {
        const result = (await client.query({ text, ...options } as pg.QueryConfig)) as
          | pg.QueryResult
          | pg.QueryResult[];
        return Array.isArray(result) ? result : [result];
      } catch (error) {
        // An error PostgreSQL reported leaves the connection usable; any other may not.
        if (sqlState(error) === undefined || isDatabaseUnavailable(error)) markBroken(error as Error);
        throw error;
      }
    });
    previous = run.catch(() => undefined);
    return run;
  };

  const flush = () => {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    // drizzle asks every query for the same type parsers (timestamps and dates kept as text).
    send(batch.map((w) => w.text).join(';\n'), { rowMode: 'array', types: batch.find((w) => w.types)?.types }).then(
      (results) => {
        for (const [i, w] of batch.entries()) {
          const r = results[i];
          if (!r) w.reject(new Error('a batched statement had no result'));
          else w.resolve(w.rowMode === 'array' ? r : { ...r, rows: r.rows.map((row) => asObject(r.fields, row)) });
        }
      },
      (error: unknown) => {
        for (const w of batch) w.reject(error);
      },
    );
  };

  const driver = {
    query(config: DriverQuery | string, values: unknown[] = []): Promise<unknown> {
      const query = typeof config === 'string' ? { text: config } : config;
      return new Promise((resolve, reject) => {
        waiting.push({
          text: inlineParams(query.text, values),
          rowMode: query.rowMode,
          types: query.types,
          resolve,
          reject,
        });
        if (!scheduled) {
          scheduled = true;
          // After every command's handler that can go on has asked for its next statement.
          setImmediate(flush);
        }
      });
    },
  };

  const db = drizzle({ client: driver as unknown as pg.PoolClient, schema }) as unknown as Db;
  const prepared = new Set<string>();
  const connection: PinnedConnection = {
    db,
    async script(statements) {
      const results = await send(statements.join(';\n'), {});
      return results.map((r) => r.rows as Row[]);
    },
    async prepare(templates) {
      const missing = templates.filter((t) => !prepared.has(t.name));
      if (missing.length === 0) return;
      // Outside any transaction, so nothing can roll them back; they live as long as the connection.
      await send(missing.map((t) => t.prepare(db)).join(';\n'), {});
      for (const t of missing) prepared.add(t.name);
    },
  };
  return { connection, markBroken, broken: () => broken };
}

function asObject(fields: pg.FieldDef[], row: unknown): Row {
  const values = row as unknown[];
  const object: Row = {};
  fields.forEach((f, i) => {
    object[f.name] = values[i];
  });
  return object;
}
