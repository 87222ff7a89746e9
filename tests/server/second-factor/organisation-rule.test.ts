import type { Me, Organisation, SecondFactorStatus } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enrolPasskey,
  enrolTotp,
  passwordStep,
  reconfirmWithTotp,
  signInWithTotp,
} from '../../helpers/second-factor.js';
import {
  createCast,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  type TestApp,
} from '../../helpers/test-app.js';

/** "Staff must use a second factor": staff without one are sent to enrolment and reach nothing else. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let adminSecret: string;
let admin: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  // The admin adds an app first, then turns the rule on (turning it on needs no re-confirmation).
  adminSecret = (await enrolTotp(t, cast.admin)).secret;
  admin = await signInWithTotp(t, cast.admin.email, cast.admin.password, adminSecret);
  const on = await t.request({
    method: 'PATCH',
    url: '/api/organisation',
    as: admin,
    body: { settings: { staffSecondFactor: true } },
  });
  expect(on.statusCode, on.body).toBe(200);
  expect(on.json<Organisation>().settings.staffSecondFactor).toBe(true);
});
afterAll(async () => {
  await t.close();
});

// Every route of a signed-in staff member's day, besides the account basics.
const elsewhere = [
  { method: 'GET', url: '/api/partnerships' },
  { method: 'GET', url: '/api/invitations' },
  { method: 'GET', url: '/api/people/overview' },
  { method: 'GET', url: '/api/auth/sessions' },
  { method: 'GET', url: '/api/resources' },
  { method: 'POST', url: '/api/passwords/change', body: { currentPassword: 'x', newPassword: 'a long new phrase' } },
] as const;

describe('a specialist without a second factor', () => {
  it('is taken to enrolment after their password; every other route answers 403 second_factor_enrolment_required', async () => {
    const person = await signIn(t, cast.specialist.email, cast.specialist.password);
    expect(person.me.secondFactor).toEqual({ step: 'enrol', methods: [] });
    for (const route of elsewhere) {
      const res = await t.request({ ...route, as: person });
      expect(res.statusCode, route.url).toBe(403);
      expect(res.json().error, route.url).toBe('second_factor_enrolment_required');
    }
    // The account basics and enrolment stay open.
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: person })).json<Me>().secondFactor?.step).toBe(
      'enrol',
    );
    const status = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: person });
    expect(status.json<SecondFactorStatus>()).toMatchObject({ methods: [], required: true });

    await enrolPasskey(t, person);
    for (const route of elsewhere.slice(0, 4)) {
      expect((await t.request({ ...route, as: person })).statusCode, route.url).toBe(200);
    }
  });

  it('a sign-in already open when the rule is turned on is held at enrolment at its next request', async () => {
    // The supervisor signed in before (createCast); they have no factor.
    const res = await t.request({ method: 'GET', url: '/api/auth/sessions', as: cast.supervisor });
    expect(res.json().error).toBe('second_factor_enrolment_required');
  });

  it('cannot remove their last method while the rule is on', async () => {
    const person = await signIn(t, cast.supervisor.email, cast.supervisor.password);
    const { secret, factorId } = await enrolTotp(t, person);
    const res = await t.request({ method: 'DELETE', url: `/api/auth/second-factor/${factorId}`, as: person });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('second_factor_kept_by_rule');
    // And it signs in with it from now on.
    const { me } = await passwordStep(t, person.email, person.password);
    expect(me.secondFactor?.step).toBe('verify');
    await signInWithTotp(t, person.email, person.password, secret);
  });
});

describe('participants', () => {
  it('are never asked, whatever the rule', async () => {
    const person = await signIn(t, cast.participant.email, cast.participant.password);
    expect(person.me.secondFactor).toBeUndefined();
    expect((await t.request({ method: 'GET', url: '/api/partnerships', as: person })).statusCode).toBe(200);
  });
});

describe('turning the rule off', () => {
  it('is re-confirmed with the second factor; other settings are not', async () => {
    t.clock.advanceMinutes(6);
    const other = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: admin,
      body: { settings: { smallCellThreshold: 12 } },
    });
    expect(other.statusCode).toBe(200);
    const off = {
      method: 'PATCH' as const,
      url: '/api/organisation',
      as: admin,
      body: { settings: { staffSecondFactor: false } },
    };
    const refused = await t.request(off);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('reconfirmation_required');
    expect(
      (await t.request({ method: 'GET', url: '/api/organisation', as: admin })).json<Organisation>().settings
        .staffSecondFactor,
    ).toBe(true);
    expect((await reconfirmWithTotp(t, admin, adminSecret)).statusCode).toBe(200);
    const done = await t.request(off);
    expect(done.statusCode).toBe(200);
    expect(done.json<Organisation>().settings.staffSecondFactor).toBe(false);
    // With the rule off, a staff member without a factor is back to password-only sign-in.
    const person = await invitePerson(t, admin, 'specialist');
    expect(person.me.secondFactor).toBeUndefined();
  });
});
