import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyWithoutRequestId,
  cookieOf,
  createCast,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  strongPassword,
  type TestApp,
  uniqueEmail,
} from '../helpers/test-app.js';

let t: TestApp;
let https: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  [t, https] = await Promise.all([
    createTestApp(),
    createTestApp({ env: { PUBLIC_URL: 'https://alongside.example.org' } }),
  ]);
  cast = await createCast(t);
});
afterAll(async () => {
  await Promise.all([t.close(), https.close()]);
});

const signInRes = (email: string, password: string, extra: { as?: string; remoteAddress?: string } = {}) =>
  t.request({ method: 'POST', url: '/api/auth/sign-in', body: { email, password }, ...extra });
const meWith = (cookie: string | undefined) => t.request({ method: 'GET', url: '/api/auth/me', as: cookie });
const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'alongside_session');

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie (not Secure on plain http) that identifies the person', async () => {
    const res = await signInRes(cast.specialist.email, strongPassword);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: cast.specialist.email, role: 'specialist' });
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
    const me = await meWith(cookie?.value);
    expect(me.json()).toMatchObject({ id: cast.specialist.me.id, role: 'specialist' });
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const { admin } = await createCast(https);
    const res = await https.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: admin.email, password: strongPassword },
    });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
  });

  it('issues a fresh token at every sign-in, even when the browser already carries one', async () => {
    const first = cookieOf(await signInRes(cast.supervisor.email, strongPassword));
    const second = cookieOf(await signInRes(cast.supervisor.email, strongPassword, { as: first }));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    // A planted cookie is not adopted: the new one is its own session.
    expect((await meWith(second)).statusCode).toBe(200);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const unknown = await signInRes(uniqueEmail('nobody'), 'some password');
    const wrong = await signInRes(cast.participant.email, 'not the password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(bodyWithoutRequestId(unknown)).toEqual(bodyWithoutRequestId(wrong));
    expect(bodyWithoutRequestId(wrong)).toEqual({
      error: 'invalid_credentials',
      message: expect.any(String),
    });
    expect(cookieOf(unknown)).toBeUndefined();
    expect(cookieOf(wrong)).toBeUndefined();
  });

  it('takes about as long for an unknown email as for a wrong password (both check a password hash)', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const res = await signInRes(email, 'not the password');
      expect(res.statusCode).toBe(401);
      return performance.now() - started;
    };
    // Four wrong passwords for a fresh account stay under its lock-out of five.
    const account = await invitePerson(t, cast.admin, 'supervisor');
    const unknownTimes: number[] = [];
    const wrongTimes: number[] = [];
    for (let i = 0; i < 4; i++) {
      unknownTimes.push(await timed(uniqueEmail('nobody')));
      wrongTimes.push(await timed(account.email));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const [u, w] = [median(unknownTimes), median(wrongTimes)];
    // Loose on purpose (shared machines are noisy): skipping the hash would make one side ~100× faster.
    expect(u).toBeLessThan(w * 5);
    expect(w).toBeLessThan(u * 5);
  });
});

describe('signing out and disabled accounts', () => {
  it('signing out ends the session: the cookie no longer works, though other devices stay signed in', async () => {
    const phone = await signIn(t, cast.participant.email, strongPassword);
    const laptop = await signIn(t, cast.participant.email, strongPassword);
    const res = await t.request({ method: 'POST', url: '/api/auth/sign-out', as: phone });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)?.value).toBe('');
    const after = await meWith(phone.cookie);
    expect(after.statusCode).toBe(401);
    expect((await meWith(laptop.cookie)).statusCode).toBe(200);
  });

  it('disabling an account ends all its sessions and it can no longer sign in, with the usual answer', async () => {
    const person: SignedInPerson = await invitePerson(t, cast.admin, 'specialist');
    const second = await signIn(t, person.email, strongPassword);
    const disabled = await t.request({ method: 'POST', url: `/api/users/${person.me.id}/disable`, as: cast.admin });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ id: person.me.id, disabled: true });
    expect((await meWith(person.cookie)).statusCode).toBe(401);
    expect((await meWith(second.cookie)).statusCode).toBe(401);

    const refused = await signInRes(person.email, strongPassword);
    const unknown = await signInRes(uniqueEmail('nobody'), strongPassword);
    expect(refused.statusCode).toBe(401);
    expect(bodyWithoutRequestId(refused)).toEqual(bodyWithoutRequestId(unknown));

    // Enabling lets them back in, with a new sign-in; the old sessions stay ended.
    await t.request({ method: 'POST', url: `/api/users/${person.me.id}/enable`, as: cast.admin });
    expect((await signInRes(person.email, strongPassword)).statusCode).toBe(200);
    expect((await meWith(person.cookie)).statusCode).toBe(401);
  });

  it('an admin cannot disable their own account', async () => {
    const res = await t.request({ method: 'POST', url: `/api/users/${cast.admin.me.id}/disable`, as: cast.admin });
    expect(res.statusCode).toBe(409);
    expect((await meWith(cast.admin.cookie)).statusCode).toBe(200);
  });
});
