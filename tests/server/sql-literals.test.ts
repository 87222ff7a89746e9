import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineParams, literal, NotInlinable } from '../../server/src/db/statement.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The group commit sends several statements in one round trip, which means values written into
 * the SQL as literals. Each value must come back from the database exactly as it went in.
 */
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

const select = async (expression: string) => {
  const result = (await testDb.database.db.execute(`select ${expression} as v`)) as unknown as {
    rows: { v: unknown }[];
  };
  return result.rows[0]?.v;
};

describe('values written as SQL literals', () => {
  const strings = [
    '',
    "O'Brien's",
    "''; drop table users; --",
    String.raw`back\slash \\ \' \x41 \n`,
    '$1 $$ $tag$ body $tag$',
    'line one\nline two\ttabbed',
    'Café 日本語 🙂',
    '-- not a comment',
    '/* not a comment */',
  ];
  it.each(strings)('string %j comes back unchanged', async (value) => {
    expect(await select(`${literal(value)}::text`)).toBe(value);
  });

  // Quotes and backslashes often, anything else (but NUL, which PostgreSQL cannot store) too.
  const text = fc
    .oneof(
      fc.string({ unit: fc.constantFrom("'", '\\', '"', 'E', ' ', '$', '1', ';', '-') }),
      fc.string({ unit: 'grapheme' }),
    )
    .filter((s) => !s.includes('\u0000'));

  it('quotes every string exactly as node-postgres’s escapeLiteral does', () => {
    fc.assert(
      fc.property(text, (s) => literal(s) === pg.escapeLiteral(s)),
      { numRuns: 2000 },
    );
  });

  it('any string comes back from the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        expect(await select(`${literal(s)}::text`)).toBe(s);
      }),
      { numRuns: 60 },
    );
  });

  it('numbers, booleans, null and dates come back unchanged', async () => {
    expect(await select(`${literal(42)}::int`)).toBe(42);
    expect(await select(`${literal(-7)}::int`)).toBe(-7);
    // "1 - $1" with $1 = -7 must not turn into the comment "1 --7".
    expect(await select(inlineParams('1-$1', [-7]))).toBe(8);
    expect(await select(`${literal(true)}`)).toBe(true);
    expect(await select(`${literal(null)}::text`)).toBeNull();
    const at = new Date('2026-11-21T09:30:00.123Z');
    expect(new Date(String(await select(`${literal(at)}::timestamptz::text`))).toISOString()).toBe(at.toISOString());
  });

  it('replaces $10 as the tenth parameter, not $1 followed by 0', async () => {
    const params = Array.from({ length: 10 }, (_, i) => `p${i + 1}`);
    expect(await select(inlineParams('$10 || $1', params))).toBe('p10p1');
  });

  it('refuses what cannot be written safely instead of guessing', () => {
    expect(() => literal('cut\u0000short')).toThrow(NotInlinable);
    expect(() => literal(Number.NaN)).toThrow(NotInlinable);
    expect(() => literal(Number.POSITIVE_INFINITY)).toThrow(NotInlinable);
    expect(() => literal(['a'])).toThrow(NotInlinable);
    expect(() => literal({ a: 1 })).toThrow(NotInlinable);
    expect(() => inlineParams('$2', ['only one'])).toThrow(NotInlinable);
  });
});
