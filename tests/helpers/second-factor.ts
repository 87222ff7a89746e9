import type { Enrolled, Me, TotpEnrolment } from '@alongside/shared';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { SoftAuthenticator } from './soft-authenticator.js';
import { cookieOf, publicUrl, type SignedInPerson, type TestApp } from './test-app.js';

/** The code an authenticator app shows for this secret at `at` (otpauth, as the apps compute it). */
export function totpCode(secret: string, at: Date): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: at.getTime(),
  });
}

/** Moves the test clock into the next 30-second step, so a new code is not a replay of the last. */
export function nextStep(t: TestApp): void {
  t.clock.advance(30_000);
}

export interface WithTotp {
  secret: string;
  factorId: string;
  backupCodes: string[] | null;
}

/** Adds an authenticator app to `person`'s account, reading the secret as a person would type it. */
export async function enrolTotp(t: TestApp, person: SignedInPerson | string): Promise<WithTotp> {
  const started = await t.request({ method: 'POST', url: '/api/auth/second-factor/totp', as: person });
  expect(started.statusCode, started.body).toBe(201);
  const { id, secret } = started.json<TotpEnrolment>();
  const confirmed = await t.request({
    method: 'POST',
    url: `/api/auth/second-factor/totp/${id}/confirm`,
    as: person,
    body: { code: totpCode(secret, t.clock.now()), label: 'Phone' },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const enrolled = confirmed.json<Enrolled>();
  // The enrolment spent this step's code: the next use must be in a later step.
  nextStep(t);
  return { secret, factorId: enrolled.method.id, backupCodes: enrolled.backupCodes };
}

/** Adds a software passkey to `person`'s account. */
export async function enrolPasskey(t: TestApp, person: SignedInPerson | string) {
  const authenticator = new SoftAuthenticator({ origin: publicUrl });
  const options = await t.request({
    method: 'POST',
    url: '/api/auth/second-factor/passkey/registration-options',
    as: person,
  });
  expect(options.statusCode, options.body).toBe(200);
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/second-factor/passkey',
    as: person,
    body: { registration: authenticator.register(options.json().options), label: 'Laptop' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { authenticator, enrolled: res.json<Enrolled>() };
}

/** A passkey assertion for the signed-in `cookie`'s challenge (second step or re-confirmation). */
export async function passkeyProof(t: TestApp, cookie: string, authenticator: SoftAuthenticator) {
  const options = await t.request({
    method: 'POST',
    url: '/api/auth/second-factor/passkey/assertion-options',
    as: cookie,
  });
  expect(options.statusCode, options.body).toBe(200);
  return { method: 'passkey' as const, assertion: authenticator.assert(options.json().options) };
}

/** Password sign-in only: the cookie of a sign-in waiting for its second step, and what it answered. */
export async function passwordStep(t: TestApp, email: string, password: string) {
  const res = await t.request({ method: 'POST', url: '/api/auth/sign-in', body: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = cookieOf(res);
  if (!cookie) throw new Error('sign-in set no cookie');
  return { cookie, me: res.json<Me>() };
}

/** Signs in with password then a code from the app; the person, signed in fully. */
export async function signInWithTotp(
  t: TestApp,
  email: string,
  password: string,
  secret: string,
): Promise<SignedInPerson> {
  const { cookie } = await passwordStep(t, email, password);
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/second-factor/verify',
    as: cookie,
    body: { method: 'totp', code: totpCode(secret, t.clock.now()) },
  });
  expect(res.statusCode, res.body).toBe(200);
  nextStep(t);
  return { me: res.json<Me>(), cookie, email, password };
}

export async function reconfirmWithTotp(t: TestApp, person: SignedInPerson, secret: string) {
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/reconfirm',
    as: person,
    body: { method: 'totp', code: totpCode(secret, t.clock.now()) },
  });
  nextStep(t);
  return res;
}
