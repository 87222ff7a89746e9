import { Placeholder, type SQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx, PinnedConnection } from './client.js';

/** A row as PostgreSQL names its columns (`select x as "name"` → `row.name`). */
export type Row = Record<string, unknown>;

/**
 * A database step (not a plan's step): one statement, its values already written in as literals,
 * and how to read its answer. It can run alone (`runDbStep`), or with other database steps in a
 * single round trip (`PinnedConnection.script`): the plan executor's group commit sends every
 * command's opening statements, and later every command's closing statements, together. One
 * without a statement is answered without asking the database. A step is a value: whichever
 * handle made it, it runs on the handle it is given.
 */
export interface DbStep<T> {
  readonly statement?: FilledStatement;
  read(rows: Row[]): T;
}

/** A template filled in: the whole statement, or an EXECUTE of it where it has been prepared. */
export interface FilledStatement {
  /** Written out only when asked for: the group commit sends the EXECUTE instead. */
  readonly sql: string;
  readonly execute: string;
}

export async function runDbStep<T>(db: DbOrTx, step: DbStep<T>): Promise<T> {
  if (step.statement === undefined) return step.read([]);
  const result = (await db.execute(step.statement.sql)) as unknown as { rows: Row[] };
  return step.read(result.rows);
}

/** The same statement, its answer read on into something else. */
export function mapDbStep<T, U>(step: DbStep<T>, then: (value: T) => U): DbStep<U> {
  return { ...(step.statement ? { statement: step.statement } : {}), read: (rows) => then(step.read(rows)) };
}

/** Runs database steps on the handle it was made for (a transaction's, in a unit of work). */
export interface StatementRunner {
  run<T>(step: DbStep<T>): Promise<T>;
}

export function statementRunner(db: DbOrTx): StatementRunner {
  return { run: (step) => runDbStep(db, step) };
}

/** What each step of a group answers, under the step's key. */
export type DbStepAnswers<G> = { [K in keyof G]: G[K] extends DbStep<infer T> ? T : never };

/**
 * Every step of every group in one round trip, as EXECUTEs of templates prepared on the
 * connection (prepared here first if need be), between `before` and `after`; each group's
 * answers come back under its steps' keys. The first failing statement rejects the whole script.
 */
export async function runDbStepsTogether<G extends { readonly [K in keyof G]: DbStep<unknown> }>(
  connection: PinnedConnection,
  groups: readonly G[],
  around: { before?: readonly string[]; after?: readonly string[] } = {},
): Promise<DbStepAnswers<G>[]> {
  await connection.prepare(statementTemplates());
  const before = around.before ?? [];
  const sent: string[] = [...before];
  const stepsOf = (group: G) => Object.entries(group) as [string, DbStep<unknown>][];
  for (const group of groups) {
    for (const [, step] of stepsOf(group)) if (step.statement) sent.push(step.statement.execute);
  }
  const answers = await connection.script([...sent, ...(around.after ?? [])]);
  let next = before.length;
  return groups.map((group) => {
    const read: Record<string, unknown> = {};
    for (const [key, step] of stepsOf(group)) read[key] = step.read(step.statement ? (answers[next++] ?? []) : []);
    return read as DbStepAnswers<G>;
  });
}

export interface StatementTemplate<V> {
  (db: DbOrTx, values: V): FilledStatement;
  readonly name: string;
  /** `PREPARE name AS …`: once per connection, so PostgreSQL parses and plans it once. */
  prepare(db: DbOrTx): string;
}

const templates: StatementTemplate<never>[] = [];

/** Every statement template, for preparing them all on a connection at once. */
export function statementTemplates(): readonly StatementTemplate<never>[] {
  return templates;
}

/**
 * A statement built once — by drizzle, with `sql.placeholder(name)` where values go — and then
 * filled in per use with values written as literals: either whole (`sql`), or as an EXECUTE of
 * the statement prepared on the connection. Every plan command runs four of these, so building
 * the SQL, and planning it, each time would be most of what a command costs.
 */
export function statementTemplate<V extends object>(
  name: string,
  build: (db: DbOrTx) => SQLWrapper,
): StatementTemplate<V> {
  let compiled: { sql: string; params: unknown[] } | undefined;
  const compile = (db: DbOrTx) => {
    compiled ??= dialect.sqlToQuery(build(db).getSQL());
    return compiled;
  };
  const fill = (db: DbOrTx, values: V): FilledStatement => {
    const { sql, params } = compile(db);
    const literals = params.map((p) => {
      if (!(p instanceof Placeholder)) return literal(p);
      if (!(p.name in values)) throw new NotInlinable(`no value for ${p.name}`);
      return literal((values as Record<string, unknown>)[p.name]);
    });
    let whole: string | undefined;
    return {
      get sql() {
        whole ??= sql.replace(/\$(\d+)/g, (_match, n: string) => {
          const value = literals[Number(n) - 1];
          if (value === undefined) throw new NotInlinable(`no parameter $${n}`);
          return value;
        });
        return whole;
      },
      execute: `execute ${name}(${literals.join(', ')})`,
    };
  };
  const template = Object.assign(fill, {
    prepare: (db: DbOrTx) => `prepare ${name} as ${compile(db).sql}`,
  });
  Object.defineProperty(template, 'name', { value: name });
  templates.push(template as unknown as StatementTemplate<never>);
  return template as StatementTemplate<V>;
}

const dialect = new PgDialect();

/**
 * Raised when a value cannot be written as a literal. In a group commit the batch then falls back
 * to running each command alone; elsewhere it is a server error (validated input never gets here).
 */
export class NotInlinable extends Error {}

/**
 * A parameter as an SQL literal. Only for the simple query protocol's multi-statement scripts,
 * where parameters cannot be sent separately: strings are quoted by the libpq rules (as
 * node-postgres's escapeLiteral), numbers must be finite, and a NUL byte — which would cut the
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
    return `'${value.toISOString()}'`;
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new NotInlinable('NUL in a string');
    return quote(value);
  }
  throw new NotInlinable(`cannot inline a ${typeof value}`);
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

/**
 * The libpq quoting rules of node-postgres's escapeLiteral — quotes doubled; with a backslash,
 * backslashes doubled in an E'' string, right whatever standard_conforming_strings says — but
 * without its character-by-character concatenation, which made tens of kilobytes of garbage for
 * every event written (a quarter of all the server allocated under load).
 */
function quote(text: string): string {
  const body = text.replaceAll("'", "''");
  return text.includes('\\') ? ` E'${body.replaceAll('\\', '\\\\')}'` : `'${body}'`;
}
