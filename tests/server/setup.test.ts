import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSetup } from '../../server/src/compose.js';
import { cookieOf, createTestApp, strongPassword, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const prepareFirstRun = () => composeSetup(t.testDb.database).prepareFirstRun();
const setupBody = (token: string, overrides: Record<string, string> = {}) => ({
  token,
  organisationName: 'Harbor Recovery',
  adminName: 'Ada Admin',
  email: 'ada@harbor.example.org',
  password: strongPassword,
  ...overrides,
});
const needsSetup = async () => (await t.request({ method: 'GET', url: '/api/setup' })).json().needsSetup;

// One story, in order: a fresh install, refused attempts, the real setup, then nothing more.
describe('first run', () => {
  let token: string;

  it('a fresh database asks for setup, and the start prints a one-time token', async () => {
    expect(await needsSetup()).toBe(true);
    const first = await prepareFirstRun();
    const second = await prepareFirstRun();
    expect(first).toEqual(expect.any(String));
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
    token = second ?? '';
    // Only the link printed at the latest start works.
    const stale = await t.request({ method: 'POST', url: '/api/setup', body: setupBody(first ?? '') });
    expect(stale.statusCode).toBe(410);
  });

  it('a wrong token is refused with 410 and creates nothing', async () => {
    const res = await t.request({ method: 'POST', url: '/api/setup', body: setupBody('x'.repeat(43)) });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'setup_link_invalid' });
    expect(cookieOf(res)).toBeUndefined();
    expect(await needsSetup()).toBe(true);
  });

  it('a common password is refused, naming the password field, and the token still works after', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/setup',
      body: setupBody(token, { password: 'iloveyou' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'password_too_common', field: 'password' });
    expect(await needsSetup()).toBe(true);
  });

  it('the right token creates the organisation and its admin, and signs the admin in', async () => {
    const res = await t.request({ method: 'POST', url: '/api/setup', body: setupBody(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Ada Admin',
      email: 'ada@harbor.example.org',
      role: 'admin',
      organisation: { name: 'Harbor Recovery' },
    });
    const cookie = cookieOf(res);
    expect(cookie).toBeDefined();
    const me = await t.request({ method: 'GET', url: '/api/auth/me', as: cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().role).toBe('admin');
    expect(await needsSetup()).toBe(false);

    // The admin can sign in again later with the password chosen here.
    const again = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'ada@harbor.example.org', password: strongPassword },
    });
    expect(again.statusCode).toBe(200);
  });

  it('once set up, setup answers 410 — even with the token that just worked — and no new token is minted', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/setup',
      body: setupBody(token, { email: 'mallory@example.org', organisationName: 'Takeover' }),
    });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'setup_done' });
    expect(await prepareFirstRun()).toBeNull();
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'mallory@example.org', password: strongPassword },
    });
    expect(signIn.statusCode).toBe(401);
  });
});
