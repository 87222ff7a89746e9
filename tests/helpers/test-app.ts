import type { Me, Role } from '@alongside/shared';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppDeps, buildApp } from '../../server/src/app.js';
import { composeSetup } from '../../server/src/compose.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/client.js';
import { TestClock } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const publicUrl = 'http://alongside.test';
export const strongPassword = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  testDb: TestDatabase;
  clock: TestClock;
  config: Config;
  /** Sends a request as a browser on our own origin would (Origin set for state-changing verbs). */
  request(options: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  method: InjectOptions['method'];
  url: string;
  body?: unknown;
  /** A session cookie value (from `cookieOf`) or a signed-in person. */
  as?: string | SignedInPerson | undefined;
  headers?: Record<string, string>;
  /** Leave out the Origin header (to test the CSRF check). */
  noOrigin?: boolean;
  remoteAddress?: string;
}

export interface SignedInPerson {
  me: Me;
  cookie: string;
  email: string;
  password: string;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: TestClock;
  /** Live-channel tuning (socket limits, heartbeat), passed to `buildApp`. */
  live?: AppDeps['live'];
  /** Logger options (a stream to read what was logged); none by default. */
  logger?: AppDeps['logger'];
}

/** Builds the real app on a fresh private database (PGlite or PostgreSQL, per TEST_DB). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  return buildTestApp(testDb, testDb.database, options);
}

/**
 * Builds the real app on `database`, which is `testDb`'s own handle or a second one opened on the
 * same database (e.g. through a proxy the test controls). Closing drops `testDb`.
 */
export async function buildTestApp(
  testDb: TestDatabase,
  database: Database,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const clock = options.clock ?? new TestClock();
  const config = loadConfig({
    PUBLIC_URL: publicUrl,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    // A report reads the counts every time, so a test sees what it just wrote.
    REPORTS_MAX_AGE_SECONDS: '0',
    ...options.env,
  });
  const app = await buildApp({
    config,
    database,
    clock,
    logger: options.logger ?? false,
    ...(options.live ? { live: options.live } : {}),
  });
  await app.ready();
  return {
    app,
    testDb,
    clock,
    config,
    request: (o) => send(app, o, new URL(config.publicUrl).origin),
    async close() {
      await app.close();
      if (database !== testDb.database) await database.close();
      await testDb.drop();
    },
  };
}

export function send(app: FastifyInstance, o: RequestOptions, origin = publicUrl): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...o.headers };
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(String(o.method).toUpperCase());
  if (unsafe && !o.noOrigin && headers.origin === undefined) headers.origin = origin;
  const cookie = typeof o.as === 'string' ? o.as : o.as?.cookie;
  if (cookie) headers.cookie = `alongside_session=${cookie}`;
  return app.inject({
    method: o.method,
    url: o.url,
    headers,
    ...(o.body === undefined ? {} : { payload: o.body as InjectOptions['payload'] }),
    ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
  });
}

/** The session cookie a response set, or undefined. */
export function cookieOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === 'alongside_session')?.value || undefined;
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/**
 * A new organisation with its first admin, signed in — made the way an operator makes one: the
 * link `npm run org:create` prints, opened through the API. Also how a second tenant is made in tests.
 */
export async function createOrganisation(t: TestApp, name = 'Harbor Recovery'): Promise<SignedInPerson> {
  const email = uniqueEmail('admin');
  const { token } = await composeSetup(t.testDb.database, t.clock).createOrganisationWithLink(name);
  const res = await t.request({
    method: 'POST',
    url: '/api/setup/admin',
    body: { token, adminName: `Admin of ${name}`, email, password: strongPassword },
  });
  const cookie = cookieOf(res);
  if (res.statusCode !== 200 || !cookie) throw new Error(`organisation setup failed: ${res.statusCode} ${res.body}`);
  return { me: res.json<Me>(), cookie, email, password: strongPassword };
}

export async function signIn(t: TestApp, email: string, password: string): Promise<SignedInPerson> {
  const res = await t.request({ method: 'POST', url: '/api/auth/sign-in', body: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieOf(res);
  if (!cookie) throw new Error('sign-in set no cookie');
  return { me: res.json<Me>(), cookie, email, password };
}

/** Invites someone (as `inviter`) and accepts the invitation, returning them signed in. */
export async function invitePerson(
  t: TestApp,
  inviter: SignedInPerson,
  role: Role,
  extra: { name?: string; specialistId?: string } = {},
): Promise<SignedInPerson> {
  const email = uniqueEmail(role);
  const created = await t.request({
    method: 'POST',
    url: '/api/invitations',
    as: inviter,
    body: { email, role, ...(extra.specialistId ? { specialistId: extra.specialistId } : {}) },
  });
  if (created.statusCode !== 201) throw new Error(`invite failed: ${created.statusCode} ${created.body}`);
  const token = tokenFromLink(created.json<{ link: string }>().link);
  const accepted = await t.request({
    method: 'POST',
    url: '/api/invitations/accept',
    body: { token, name: extra.name ?? `A ${role}`, password: strongPassword },
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  const cookie = cookieOf(accepted);
  if (!cookie) throw new Error('accept set no cookie');
  return { me: accepted.json<Me>(), cookie, email, password: strongPassword };
}

export function tokenFromLink(link: string): string {
  const token = new URL(link).hash.slice(1);
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** The usual cast of one organisation: admin, a specialist, a participant partnered with them, a supervisor. */
export async function createCast(t: TestApp, orgName?: string) {
  const admin = await createOrganisation(t, orgName);
  const specialist = await invitePerson(t, admin, 'specialist', { name: 'Sam Specialist' });
  const participant = await invitePerson(t, specialist, 'participant', { name: 'Pat Participant' });
  const supervisor = await invitePerson(t, admin, 'supervisor', { name: 'Sue Supervisor' });
  return { admin, specialist, participant, supervisor };
}

export type { Role };

/** An answer's JSON body without its request id, so two answers can be compared whole. */
export function bodyWithoutRequestId(res: LightMyRequestResponse): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = res.json<Record<string, unknown>>();
  return rest;
}
