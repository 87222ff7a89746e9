import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  invitePerson,
  type Role,
  type SignedInPerson,
  type TestApp,
  type TestAppOptions,
  uniqueEmail,
} from './test-app.js';

/**
 * Failed sign-ins allowed before a lock, and how long a lock lasts: the server's defaults
 * (`sign-in-throttle.ts`), written out again here so a change to them is a change a test notices.
 */
export const accountLimit = 5;
export const deviceLimit = 5;
export const addressLimit = 30;
export const lockMinutes = 15;

export interface SignInFrom {
  /** The client address the server sees on the connection. */
  remoteAddress: string;
  /** A (perhaps forged) X-Forwarded-For header. */
  forwardedFor?: string | undefined;
  /** A device cookie from an earlier sign-in on this browser. */
  device?: string | undefined;
}

/** One sign-in attempt as a browser at `from` would make it; the answer is not checked. */
export function signInFrom(
  app: TestApp,
  email: string,
  password: string,
  from: SignInFrom,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (from.forwardedFor) headers['x-forwarded-for'] = from.forwardedFor;
  if (from.device) headers.cookie = `alongside_device=${from.device}`;
  return app.request({
    method: 'POST',
    url: '/api/auth/sign-in',
    body: { email, password },
    remoteAddress: from.remoteAddress,
    headers,
  });
}

/** The device cookie a sign-in answer set, if any. */
export function deviceCookieOf(res: LightMyRequestResponse) {
  return res.cookies.find((c) => c.name === 'alongside_device');
}

/** A refused attempt, as a person is told it: 429 `too_many_requests` and when to try again (seconds). */
export function expectToWait(res: LightMyRequestResponse): number {
  expect(res.statusCode).toBe(429);
  expect(res.json()).toMatchObject({ error: 'too_many_requests' });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  return retryAfter;
}

/** `count` attempts sent together; the answers in the order they were made. */
export function atOnce(
  count: number,
  attempt: (i: number) => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => attempt(i)));
}

/** How simultaneous attempts were answered: a wrong password checked (401), or told to wait (429). */
export function tally(answers: LightMyRequestResponse[]) {
  const refused = answers.filter((r) => r.statusCode === 429);
  for (const r of refused) expectToWait(r);
  return {
    wrongPassword: answers.filter((r) => r.statusCode === 401).length,
    refused: refused.length,
    other: answers.filter((r) => r.statusCode !== 401 && r.statusCode !== 429).map((r) => r.statusCode),
  };
}

/** A sign-in address `from` the i-th of several attempts, or one address for all of them. */
type FromEach = SignInFrom | ((i: number) => SignInFrom);
const fromAt = (from: FromEach, i: number) => (typeof from === 'function' ? from(i) : from);

/**
 * For a test file: an app and its organisation's first admin, made before the file's tests and
 * closed after them, with the sign-in attempts the throttle tests make against it.
 */
export function signInAppForFile(options: TestAppOptions = {}) {
  let started: { t: TestApp; admin: SignedInPerson } | undefined;
  beforeAll(async () => {
    const t = await createTestApp(options);
    started = { t, admin: await createOrganisation(t) };
  });
  afterAll(async () => {
    await started?.t.close();
  });
  const app = {
    get t(): TestApp {
      if (!started) throw new Error('the app starts in beforeAll');
      return started.t;
    },
    get admin(): SignedInPerson {
      if (!started) throw new Error('the app starts in beforeAll');
      return started.admin;
    },
    /** A new account in the organisation (invited by the admin), signed in once. */
    newAccount: (role: Role): Promise<SignedInPerson> => invitePerson(app.t, app.admin, role),
    signIn: (email: string, password: string, from: SignInFrom): Promise<LightMyRequestResponse> =>
      signInFrom(app.t, email, password, from),
    /** `count` wrong passwords for `email`, one after another; each must be checked (401). */
    async wrongPasswords(email: string, count: number, from: FromEach): Promise<void> {
      for (let i = 0; i < count; i++) {
        expect((await app.signIn(email, `wrong ${i}`, fromAt(from, i))).statusCode).toBe(401);
      }
    },
    /** Uses up an address's allowance with one guess at each of as many unknown accounts (each 401). */
    async spendAddressAllowance(from: FromEach): Promise<void> {
      for (let i = 0; i < addressLimit; i++) {
        expect((await app.signIn(uniqueEmail('guess'), 'guess', fromAt(from, i))).statusCode).toBe(401);
      }
    },
  };
  return app;
}
