import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client.js';
import {
  createAuthService,
  createKnownDevices,
  createSignInDevicesRepo,
  createSignInSessionsRepo,
  createSignInThrottle,
  verifyPassword,
} from '../../server/src/modules/auth/index.js';
import { createUsersRepo } from '../../server/src/modules/people/index.js';
import { accountLimit, addressLimit, atOnce, signInAppForFile, tally } from '../helpers/sign-in-attempt.js';
import { strongPassword, uniqueEmail } from '../helpers/test-app.js';

/**
 * Guessing in parallel: every attempt takes its place in the allowance before its password is
 * checked, so a burst of simultaneous guesses gets no more evaluations than a patient attacker.
 */
const burst = 300;

const app = signInAppForFile();
const signIn = (email: string, password: string, remoteAddress: string) =>
  app.signIn(email, password, { remoteAddress });

describe('simultaneous sign-ins', () => {
  it(`${burst} against one account from as many addresses: only the account’s allowance is checked, the rest get 429`, async () => {
    const person = await app.newAccount('specialist');
    const answers = await atOnce(burst, (i) =>
      signIn(person.email, `guess ${i}`, `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`),
    );
    // Each wrong password that was checked answers 401; each refused attempt 429.
    expect(tally(answers)).toEqual({ wrongPassword: accountLimit, refused: burst - accountLimit, other: [] });
    // The allowance is spent: a new browser with the right password waits too.
    expect((await signIn(person.email, strongPassword, '10.21.0.1')).statusCode).toBe(429);
  });

  it('100 from one address at as many accounts: only the address’s allowance is checked', async () => {
    const attacker = '198.51.100.77';
    const answers = await atOnce(100, (i) => signIn(uniqueEmail(`spray${i}`), 'guess', attacker));
    expect(tally(answers)).toEqual({ wrongPassword: addressLimit, refused: 100 - addressLimit, other: [] });
  });

  it('successes give their place back: many people signing in at once from one address are all let in', async () => {
    const office = '198.51.100.90';
    const people = await Promise.all(Array.from({ length: 8 }, () => app.newAccount('participant')));
    // Four rounds of eight simultaneous sign-ins: 32 in all, more than the address's 30.
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(people.map((p) => signIn(p.email, strongPassword, office)));
      expect(answers.map((r) => r.statusCode)).toEqual(people.map(() => 200));
    }
    // And failures from that address are still counted from zero.
    await app.spendAddressAllowance({ remoteAddress: office });
    expect((await signIn(people[0]?.email ?? '', strongPassword, office)).statusCode).toBe(429);
  });

  it('an attempt refused by one allowance does not use up the other', async () => {
    const office = '198.51.100.91';
    const locked = await app.newAccount('specialist');
    await app.wrongPasswords(locked.email, accountLimit, (i) => ({ remoteAddress: `10.40.0.${i + 1}` }));
    // Someone at the office keeps trying the locked account, all at once…
    const retries = await atOnce(100, () => signIn(locked.email, strongPassword, office));
    expect(tally(retries)).toEqual({ wrongPassword: 0, refused: 100, other: [] });
    // …and their colleagues' typos are still counted from zero, until the office's allowance is spent.
    await app.spendAddressAllowance({ remoteAddress: office });
    // A colleague retrying from the locked office does not lock their own account for elsewhere.
    const colleague = await app.newAccount('specialist');
    const waiting = await atOnce(100, () => signIn(colleague.email, strongPassword, office));
    expect(tally(waiting)).toEqual({ wrongPassword: 0, refused: 100, other: [] });
    expect((await signIn(colleague.email, strongPassword, '10.41.0.1')).statusCode).toBe(200);
  });
});

describe('across two server instances sharing the database', () => {
  let second: Database | undefined;
  afterAll(async () => {
    await second?.close();
  });

  it(`of ${burst} simultaneous guesses, at most ${accountLimit} passwords are ever verified`, async () => {
    const { t } = app;
    const person = await app.newAccount('supervisor');
    // On PostgreSQL the second instance has its own connection pool, as another process would.
    second = t.testDb.url ? await openDatabase({ databaseUrl: t.testDb.url, poolSize: 5 }) : undefined;
    let verified = 0;
    const instances = [t.testDb.database, second ?? t.testDb.database].map(({ db }) => {
      return createAuthService({
        signIns: createSignInSessionsRepo(db),
        users: createUsersRepo(db),
        throttle: createSignInThrottle(db),
        devices: createKnownDevices({ repo: createSignInDevicesRepo(db) }),
        // Accounts made here have no second factor.
        secondFactors: { methodsOf: async () => [], takeResetNotice: async () => false },
        verifyPassword: (hash, password) => {
          verified += 1;
          return verifyPassword(hash, password);
        },
        clock: t.clock,
        config: t.config,
      });
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: burst }, (_, i) =>
        instances[i % 2]?.signIn({
          email: person.email,
          password: `guess ${i}`,
          ip: `10.30.${Math.floor(i / 250)}.${(i % 250) + 1}`,
          userAgent: 'test',
          deviceToken: undefined,
        }),
      ),
    );
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    expect(verified).toBe(accountLimit);
  });
});
