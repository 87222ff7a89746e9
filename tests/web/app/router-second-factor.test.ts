import { describe, expect, it } from 'vitest';
import { resolve } from '../../../web/src/app/router.js';
import { me } from '../fixtures.js';

/** While a sign-in waits for its second factor (or for enrolment), the app shows only that step. */
const waiting = (step: 'verify' | 'enrol') => ({
  ...me('specialist'),
  secondFactor: { step, methods: step === 'verify' ? (['totp', 'backup'] as const).slice() : [] },
});
const where = (path: string, search: string, who: ReturnType<typeof me> | null) => {
  const r = resolve(path, search, who);
  return r.kind === 'redirect' ? `→ ${r.to}` : `${r.kind}: ${r.page.tag}`;
};

describe('the second step', () => {
  it('is the only page a sign-in waiting for its second factor reaches, and it remembers where the person was going', () => {
    const who = waiting('verify');
    expect(where('/sign-in', '?next=%2Fpeople', who)).toBe('→ /sign-in/verify?next=%2Fpeople');
    expect(where('/account', '', who)).toBe('→ /sign-in/verify?next=%2Faccount');
    expect(where('/', '', who)).toBe('→ /sign-in/verify?next=%2F');
    expect(where('/sign-in/verify', '', who)).toBe('page: page-second-step');
    // Public pages stay public.
    expect(where('/invite', '', who)).toBe('page: page-invite');
  });

  it('once complete, the second step moves on to where the person was going (inside the app only)', () => {
    expect(where('/sign-in/verify', '?next=%2Faccount', me('specialist'))).toBe('→ /account');
    expect(where('/sign-in/verify', '?next=//evil.example', me('specialist'))).toBe('→ /');
    expect(where('/sign-in/verify', '', null)).toBe('→ /sign-in');
  });

  it('staff the organisation requires to enrol reach only the page that adds a method', () => {
    const who = waiting('enrol');
    expect(where('/people', '', who)).toBe('→ /sign-in-methods/add?next=%2Fpeople');
    expect(where('/sign-in-methods/add', '', who)).toBe('page: page-sign-in-methods');
    // The same page is open to anyone signed in, by choice.
    expect(where('/sign-in-methods/add', '', me('participant'))).toBe('page: page-sign-in-methods');
  });

  it('after an admin reset, signing in leads to the page that adds a method, which says why', () => {
    expect(where('/sign-in', '', { ...me('supervisor'), secondFactorReset: true })).toBe('→ /sign-in-methods/add');
    expect(where('/sign-in', '', me('supervisor'))).toBe('→ /');
  });
});
