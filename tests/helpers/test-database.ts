import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client.js';
import { adminQuery, urlForDatabase } from './postgres-global-setup.js';

export type TestDatabaseKind = 'pglite' | 'postgres';
export const testDatabaseKind: TestDatabaseKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL of this test's database (undefined on PGlite). */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, private database: in-memory PGlite, or on PostgreSQL a clone of the run's
 * template. Nothing is shared between test files, so order never matters.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory', loadDataDir: await pgliteTemplate() });
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `${inject('postgresRunPrefix')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name} template ${inject('postgresTemplate')}`);
  const url = urlForDatabase(name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    database,
    url,
    async drop() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

let template: Promise<Blob> | undefined;
/** The migrated template saved by the PGlite global setup, read once per test file. */
function pgliteTemplate(): Promise<Blob> {
  template ??= readFile(inject('pgliteTemplatePath')).then((bytes) => new Blob([bytes]));
  return template;
}
