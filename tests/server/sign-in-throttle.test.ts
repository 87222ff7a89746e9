import { describe, expect, it } from 'vitest';
import { signInThrottle } from '../../server/src/db/schema/index.js';
import { accountLimit, addressLimit, expectToWait, lockMinutes, signInAppForFile } from '../helpers/sign-in-attempt.js';
import { strongPassword, uniqueEmail } from '../helpers/test-app.js';

/** Failed sign-ins are counted per account and per client address, each with its own allowance. */
const direct = signInAppForFile();
const behindProxy = signInAppForFile({ env: { TRUST_PROXY: '127.0.0.1' } });

describe('per account', () => {
  it(`after ${accountLimit} wrong passwords the account answers 429 with Retry-After, even to the right password`, async () => {
    const person = await direct.newAccount('specialist');
    // Each attempt from a different address: the account's own counter is what locks.
    await direct.wrongPasswords(person.email, accountLimit, (i) => ({ remoteAddress: `10.1.0.${i + 1}` }));
    const locked = await direct.signIn(person.email, strongPassword, { remoteAddress: '10.1.0.99' });
    expect(expectToWait(locked)).toBeLessThanOrEqual(lockMinutes * 60);

    // Another account is not affected.
    const other = await direct.newAccount('supervisor');
    expect((await direct.signIn(other.email, strongPassword, { remoteAddress: '10.1.0.99' })).statusCode).toBe(200);
  });

  it('the lock lifts once its time has passed', async () => {
    const person = await direct.newAccount('specialist');
    const from = { remoteAddress: '10.2.0.1' };
    await direct.wrongPasswords(person.email, accountLimit, from);
    direct.t.clock.advanceMinutes(lockMinutes - 1);
    expect((await direct.signIn(person.email, strongPassword, from)).statusCode).toBe(429);
    direct.t.clock.advanceMinutes(1);
    direct.t.clock.advance(1000);
    expect((await direct.signIn(person.email, strongPassword, from)).statusCode).toBe(200);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const person = await direct.newAccount('specialist');
    const from = { remoteAddress: '10.3.0.1' };
    for (let round = 0; round < 2; round++) {
      await direct.wrongPasswords(person.email, accountLimit - 1, from);
      expect((await direct.signIn(person.email, strongPassword, from)).statusCode).toBe(200);
    }
  });
});

describe('per client address', () => {
  it(`after ${addressLimit} failures from one address it answers 429, and a forged X-Forwarded-For buys nothing`, async () => {
    const attacker = '198.51.100.7';
    // A different account each time (no account lock) and a different forged client address each time.
    await direct.spendAddressAllowance((i) => ({ remoteAddress: attacker, forwardedFor: `203.0.113.${i + 1}` }));
    const real = await direct.newAccount('supervisor');
    expectToWait(
      await direct.signIn(real.email, strongPassword, { remoteAddress: attacker, forwardedFor: '192.0.2.55' }),
    );
    // The same person from another address is fine.
    expect((await direct.signIn(real.email, strongPassword, { remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
  });

  it('behind a trusted proxy (TRUST_PROXY), the forwarded client address is the one counted', async () => {
    const proxy = '127.0.0.1';
    await behindProxy.spendAddressAllowance({ remoteAddress: proxy, forwardedFor: '203.0.113.50' });
    const person = await behindProxy.newAccount('specialist');
    const from = (forwardedFor: string) =>
      behindProxy.signIn(person.email, strongPassword, { remoteAddress: proxy, forwardedFor });
    expect((await from('203.0.113.50')).statusCode).toBe(429);
    // Another client behind the same proxy has its own allowance.
    expect((await from('203.0.113.51')).statusCode).toBe(200);
  });

  it('with TRUST_PROXY set, X-Forwarded-For from an address that is not the proxy is still ignored', async () => {
    const notTheProxy = '198.51.100.20';
    await behindProxy.spendAddressAllowance((i) => ({
      remoteAddress: notTheProxy,
      forwardedFor: `203.0.113.${100 + i}`,
    }));
    const res = await behindProxy.signIn(uniqueEmail('guess'), 'guess', {
      remoteAddress: notTheProxy,
      forwardedFor: '203.0.113.200',
    });
    expect(res.statusCode).toBe(429);
  });
});

describe('the counts kept', () => {
  it('forget a key whose window ended long ago, and keep the ones still counting', async () => {
    const keys = async () => (await direct.t.testDb.database.db.select().from(signInThrottle)).map((row) => row.key);
    const earlier = await direct.newAccount('specialist');
    const later = await direct.newAccount('specialist');
    await direct.wrongPasswords(earlier.email, 1, { remoteAddress: '10.9.0.1' });
    expect(await keys()).toContain(`account:${earlier.email}`);

    direct.t.clock.advanceMinutes(31);
    await direct.wrongPasswords(later.email, 1, { remoteAddress: '10.9.0.2' });
    const now = await keys();
    expect(now).not.toContain(`account:${earlier.email}`);
    expect(now).not.toContain('address:10.9.0.1');
    expect(now).toContain(`account:${later.email}`);
    expect(now).toContain('address:10.9.0.2');
  });
});
