import { randomUUID } from 'node:crypto';
import { type Column, getTableColumns, getTableName, is, isSQLWrapper, SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { literal, NotInlinable } from './statement.js';

/**
 * An INSERT whose row is known before it is written: every column's value is given, or is the
 * id (a new UUID, made here) or a plain default. Then the row that `INSERT … RETURNING *` would
 * answer can be worked out here, and the statement need not be waited for (see `writeBehind` in
 * pinned-connection.ts).
 *
 * Only column types whose values PostgreSQL gives back exactly as they were written qualify:
 * text, whole numbers, booleans, UUIDs (given back in lower case), timestamps (JavaScript dates
 * carry milliseconds; PostgreSQL keeps them all), ISO dates, and JSON. JSON comes back from
 * `jsonb` with its keys in another order, the same value all the same.
 */
export interface KnownInsert<Row> {
  readonly statement: string;
  readonly row: Row;
}

const exactTypes = new Set([
  'PgText',
  'PgInteger',
  'PgSmallInt',
  'PgBoolean',
  'PgUUID',
  'PgTimestamp',
  'PgDateString',
  'PgJsonb',
]);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
// A lone surrogate is written as U+FFFD, so the text would not come back as it was given.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface TableShape {
  readonly columns: readonly [string, Column][];
  /** `insert into "table" ("a", "b", …) values (`: every column, in the table's order. */
  readonly head: string;
}

/** Per table, worked out once; null when one of its column types does not qualify. */
const shapes = new WeakMap<PgTable, TableShape | null>();

function shapeOf(table: PgTable): TableShape | null {
  let shape = shapes.get(table);
  if (shape === undefined) {
    const columns = Object.entries(getTableColumns(table)) as [string, Column][];
    shape = columns.every(([, c]) => exactTypes.has(c.columnType))
      ? {
          columns,
          head: `insert into ${quoteName(getTableName(table))} (${columns.map(([, c]) => quoteName(c.name)).join(', ')}) values (`,
        }
      : null;
    shapes.set(table, shape);
  }
  return shape;
}

export function knownInsert<T extends PgTable>(
  table: T,
  values: Record<string, unknown>,
): KnownInsert<T['$inferSelect']> | undefined {
  const shape = shapeOf(table);
  if (!shape) return undefined;
  const row: Record<string, unknown> = {};
  const literals: string[] = [];
  for (const [key, column] of shape.columns) {
    const value = heldValue(column, values[key]);
    if (value === unknown) return undefined;
    const driver = value === null ? null : column.mapToDriverValue(value);
    if (!writtenAsGiven(column, driver)) return undefined;
    try {
      literals.push(literal(driver));
    } catch (error) {
      if (error instanceof NotInlinable) return undefined;
      throw error;
    }
    row[key] = driver === null ? null : readBack(column, driver);
  }
  return { statement: `${shape.head}${literals.join(', ')})`, row: row as T['$inferSelect'] };
}

const unknown = Symbol('unknown');

/** The value the column will hold: the one given, a new id, its plain default, or null. */
function heldValue(column: Column, given: unknown): unknown {
  if (isSQLWrapper(given)) return unknown;
  if (given !== undefined) return given;
  if (!column.hasDefault) return null;
  // `defaultRandom()`: the new row's id, made here instead.
  if (column.primary && column.columnType === 'PgUUID') return randomUUID();
  if (column.defaultFn || column.onUpdateFn || is(column.default, SQL) || column.default === undefined) return unknown;
  return column.default;
}

/** Whether this value comes back from PostgreSQL exactly as written. */
function writtenAsGiven(column: Column, driver: unknown): boolean {
  if (driver === null) return true;
  if (column.columnType === 'PgDateString') return typeof driver === 'string' && isoDate.test(driver);
  return typeof driver !== 'string' || !loneSurrogate.test(driver);
}

function readBack(column: Column, driver: unknown): unknown {
  if (column.columnType === 'PgUUID') return String(driver).toLowerCase();
  return column.mapFromDriverValue(driver);
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
