import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../../server/src/db/schema/index.js';
import { enrolTotp, nextStep, passwordStep, signInWithTotp, totpCode } from '../../helpers/second-factor.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/** An admin's reset, the access log of every second-factor event, and the throttle on codes. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

async function logRows(actorUserId: string) {
  const rows = await t.testDb.database.db.select().from(accessLog);
  return rows
    .filter((r) => r.actorUserId === actorUserId && r.action.startsWith('account.second-factor'))
    .map((r) => ({ action: r.action, outcome: r.outcome, participantId: r.participantId }));
}

const verifyCode = (cookie: string, code: string, headers: Record<string, string> = {}) =>
  t.request({
    method: 'POST',
    url: '/api/auth/second-factor/verify',
    as: cookie,
    body: { method: 'totp', code },
    headers,
  });

describe('an admin resets a staff member who lost their phone', () => {
  it('their methods and sign-ins end; at next sign-in they are told, once', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { secret } = await enrolTotp(t, person);
    const signedIn = await signInWithTotp(t, person.email, person.password, secret);

    const reset = await t.request({
      method: 'POST',
      url: `/api/users/${person.me.id}/second-factor/reset`,
      as: cast.admin,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: signedIn })).statusCode).toBe(401);

    const next = await passwordStep(t, person.email, person.password);
    expect(next.me.secondFactorReset).toBe(true);
    expect(next.me.secondFactor).toBeUndefined();
    const status = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: next.cookie });
    expect(status.json().methods).toEqual([]);
    // Their own account page lists what happened, newest first: the admin's reset, named as such.
    const events = status.json().events as { kind: string; byAdmin: boolean }[];
    expect(events.map((e) => [e.kind, e.byAdmin])).toEqual([
      ['reset', true],
      ['use', false],
      ['enrol', false],
    ]);
    expect((await passwordStep(t, person.email, person.password)).me.secondFactorReset).toBeUndefined();
  });

  it('only an admin, only in their organisation, never their own', async () => {
    const target = await invitePerson(t, cast.admin, 'supervisor');
    for (const who of [cast.specialist, cast.supervisor, cast.participant]) {
      const res = await t.request({ method: 'POST', url: `/api/users/${target.me.id}/second-factor/reset`, as: who });
      expect(res.statusCode).toBe(403);
    }
    const own = await t.request({
      method: 'POST',
      url: `/api/users/${cast.admin.me.id}/second-factor/reset`,
      as: cast.admin,
    });
    expect(own.statusCode).toBe(403);
    const other = await createCast(t, 'Other Org');
    const across = await t.request({
      method: 'POST',
      url: `/api/users/${target.me.id}/second-factor/reset`,
      as: other.admin,
    });
    expect(across.statusCode).toBe(404);
  });
});

describe("a staff member's own recent activity", () => {
  it('shows failed codes, and nobody else sees it', async () => {
    const person = await invitePerson(t, cast.admin, 'supervisor');
    const { secret } = await enrolTotp(t, person);
    const pending = await passwordStep(t, person.email, person.password);
    expect((await verifyCode(pending.cookie, '000000')).statusCode).toBe(400);
    nextStep(t);
    expect((await verifyCode(pending.cookie, totpCode(secret, t.clock.now()))).statusCode).toBe(200);
    const own = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: pending.cookie });
    expect(own.json().events.map((e: { kind: string }) => e.kind)).toEqual(['use', 'fail', 'enrol']);
    const admin = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: cast.admin });
    expect(admin.json().events).toEqual([]);
  });
});

describe('the access log', () => {
  it("has every enrolment, use, failure, removal and reset — a participant's in their own record", async () => {
    const participant: SignedInPerson = await invitePerson(t, cast.specialist, 'participant');
    const { secret, factorId } = await enrolTotp(t, participant);
    const { cookie } = await passwordStep(t, participant.email, participant.password);
    await verifyCode(cookie, '000000');
    await verifyCode(cookie, totpCode(secret, t.clock.now()));
    nextStep(t);
    await t.request({ method: 'DELETE', url: `/api/auth/second-factor/${factorId}`, as: cookie });
    await enrolTotp(t, cookie);
    await t.request({ method: 'POST', url: `/api/users/${participant.me.id}/second-factor/reset`, as: cast.admin });

    const own = participant.me.id;
    expect(await logRows(own)).toEqual([
      { action: 'account.second-factor.enrol', outcome: 'allowed', participantId: own },
      { action: 'account.second-factor.fail', outcome: 'denied', participantId: own },
      { action: 'account.second-factor.use', outcome: 'allowed', participantId: own },
      { action: 'account.second-factor.remove', outcome: 'allowed', participantId: own },
      { action: 'account.second-factor.enrol', outcome: 'allowed', participantId: own },
    ]);
    expect(await logRows(cast.admin.me.id)).toContainEqual({
      action: 'account.second-factor.reset',
      outcome: 'allowed',
      participantId: own,
    });
  });

  it("a staff member's events are logged with no participant named", async () => {
    const person = await invitePerson(t, cast.admin, 'supervisor');
    const { secret } = await enrolTotp(t, person);
    const { cookie } = await passwordStep(t, person.email, person.password);
    await verifyCode(cookie, '999999');
    await verifyCode(cookie, totpCode(secret, t.clock.now()));
    nextStep(t);
    expect(await logRows(person.me.id)).toEqual([
      { action: 'account.second-factor.enrol', outcome: 'allowed', participantId: null },
      { action: 'account.second-factor.fail', outcome: 'denied', participantId: null },
      { action: 'account.second-factor.use', outcome: 'allowed', participantId: null },
    ]);
  });
});

describe('guessing codes', () => {
  it('5 wrong codes lock the account for 15 minutes — on every sign-in, from every address, forged X-Forwarded-For or not', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { secret } = await enrolTotp(t, person);
    const first = await passwordStep(t, person.email, person.password);
    for (let i = 0; i < 5; i++) {
      const res = await verifyCode(first.cookie, String(100000 + i), { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(res.statusCode).toBe(400);
    }
    // A new sign-in (a new cookie), another forged address, and the right code: still locked.
    const second = await passwordStep(t, person.email, person.password);
    const locked = await verifyCode(second.cookie, totpCode(secret, t.clock.now()), {
      'x-forwarded-for': '198.51.100.99',
    });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const backup = await t.request({
      method: 'POST',
      url: '/api/auth/second-factor/verify',
      as: second.cookie,
      body: { method: 'backup', code: 'aaaaa-aaaaa' },
      remoteAddress: '192.0.2.200',
    });
    expect(backup.statusCode).toBe(429);

    // Another account is not affected; after 15 minutes the owner's code works.
    const other = await invitePerson(t, cast.admin, 'specialist');
    const otherApp = await enrolTotp(t, other);
    await signInWithTotp(t, other.email, other.password, otherApp.secret);
    t.clock.advanceMinutes(15);
    t.clock.advance(1000);
    const later = await passwordStep(t, person.email, person.password);
    expect((await verifyCode(later.cookie, totpCode(secret, t.clock.now()))).statusCode).toBe(200);
  });

  it('a success forgives earlier failures', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { secret } = await enrolTotp(t, person);
    for (let round = 0; round < 2; round++) {
      const { cookie } = await passwordStep(t, person.email, person.password);
      for (let i = 0; i < 4; i++) await verifyCode(cookie, '111111');
      expect((await verifyCode(cookie, totpCode(secret, t.clock.now()))).statusCode).toBe(200);
      nextStep(t);
    }
  });
});
