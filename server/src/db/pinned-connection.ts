import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { isDatabaseUnavailable, sqlState } from '../lib/db-errors.js';
import type { Db, PinnedConnection } from './client.js';
import * as schema from './schema/index.js';
import { inlineParams, literal, type Row } from './statement.js';

/** What drizzle passes to `client.query`: its SQL, and how it wants the rows back. */
interface DriverQuery {
  /** Set for a statement prepared with drizzle's `.prepare(name)`. */
  name?: string;
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
  /** Statements before this one's in its text (a PREPARE), whose results are not its own. */
  leading: number;
  rowMode: 'array' | undefined;
  types: pg.CustomTypesConfig | undefined;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/** Pinned connections' drizzle handles → where their statements written behind go. */
const writersBehind = new WeakMap<object, (statement: string) => void>();

/**
 * On a pinned connection's handle, a way to write a statement behind: nobody waits for it; it
 * goes at the head of the connection's next script, which in a group commit is at the latest the
 * one with the COMMIT. If it fails, that script fails and the batch is rolled back, as any failed
 * statement would have it. On any other handle, undefined.
 */
export function writeBehind(db: object): ((statement: string) => void) | undefined {
  return writersBehind.get(db);
}

/**
 * One pooled connection, pinned for a group commit. Its drizzle handle does not send each statement
 * as it comes: the statements issued in one turn of the event loop (the handlers of every command
 * in a batch, each awaiting its own) are written in as literals and sent together, as one script,
 * in one round trip. The first failing statement fails every statement of its script — the batch
 * is rolled back whole anyway. Statements written behind (`writeBehind`) lead the next script.
 */
export function pinConnection(client: pg.PoolClient): Pin {
  let broken: Error | undefined;
  const markBroken = (error: Error) => {
    broken ??= error;
  };
  let waiting: Waiting[] = [];
  /** Statements prepared on this connection: the templates', and drizzle's named ones. */
  const prepared = new Set<string>();
  let scheduled = false;
  /** Statements written behind, not sent yet: they lead the next script, in the order written. */
  let behind: string[] = [];
  const takeBehind = () => {
    const taken = behind;
    behind = [];
    return taken;
  };
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
    const preparing = batch.some((w) => w.leading > 0);
    const ahead = takeBehind();
    // drizzle asks every query for the same type parsers (timestamps and dates kept as text).
    send([...ahead, ...batch.map((w) => w.text)].join(';\n'), {
      rowMode: 'array',
      types: batch.find((w) => w.types)?.types,
    }).then(
      (results) => {
        let i = ahead.length;
        for (const w of batch) {
          i += w.leading;
          const r = results[i++];
          if (!r) w.reject(new Error('a batched statement had no result'));
          else w.resolve(w.rowMode === 'array' ? r : { ...r, rows: r.rows.map((row) => asObject(r.fields, row)) });
        }
      },
      (error: unknown) => {
        // PREPARE outlives a rollback: whether these were prepared is unknown now, so the
        // connection is let go rather than asked to prepare them again.
        if (preparing) markBroken(error as Error);
        for (const w of batch) w.reject(error);
      },
    );
  };

  /**
   * A prepared statement (drizzle's `.prepare(name)`, e.g. the plan inserts) runs as an EXECUTE of
   * its own PREPARE on this connection: PostgreSQL parses and plans it once per connection. The
   * name gets a suffix: node-postgres prepares the same names by protocol when the connection is
   * used outside a group commit, and the two share one namespace.
   */
  const statementFor = (query: DriverQuery, values: unknown[]) => {
    if (!query.name) return { text: inlineParams(query.text, values), leading: 0 };
    const name = `${query.name}_script`;
    const execute = `execute ${name}(${values.map(literal).join(', ')})`;
    if (prepared.has(name)) return { text: execute, leading: 0 };
    // Counted as prepared from now on: scripts on a connection run in order, and if this one
    // fails the connection is let go.
    prepared.add(name);
    return { text: `prepare ${name} as ${query.text};\n${execute}`, leading: 1 };
  };

  const driver = {
    query(config: DriverQuery | string, values: unknown[] = []): Promise<unknown> {
      const query = typeof config === 'string' ? { text: config } : config;
      return new Promise((resolve, reject) => {
        waiting.push({
          ...statementFor(query, values),
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
  writersBehind.set(db, (statement) => behind.push(statement));
  const connection: PinnedConnection = {
    db,
    async script(statements) {
      const ahead = takeBehind();
      const results = await send([...ahead, ...statements].join(';\n'), {});
      return results.slice(ahead.length).map((r) => r.rows as Row[]);
    },
    async rollback() {
      // What was written behind belongs to the transaction being undone: it is never sent.
      behind = [];
      await send('rollback', {});
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
