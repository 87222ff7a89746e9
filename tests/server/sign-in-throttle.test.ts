import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInFrom as signIn } from '../helpers/sign-in-attempt.js';
import {
  createOrganisation,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  strongPassword,
  type TestApp,
  uniqueEmail,
} from '../helpers/test-app.js';

/** Failed sign-ins allowed before a lock: per account, and per client address. */
const accountLimit = 5;
const addressLimit = 30;
const lockMinutes = 15;

let t: TestApp;
let behindProxy: TestApp;
let admin: SignedInPerson;
beforeAll(async () => {
  [t, behindProxy] = await Promise.all([createTestApp(), createTestApp({ env: { TRUST_PROXY: '127.0.0.1' } })]);
  admin = await createOrganisation(t);
});
afterAll(async () => {
  await Promise.all([t.close(), behindProxy.close()]);
});

describe('per account', () => {
  it(`after ${accountLimit} wrong passwords the account answers 429 with Retry-After, even to the right password`, async () => {
    const person = await invitePerson(t, admin, 'specialist');
    // Each attempt from a different address: the account's own counter is what locks.
    for (let i = 0; i < accountLimit; i++) {
      const res = await signIn(t, person.email, 'wrong password', { remoteAddress: `10.1.0.${i + 1}` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await signIn(t, person.email, strongPassword, { remoteAddress: '10.1.0.99' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'too_many_requests' });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(lockMinutes * 60);

    // Another account is not affected.
    const other = await invitePerson(t, admin, 'supervisor');
    expect((await signIn(t, other.email, strongPassword, { remoteAddress: '10.1.0.99' })).statusCode).toBe(200);
  });

  it('the lock lifts once its time has passed', async () => {
    const person = await invitePerson(t, admin, 'specialist');
    for (let i = 0; i < accountLimit; i++) {
      await signIn(t, person.email, 'wrong password', { remoteAddress: '10.2.0.1' });
    }
    t.clock.advanceMinutes(lockMinutes - 1);
    expect((await signIn(t, person.email, strongPassword, { remoteAddress: '10.2.0.1' })).statusCode).toBe(429);
    t.clock.advanceMinutes(1);
    t.clock.advance(1000);
    expect((await signIn(t, person.email, strongPassword, { remoteAddress: '10.2.0.1' })).statusCode).toBe(200);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const person = await invitePerson(t, admin, 'specialist');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < accountLimit - 1; i++) {
        expect((await signIn(t, person.email, 'wrong', { remoteAddress: '10.3.0.1' })).statusCode).toBe(401);
      }
      expect((await signIn(t, person.email, strongPassword, { remoteAddress: '10.3.0.1' })).statusCode).toBe(200);
    }
  });
});

describe('per client address', () => {
  it(`after ${addressLimit} failures from one address it answers 429, and a forged X-Forwarded-For buys nothing`, async () => {
    const attacker = '198.51.100.7';
    for (let i = 0; i < addressLimit; i++) {
      // A different account each time (no account lock) and a different forged client address each time.
      const res = await signIn(t, uniqueEmail('guess'), 'guess', {
        remoteAddress: attacker,
        forwardedFor: `203.0.113.${i + 1}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const real = await invitePerson(t, admin, 'supervisor');
    const locked = await signIn(t, real.email, strongPassword, { remoteAddress: attacker, forwardedFor: '192.0.2.55' });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // The same person from another address is fine.
    expect((await signIn(t, real.email, strongPassword, { remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
  });

  it('behind a trusted proxy (TRUST_PROXY), the forwarded client address is the one counted', async () => {
    const proxyAdmin = await createOrganisation(behindProxy);
    const proxy = '127.0.0.1';
    for (let i = 0; i < addressLimit; i++) {
      const res = await signIn(behindProxy, uniqueEmail('guess'), 'guess', {
        remoteAddress: proxy,
        forwardedFor: '203.0.113.50',
      });
      expect(res.statusCode).toBe(401);
    }
    const person = await invitePerson(behindProxy, proxyAdmin, 'specialist');
    const from = (forwardedFor: string) =>
      signIn(behindProxy, person.email, strongPassword, { remoteAddress: proxy, forwardedFor });
    expect((await from('203.0.113.50')).statusCode).toBe(429);
    // Another client behind the same proxy has its own allowance.
    expect((await from('203.0.113.51')).statusCode).toBe(200);
  });

  it('with TRUST_PROXY set, X-Forwarded-For from an address that is not the proxy is still ignored', async () => {
    const direct = '198.51.100.20';
    for (let i = 0; i < addressLimit; i++) {
      await signIn(behindProxy, uniqueEmail('guess'), 'guess', {
        remoteAddress: direct,
        forwardedFor: `203.0.113.${100 + i}`,
      });
    }
    const res = await signIn(behindProxy, uniqueEmail('guess'), 'guess', {
      remoteAddress: direct,
      forwardedFor: '203.0.113.200',
    });
    expect(res.statusCode).toBe(429);
  });
});
