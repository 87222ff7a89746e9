import { type Resource, zResource } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, signIn, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';

/** "May be out of date" means nobody has checked it for 180 days — never on the day it was added. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-03-02T09:00:00Z')) });
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

/** Months pass between the reads: each is a fresh sign-in (a sign-in lasts hours, not months). */
async function read(id: string): Promise<Resource> {
  const reader = await signIn(t, cast.participant.email, cast.participant.password);
  return zResource.parse((await t.request({ method: 'GET', url: `/api/resources/${id}`, as: reader })).json());
}

describe('a resource added without a "last checked" date', () => {
  it('is not out of date the day it is added, nor 180 days later; it is the day after', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/resources',
      as: cast.specialist,
      body: { name: 'Tuesday walking group', category: 'other', cost: 'free' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const added = zResource.parse(res.json());
    expect(added).toMatchObject({ lastVerifiedOn: null, stale: false });

    t.clock.advance(180 * 86_400_000);
    expect((await read(added.id)).stale).toBe(false);
    t.clock.advance(86_400_000);
    expect((await read(added.id)).stale).toBe(true);

    // Marking it checked today clears the flag.
    const checked = await t.request({
      method: 'PATCH',
      url: `/api/resources/${added.id}`,
      as: await signIn(t, cast.specialist.email, cast.specialist.password),
      body: { lastVerifiedOn: t.clock.now().toISOString().slice(0, 10) },
    });
    expect(checked.json()).toMatchObject({ stale: false });
  });
});
