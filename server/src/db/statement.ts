import type { SQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { DbOrTx } from './client.js';

/** A row as PostgreSQL names its columns (`select x as "name"` → `row.name`). */
export type Row = Record<string, unknown>;

/**
 * One statement and how to read its answer. A step can run alone (`runStep`), or with other
 * steps in a single round trip (`inlineStep` + `PinnedConnection.script`): the plan executor's
 * group commit sends every command's opening statements, and later every command's closing
 * statements, together. A step without a statement is answered without asking the database.
 */
export interface Step<T> {
  readonly statement?: SQLWrapper;
  read(rows: Row[]): T;
}

export async function runStep<T>(db: DbOrTx, step: Step<T>): Promise<T> {
  if (!step.statement) return step.read([]);
  const result = (await db.execute(step.statement)) as unknown as { rows: Row[] };
  return step.read(result.rows);
}

/** Raised when a value cannot be written as a literal; the caller runs the statement with parameters instead. */
export class NotInlinable extends Error {}

/**
 * A parameter as an SQL literal. Only for the simple query protocol's multi-statement scripts,
 * where parameters cannot be sent separately: strings are quoted by node-postgres's own
 * escapeLiteral (the libpq rules), numbers must be finite, and a NUL byte — which would cut the
 * script short — is refused.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NotInlinable('not a finite number');
    // Parenthesised when negative, so "a - $1" can never become the comment "a --1".
    return value < 0 ? `(${value})` : String(value === 0 ? 0 : value);
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new NotInlinable('invalid date');
    return pg.escapeLiteral(value.toISOString());
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new NotInlinable('NUL in a string');
    return pg.escapeLiteral(value);
  }
  throw new NotInlinable(`cannot inline a ${typeof value}`);
}

const dialect = new PgDialect();

/** The step's statement with its parameters written in as literals; undefined when it has none. */
export function inlineStep(step: Step<unknown>): string | undefined {
  if (!step.statement) return undefined;
  const { sql, params } = dialect.sqlToQuery(step.statement.getSQL());
  return inlineParams(sql, params);
}

/** `$1…$n` in drizzle's SQL replaced by the parameters as literals. */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  // drizzle writes parameters as $1…$n and never puts a "$" followed by a digit anywhere else.
  return sql.replace(/\$(\d+)/g, (_match, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= params.length) throw new NotInlinable(`no parameter $${n}`);
    return literal(params[i]);
  });
}
