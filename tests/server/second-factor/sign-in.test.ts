import type { Me, SecondFactorStatus } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enrolPasskey,
  enrolTotp,
  nextStep,
  passkeyProof,
  passwordStep,
  signInWithTotp,
  totpCode,
} from '../../helpers/second-factor.js';
import { createCast, createTestApp, invitePerson, type TestApp } from '../../helpers/test-app.js';

/** Sign-in's second step: password first, then a passkey, a code from the app, or a backup code. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const verify = (cookie: string, body: unknown) =>
  t.request({ method: 'POST', url: '/api/auth/second-factor/verify', as: cookie, body });

describe('an account with an authenticator app', () => {
  it('signs in with the password, then waits for a code: nothing else opens until it is given', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { secret, backupCodes } = await enrolTotp(t, person);
    expect(backupCodes).toHaveLength(10);

    const { cookie, me } = await passwordStep(t, person.email, person.password);
    expect(me.secondFactor).toEqual({ step: 'verify', methods: ['totp', 'backup'] });
    const waiting = await t.request({ method: 'GET', url: '/api/partnerships', as: cookie });
    expect(waiting.statusCode).toBe(403);
    expect(waiting.json().error).toBe('second_factor_required');
    // Who is signed in says the same, so a reload shows the second step again.
    const status = await t.request({ method: 'GET', url: '/api/auth/status', as: cookie });
    expect(status.json<{ me: Me }>().me.secondFactor?.step).toBe('verify');

    const wrong = await verify(cookie, { method: 'totp', code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'second_factor_invalid', field: 'code' });
    expect((await t.request({ method: 'GET', url: '/api/partnerships', as: cookie })).statusCode).toBe(403);

    const right = await verify(cookie, { method: 'totp', code: totpCode(secret, t.clock.now()) });
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json<Me>().secondFactor).toBeUndefined();
    expect((await t.request({ method: 'GET', url: '/api/partnerships', as: cookie })).statusCode).toBe(200);
  });

  it('a code is good once: the same code (same time step) is refused the second time, on any sign-in', async () => {
    const person = await invitePerson(t, cast.admin, 'supervisor');
    const { secret } = await enrolTotp(t, person);
    const code = totpCode(secret, t.clock.now());
    const first = await passwordStep(t, person.email, person.password);
    const second = await passwordStep(t, person.email, person.password);
    expect((await verify(first.cookie, { method: 'totp', code })).statusCode).toBe(200);
    const replay = await verify(second.cookie, { method: 'totp', code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error).toBe('second_factor_invalid');
    // An older code (the step before) is refused too, though it is still inside the drift window.
    t.clock.advance(30_000);
    expect((await verify(second.cookie, { method: 'totp', code })).statusCode).toBe(400);
    expect((await verify(second.cookie, { method: 'totp', code: totpCode(secret, t.clock.now()) })).statusCode).toBe(
      200,
    );
    nextStep(t);
  });

  it('a backup code works once, in any spelling, and the account page counts what is left', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { backupCodes } = await enrolTotp(t, person);
    const code = backupCodes?.[3] ?? '';
    expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const first = await passwordStep(t, person.email, person.password);
    const used = await verify(first.cookie, { method: 'backup', code: ` ${code.toUpperCase().replace('-', ' ')} ` });
    expect(used.statusCode, used.body).toBe(200);
    const again = await passwordStep(t, person.email, person.password);
    expect((await verify(again.cookie, { method: 'backup', code })).statusCode).toBe(400);
    const status = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: first.cookie });
    expect(status.json<SecondFactorStatus>().backupCodesLeft).toBe(9);
  });

  it('a participant may add an app too, and then signs in with it', async () => {
    const { secret } = await enrolTotp(t, cast.participant);
    const signedIn = await signInWithTotp(t, cast.participant.email, cast.participant.password, secret);
    const plan = await t.request({
      method: 'GET',
      url: `/api/participants/${cast.participant.me.id}/plan`,
      as: signedIn,
    });
    expect(plan.statusCode).toBe(200);
  });
});

describe('an account with a passkey', () => {
  it('registers a passkey and signs in with it (user verification required, our origin only, each challenge once)', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { authenticator, enrolled } = await enrolPasskey(t, person);
    expect(enrolled.method).toMatchObject({ kind: 'passkey', label: 'Laptop' });
    expect(enrolled.backupCodes).toHaveLength(10);

    const { cookie, me } = await passwordStep(t, person.email, person.password);
    expect(me.secondFactor).toEqual({ step: 'verify', methods: ['passkey', 'backup'] });

    // From another site: refused.
    const options = await t.request({
      method: 'POST',
      url: '/api/auth/second-factor/passkey/assertion-options',
      as: cookie,
    });
    const phished = authenticator.assert(options.json().options, { origin: 'https://alongside.example.evil' });
    expect((await verify(cookie, { method: 'passkey', assertion: phished })).statusCode).toBe(400);

    const proof = await passkeyProof(t, cookie, authenticator);
    const ok = await verify(cookie, proof);
    expect(ok.statusCode, ok.body).toBe(200);
    // The same assertion again (its challenge is spent): refused.
    const other = await passwordStep(t, person.email, person.password);
    expect((await verify(other.cookie, proof)).statusCode).toBe(400);

    const status = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: cookie });
    expect(status.json<SecondFactorStatus>().methods[0]?.lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('a passkey made without user verification is not accepted', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const { SoftAuthenticator } = await import('../../helpers/soft-authenticator.js');
    const unverified = new SoftAuthenticator({ origin: t.config.publicUrl, userVerified: false });
    const options = await t.request({
      method: 'POST',
      url: '/api/auth/second-factor/passkey/registration-options',
      as: person,
    });
    expect(options.json().options.authenticatorSelection.userVerification).toBe('required');
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/second-factor/passkey',
      as: person,
      body: { registration: unverified.register(options.json().options) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('second_factor_invalid');
    const status = await t.request({ method: 'GET', url: '/api/auth/second-factor', as: person });
    expect(status.json<SecondFactorStatus>().methods).toEqual([]);
  });
});

describe('signing out and the account basics stay open before the second step', () => {
  it('who am I, my language and sign-out answer; my devices do not', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    await enrolTotp(t, person);
    const { cookie } = await passwordStep(t, person.email, person.password);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: cookie })).statusCode).toBe(200);
    expect(
      (await t.request({ method: 'PATCH', url: '/api/auth/me', as: cookie, body: { language: 'es' } })).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/sessions', as: cookie })).statusCode).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/reconfirm',
          as: cookie,
          body: { method: 'password', password: person.password },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/auth/sign-out', as: cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: cookie })).statusCode).toBe(401);
  });
});
