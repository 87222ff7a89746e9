import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.js';
import { CuttableProxy } from '../helpers/cuttable-proxy.js';
import { buildTestApp, createOrganisation, type SignedInPerson, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.js';

const onPostgres = testDatabaseKind === 'postgres';
let t: TestApp;
let proxy: CuttableProxy;
let admin: SignedInPerson;

beforeAll(async () => {
  if (!onPostgres) return;
  const testDb = await createTestDatabase();
  const behind = await CuttableProxy.inFrontOf(testDb.url ?? '');
  proxy = behind.proxy;
  const database = await openDatabase({ databaseUrl: behind.url, poolSize: 3 });
  t = await buildTestApp(testDb, database);
  admin = await createOrganisation(t);
});
afterAll(async () => {
  await t?.close();
  proxy?.cut();
});

const ready = () => t.request({ method: 'GET', url: '/api/ready' });
const me = () => t.request({ method: 'GET', url: '/api/auth/me', as: admin });

// PostgreSQL only: PGlite runs inside the process, so there is no connection to cut.
describe('when the database goes away (PostgreSQL only)', () => {
  it.skipIf(!onPostgres)(
    'answers 503 with Retry-After, stays up, and recovers by itself when the database is back',
    async () => {
      expect((await ready()).statusCode).toBe(200);
      expect((await me()).statusCode).toBe(200);

      proxy.cut();
      for (const res of [await ready(), await me(), await ready(), await me()]) {
        expect(res.statusCode).toBe(503);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.json()).toMatchObject({ error: 'database_unavailable' });
        expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
      }
      // The process is up: health does not need the database.
      expect((await t.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      await proxy.start();
      expect((await ready()).statusCode).toBe(200);
      // The session survived the outage: it lives in the database, not the connection.
      const after = await me();
      expect(after.statusCode).toBe(200);
      expect(after.json()).toMatchObject({ id: admin.me.id });
    },
  );
});
