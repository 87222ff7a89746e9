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
