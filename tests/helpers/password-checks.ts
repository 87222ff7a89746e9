import { expect } from 'vitest';
import type { SignedInPerson, TestApp } from './test-app.js';

/** What a person would notice after a password changes: which sign-ins still work, which password opens the account. */
export async function meStatus(t: TestApp, who: SignedInPerson): Promise<number> {
  return (await t.request({ method: 'GET', url: '/api/auth/me', as: who })).statusCode;
}

export async function signInStatus(t: TestApp, email: string, password: string): Promise<number> {
  return (await t.request({ method: 'POST', url: '/api/auth/sign-in', body: { email, password } })).statusCode;
}

/** `works` signs in to the account and `refused` does not. */
export async function expectPasswordIs(t: TestApp, email: string, works: string, refused: string): Promise<void> {
  expect(await signInStatus(t, email, works)).toBe(200);
  expect(await signInStatus(t, email, refused)).toBe(401);
}
