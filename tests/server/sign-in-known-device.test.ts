import { describe, expect, it } from 'vitest';
import {
  accountLimit,
  atOnce,
  deviceCookieOf as deviceCookie,
  deviceLimit,
  expectToWait,
  signInAppForFile,
  tally,
} from '../helpers/sign-in-attempt.js';
import { strongPassword } from '../helpers/test-app.js';

/**
 * OWASP's device cookie: a browser that has signed in to an account before keeps its own
 * allowance, so someone guessing at an account from elsewhere cannot lock its owner out.
 */
const ownerAddress = '192.0.2.10';

const app = signInAppForFile();
const https = signInAppForFile({ env: { PUBLIC_URL: 'https://alongside.test' } });

const signIn = (email: string, password: string, from: { device?: string | undefined; address?: string } = {}) =>
  app.signIn(email, password, { remoteAddress: from.address ?? ownerAddress, device: from.device });

/** Signs in on a browser of its own and returns that browser's device cookie. */
async function knownDevice(email: string, device?: string, address = ownerAddress): Promise<string> {
  const res = await signIn(email, strongPassword, { device, address });
  expect(res.statusCode).toBe(200);
  const token = deviceCookie(res)?.value;
  if (!token) throw new Error('no device cookie');
  return token;
}

/** Many simultaneous wrong passwords from browsers the account has never seen, at many addresses. */
async function attack(email: string): Promise<void> {
  const answers = await atOnce(60, (i) => signIn(email, `guess ${i}`, { address: `203.0.113.${i + 1}` }));
  expect(tally(answers)).toEqual({ wrongPassword: accountLimit, refused: 60 - accountLimit, other: [] });
}

describe('the device cookie', () => {
  it('is set at sign-in: HttpOnly, SameSite=Strict, only for /api/auth, for 90 days; Secure on https', async () => {
    const person = await app.newAccount('specialist');
    const res = await signIn(person.email, strongPassword);
    const cookie = deviceCookie(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(cookie?.secure).toBeFalsy();
    const days = ((cookie?.expires?.getTime() ?? 0) - app.t.clock.now().getTime()) / 86_400_000;
    expect(days).toBeCloseTo(90, 0);
    expect(deviceCookie(await signIn(person.email, 'wrong password'))).toBeUndefined();

    const secure = await https.signIn(https.admin.email, strongPassword, { remoteAddress: ownerAddress });
    expect(deviceCookie(secure)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it('signs no one in by itself', async () => {
    const person = await app.newAccount('specialist');
    const device = await knownDevice(person.email);
    const asCookie = (cookie: string) =>
      app.t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } }).then((r) => r.statusCode);
    expect(await asCookie(`alongside_device=${device}`)).toBe(401);
    expect(await asCookie(`alongside_session=${device}`)).toBe(401);
    expect((await signIn(person.email, 'wrong password', { device })).statusCode).toBe(401);
  });
});

describe('during an attack from unknown browsers', () => {
  it('the owner’s known browser still signs in; a new browser waits (429 with Retry-After)', async () => {
    const sharedAddress = '192.0.2.20';
    const owner = await app.newAccount('specialist');
    const device = await knownDevice(owner.email, undefined, sharedAddress);
    await attack(owner.email);
    // The attacker also uses up the allowance of the address the owner signs in from.
    await app.spendAddressAllowance({ remoteAddress: sharedAddress });

    for (const address of ['198.51.100.200', sharedAddress]) {
      expectToWait(await signIn(owner.email, strongPassword, { address }));
    }

    // From the locked address, with the account locked to every other browser.
    const mine = await signIn(owner.email, strongPassword, { device, address: sharedAddress });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: owner.me.id });
    // A new cookie at each sign-in; the one it replaces is no longer known.
    const renewed = deviceCookie(mine)?.value;
    expect(renewed).toBeDefined();
    expect(renewed).not.toBe(device);
    expect((await signIn(owner.email, strongPassword, { device })).statusCode).toBe(429);
    expect((await signIn(owner.email, strongPassword, { device: renewed })).statusCode).toBe(200);
  });

  it('a cookie of another account, or a made-up one, gives no allowance', async () => {
    const owner = await app.newAccount('specialist');
    const colleague = await app.newAccount('specialist');
    const colleaguesDevice = await knownDevice(colleague.email);
    await attack(owner.email);

    expect((await signIn(owner.email, strongPassword, { device: colleaguesDevice })).statusCode).toBe(429);
    expect((await signIn(owner.email, strongPassword, { device: 'made-up-token' })).statusCode).toBe(429);
    // The colleague's own cookie still works for the colleague.
    expect((await signIn(colleague.email, strongPassword, { device: colleaguesDevice })).statusCode).toBe(200);
  });
});

describe('a known browser that guesses', () => {
  it('is locked out on its own, even when its guesses arrive all at once; other browsers are not', async () => {
    const owner = await app.newAccount('specialist');
    const stolen = await knownDevice(owner.email);
    const laptop = await knownDevice(owner.email);

    const answers = await atOnce(100, (i) => signIn(owner.email, `guess ${i}`, { device: stolen }));
    expect(tally(answers)).toEqual({ wrongPassword: deviceLimit, refused: 100 - deviceLimit, other: [] });

    expectToWait(await signIn(owner.email, strongPassword, { device: stolen }));
    expect((await signIn(owner.email, strongPassword, { device: laptop })).statusCode).toBe(200);
    // The account's allowance for new browsers was not used up either.
    expect((await signIn(owner.email, strongPassword, { address: '198.51.100.201' })).statusCode).toBe(200);
  });

  it('has its earlier failures cleared by a successful sign-in', async () => {
    const owner = await app.newAccount('specialist');
    let device = await knownDevice(owner.email);
    for (let round = 0; round < 2; round++) {
      await app.wrongPasswords(owner.email, deviceLimit - 1, { remoteAddress: ownerAddress, device });
      device = await knownDevice(owner.email, device);
    }
  });
});

describe('after 90 days without a sign-in', () => {
  // Last: moving the clock ends every sign-in session in this file.
  it('a browser is no longer known', async () => {
    const owner = await app.newAccount('specialist');
    const device = await knownDevice(owner.email);
    app.t.clock.advance(89 * 86_400_000);
    await attack(owner.email);
    const renewed = deviceCookie(await signIn(owner.email, strongPassword, { device }))?.value;
    expect(renewed).toBeDefined();

    app.t.clock.advance(91 * 86_400_000);
    await attack(owner.email);
    expect((await signIn(owner.email, strongPassword, { device: renewed })).statusCode).toBe(429);
  });
});
