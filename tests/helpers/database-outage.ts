import type { ErrorBody } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client.js';
import { planEvents } from '../../server/src/db/schema/index.js';
import { CuttableProxy } from './cuttable-proxy.js';
import {
  buildTestApp,
  createCast,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  type TestApp,
} from './test-app.js';

/**
 * The app under test, listening, with every database connection through a proxy the test can cut;
 * and beside it a second instance on the same database, reached directly, which the outage does
 * not touch (as another server behind the load balancer would be). In it, a specialist and the
 * participants they partner with, each with a plan of their own.
 */
export interface AppBehindProxy {
  t: TestApp;
  baseUrl: string;
  proxy: CuttableProxy;
  steady: TestApp;
  steadyUrl: string;
  specialist: SignedInPerson;
  participants: SignedInPerson[];
  close(): Promise<void>;
}

export async function startAppBehindProxy(participantCount: number): Promise<AppBehindProxy> {
  const steady = await createTestApp();
  const { specialist, participant } = await createCast(steady);
  const more = await Promise.all(
    Array.from({ length: participantCount - 1 }, (_, i) =>
      invitePerson(steady, specialist, 'participant', { name: `Pat ${i + 2}` }),
    ),
  );
  const { proxy, url } = await CuttableProxy.inFrontOf(steady.testDb.url ?? '');
  const database: Database = await openDatabase({ databaseUrl: url, poolSize: 10 });
  // No heartbeat during the test: its transactions would be caught by holds meant for the test's.
  const t = await buildTestApp(steady.testDb, database, { live: { heartbeatMs: 3_600_000 } });
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const steadyUrl = await steady.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    t,
    baseUrl,
    proxy,
    steady,
    steadyUrl,
    specialist,
    participants: [participant, ...more],
    async close() {
      await t.app.close();
      await database.close();
      proxy.cut();
      await steady.close();
    },
  };
}

/**
 * Records every uncaught exception and unhandled rejection in this process from now on: a lost
 * connection that would end a real server shows up here instead.
 */
export function watchForCrashes(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const record = (error: unknown) => errors.push(error);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return {
    errors,
    stop() {
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
    },
  };
}

/**
 * Ends in PostgreSQL the connections open through the proxy (all, or those holding answers back),
 * as a fast shutdown or an operator's `pg_terminate_backend` does: each backend sends
 * "terminating connection due to administrator command" and hangs up. Resolves once they have.
 */
export async function terminateConnections(
  steady: TestApp,
  proxy: CuttableProxy,
  which: 'all' | 'holding' = 'all',
): Promise<void> {
  const ports = proxy.databasePorts(which);
  if (ports.length === 0) return;
  await steady.testDb.database.db.execute(
    `select pg_terminate_backend(pid) from pg_stat_activity
     where datname = current_database() and client_port in (${ports.join(', ')})`,
  );
  await proxy.databaseClosed(ports);
}

/** The answer of a request refused because the database is out of reach, in the product's shape. */
export function expectUnavailable(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  const body = res.json<ErrorBody>();
  expect(body).toEqual({ error: 'database_unavailable', message: expect.any(String), requestId: expect.any(String) });
  expect(res.body).not.toMatch(/terminat|ECONN|127\.0\.0\.1|administrator|connection error/i);
}

/**
 * Sends `request` until it answers 200, failing if none has by `deadlineMs` after the call: how
 * soon the app serves again once its database is back.
 */
export async function untilOk(request: () => Promise<LightMyRequestResponse>, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const res = await request();
    if (res.statusCode === 200) return;
    expectUnavailable(res);
    if (Date.now() > deadline) throw new Error(`no 200 within ${deadlineMs} ms of the database coming back`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The seq of every event in the plan log that carries each client operation id (read directly
 * from the database): none if the operation was never applied, one if applied once.
 */
export async function eventsOfOps(steady: TestApp, opIds: string[]): Promise<Record<string, number[]>> {
  // The test's own small database: every event, sorted out here.
  const rows = await steady.testDb.database.db
    .select({ opId: planEvents.clientOpId, seq: planEvents.seq })
    .from(planEvents);
  const seqs: Record<string, number[]> = Object.fromEntries(opIds.map((id) => [id, []]));
  for (const r of rows) if (r.opId) seqs[r.opId]?.push(r.seq);
  return seqs;
}
