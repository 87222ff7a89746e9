import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.js';
import { buildTestApp, createOrganisation, type SignedInPerson, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.js';

/**
 * A TCP proxy between the app and PostgreSQL that the test can cut and restore, standing in for
 * a database restart or a network failure. It always listens on the same port.
 */
class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections and drops every open one. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

const onPostgres = testDatabaseKind === 'postgres';
let t: TestApp;
let proxy: CuttableProxy;
let admin: SignedInPerson;

beforeAll(async () => {
  if (!onPostgres) return;
  const testDb = await createTestDatabase();
  const direct = new URL(testDb.url ?? '');
  proxy = new CuttableProxy(direct.hostname, Number(direct.port || 5432));
  await proxy.start();
  const viaProxy = new URL(direct);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const database = await openDatabase({ databaseUrl: viaProxy.toString(), poolSize: 3 });
  t = await buildTestApp(testDb, database);
  admin = await createOrganisation(t);
});
afterAll(async () => {
  await t?.close();
  await proxy?.cut();
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

      await proxy.cut();
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
