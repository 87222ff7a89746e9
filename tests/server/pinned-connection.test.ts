import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client.js';
import { insertReturning } from '../../server/src/db/insert-returning.js';
import { organisations } from '../../server/src/db/schema/index.js';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../helpers/test-database.js';

/**
 * A group commit's connection prepares the statements it is given (the plan inserts) once, with
 * PREPARE inside its scripts. PREPARE is not undone by a rollback, so a script that fails after
 * preparing must not leave the connection believing the opposite and failing from then on.
 * PostgreSQL only: PGlite has no pinned connections.
 */
const onPostgres = testDatabaseKind === 'postgres';
let testDb: TestDatabase;
let single: Database;

beforeAll(async () => {
  if (!onPostgres) return;
  testDb = await createTestDatabase();
  // One connection, so every pinned use would get the same one back if it were kept.
  single = await openDatabase({ databaseUrl: testDb.url, poolSize: 1 });
});
afterAll(async () => {
  if (!onPostgres) return;
  await single.close();
  await testDb.drop();
});

const settings = { smallCellThreshold: 11, defaultLanguage: 'en' } as const;

/**
 * Inserts organisations in one transaction on a pinned connection, all in the same moment (so in
 * one script); answers the statements prepared on the connection after.
 */
async function insertPinned(...wanted: { name: string | null; createdAt?: Date }[]): Promise<string[]> {
  const pinned = single.pinned;
  if (!pinned) throw new Error('no pinned connections');
  return pinned(async (c) => {
    await c.script(['begin']);
    try {
      const inserted = await Promise.allSettled(
        wanted.map((r) => insertReturning(c.db, organisations, { ...r, settings })),
      );
      const failed = inserted.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      await c.script(['commit']);
    } catch (error) {
      await c.script(['rollback']).catch(() => undefined);
      throw error;
    }
    const [prepared = []] = await c.script([`select name from pg_prepared_statements where name like '%_script'`]);
    return prepared.map((r) => String(r.name));
  });
}

describe('statements prepared on a pinned connection', () => {
  it.skipIf(!onPostgres)('a script that fails after its PREPARE leaves no connection failing for good', async () => {
    // The first insert is refused (no name), so the script stops before the second one's PREPARE.
    const at = new Date('2026-11-21T10:00:00Z');
    await expect(insertPinned({ name: null }, { name: 'Never', createdAt: at })).rejects.toMatchObject({
      cause: { code: '23502' },
    });
    // Both statements work afterwards, each prepared once on the connection, then reused.
    expect(await insertPinned({ name: 'First', createdAt: at })).toHaveLength(1);
    expect(await insertPinned({ name: 'Second', createdAt: at }, { name: 'Third' })).toHaveLength(2);
    const { rows } = (await single.db.execute(
      `select name from organisations where name in ('First', 'Second', 'Third', 'Never') order by name`,
    )) as unknown as { rows: { name: string }[] };
    expect(rows.map((r) => r.name)).toEqual(['First', 'Second', 'Third']);
  });
});

describe('rows written behind on a pinned connection', () => {
  const at = new Date('2026-11-21T12:00:00.123Z');
  const count = async (name: string) => {
    const { rows } = (await single.db.execute(
      `select count(*)::int as n from organisations where name = '${name}'`,
    )) as unknown as { rows: { n: number }[] };
    return rows[0]?.n;
  };

  it.skipIf(!onPostgres)('is answered at once, goes with the next script, and reads back as answered', async () => {
    const pinned = single.pinned;
    if (!pinned) throw new Error('no pinned connections');
    const [answered, seenInside] = await pinned(async (c) => {
      await c.script(['begin']);
      const [row] = await insertReturning(
        c.db,
        organisations,
        { name: 'Behind', settings, createdAt: at },
        { writeBehind: true },
      );
      // The next statement on the connection, in the same transaction, finds it written.
      const [found = []] = await c.script([`select count(*)::int as n from organisations where name = 'Behind'`]);
      await c.script(['commit']);
      return [row, found[0]?.n];
    });
    expect(seenInside).toBe(1);
    expect(answered?.id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = (await single.db.select().from(organisations)).find((o) => o.id === answered?.id);
    expect(stored).toEqual(answered);
  });

  it.skipIf(!onPostgres)('is dropped, never sent, when its transaction is rolled back', async () => {
    const pinned = single.pinned;
    if (!pinned) throw new Error('no pinned connections');
    await pinned(async (c) => {
      await c.script(['begin']);
      await insertReturning(c.db, organisations, { name: 'Undone', settings, createdAt: at }, { writeBehind: true });
      await c.rollback();
    });
    // The same connection's next transaction does not carry it either.
    await pinned(async (c) => {
      await c.script(['begin']);
      await c.script(['commit']);
    });
    expect(await count('Undone')).toBe(0);
  });

  it.skipIf(!onPostgres)('when refused by the database, fails the script it went with', async () => {
    const pinned = single.pinned;
    if (!pinned) throw new Error('no pinned connections');
    const commit = pinned(async (c) => {
      await c.script(['begin']);
      // Answered at once: nothing has been sent yet, so nothing has failed yet.
      const [row] = await insertReturning(
        c.db,
        organisations,
        { name: null, settings, createdAt: at },
        { writeBehind: true },
      );
      expect(row?.name).toBeNull();
      try {
        await c.script(['commit']);
      } catch (error) {
        await c.rollback();
        throw error;
      }
    });
    await expect(commit).rejects.toMatchObject({ code: '23502' });
    // The connection is fine afterwards.
    await insertPinned({ name: 'After', createdAt: at });
    expect(await count('After')).toBe(1);
  });
});
