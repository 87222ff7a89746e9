import type { ErrorBody } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A 400 says what was wrong without repeating what was sent: however large a bad body is (up to
 * the 256 KiB body limit), the answer stays a few kilobytes.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const unknownKeys = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`unknown_key_${String(i).padStart(5, '0')}`, 0]));

describe('validation errors are bounded', () => {
  it('thousands of unknown keys: named the first few, counted the rest; nothing created', async () => {
    const body = { email: 'new.person@example.org', role: 'specialist', ...unknownKeys(10_000) };
    expect(JSON.stringify(body).length).toBeGreaterThan(200_000);
    const res = await t.request({ method: 'POST', url: '/api/invitations', as: cast.admin, body });

    expect(res.statusCode).toBe(400);
    const error = res.json<ErrorBody>();
    expect(error).toMatchObject({ error: 'validation_failed', field: 'unknown_key_00000' });
    expect(error.message).toContain('"unknown_key_00000"');
    expect(error.message).toContain('9997 more');
    expect(error.message.length).toBeLessThanOrEqual(200);
    expect(res.body.length).toBeLessThan(1000);

    const list = await t.request({ method: 'GET', url: '/api/invitations', as: cast.admin });
    expect(JSON.stringify(list.json())).not.toContain('new.person@example.org');
  });

  it('fifty bad items: the first ten issues are listed, each named by its path', async () => {
    const pid = cast.participant.me.id;
    const res = await t.request({
      method: 'POST',
      url: `/api/participants/${pid}/plan/commands`,
      as: cast.specialist,
      body: {
        command: {
          type: 'suggestion.create',
          proposal: {
            kind: 'support',
            label: 'Morning walking group',
            supportKind: 'peer',
            goalIds: Array.from({ length: 50 }, (_, i) => `not-an-id-${i}`),
          },
        },
      },
    });

    expect(res.statusCode).toBe(400);
    const error = res.json<ErrorBody>();
    expect(error.error).toBe('validation_failed');
    expect(error.issues).toHaveLength(10);
    expect(error.issues?.[0]).toEqual({ field: 'command.proposal.goalIds.0', message: expect.any(String) });
    expect(error.field).toBe('command.proposal.goalIds.0');
  });

  it.each([
    ['letters', 'k'],
    ['emoji (two UTF-16 units each, never cut in half)', '🌱'],
  ])('one enormous key of %s is cut short in the field and the message', async (_, unit) => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: cast.admin,
      body: { [unit.repeat(50_000)]: 1 },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json<ErrorBody>();
    expect(error.field?.startsWith(unit.repeat(10))).toBe(true);
    expect(error.field?.length).toBeLessThanOrEqual(100);
    expect(error.message.length).toBeLessThanOrEqual(200);
    expect(res.body.length).toBeLessThan(1000);
    // A lone half of a character would make these throw.
    for (const text of [error.field ?? '', error.message]) expect(() => encodeURIComponent(text)).not.toThrow();
  });
});
