import { getTableColumns, getTableName, isSQLWrapper, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.js';
import { knownInsert } from './known-insert.js';
import { writeBehind } from './pinned-connection.js';

interface PreparedInsert {
  execute(values: Record<string, unknown>): Promise<unknown[]>;
}

// Per database handle: a group commit's pinned connection lives long, so its inserts are built
// once; a transaction's handle lives for one command, and so does its cache.
const cache = new WeakMap<object, Map<string, PreparedInsert>>();
// One statement name per shape, the same for every handle: node-postgres refuses a name reused
// on a connection for a different text.
const names = new Map<string, string>();

/**
 * `INSERT … VALUES … RETURNING *` for a plan table, built by drizzle once per table and set of
 * columns (with placeholders) rather than for every command — building it was the largest single
 * source of garbage under load. drizzle still converts the values for their columns and maps the
 * rows back. Values that are SQL expressions are built the ordinary way.
 *
 * With `writeBehind`, in a group commit (a pinned connection), a row known beforehand (see
 * known-insert.ts) is answered at once and its INSERT goes with the batch's next statements —
 * usually its events and COMMIT — saving the batch a round trip. Should the INSERT fail, the
 * batch fails with it and each command is run again alone, where inserts are waited for.
 */
export async function insertReturning<T extends PgTable>(
  db: DbOrTx,
  table: T,
  values: Record<string, unknown>,
  options: { writeBehind?: boolean } = {},
): Promise<T['$inferSelect'][]> {
  const write = options.writeBehind ? writeBehind(db) : undefined;
  const known = write && knownInsert(table, values);
  if (write && known) {
    write(known.statement);
    return [known.row];
  }
  const columns = getTableColumns(table);
  const keys = Object.keys(values)
    .filter((k) => values[k] !== undefined)
    .sort();
  if (keys.some((k) => isSQLWrapper(values[k]) || !columns[k])) {
    return (await db
      .insert(table)
      .values(values as T['$inferInsert'])
      .returning()) as T['$inferSelect'][];
  }
  let prepared = cache.get(db);
  if (!prepared) {
    prepared = new Map();
    cache.set(db, prepared);
  }
  const shape = `${getTableName(table)}(${keys.join(',')})`;
  let insert = prepared.get(shape);
  if (!insert) {
    const placeholders = Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));
    insert = db
      .insert(table)
      .values(placeholders as T['$inferInsert'])
      .returning()
      .prepare(nameOf(shape)) as unknown as PreparedInsert;
    prepared.set(shape, insert);
  }
  // drizzle converts each placeholder's value for its column (mapToDriverValue) as it fills it in.
  return (await insert.execute(values)) as T['$inferSelect'][];
}

function nameOf(shape: string): string {
  let name = names.get(shape);
  if (!name) {
    name = `alongside_insert_${names.size + 1}`;
    names.set(shape, name);
  }
  return name;
}
