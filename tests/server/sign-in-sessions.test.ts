import { randomUUID } from 'node:crypto';
import type { SignInSession } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type SignedInPerson, signIn, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const fresh = (who: SignedInPerson) => signIn(t, who.email, who.password);
const status = async (who: SignedInPerson | string) =>
  (await t.request({ method: 'GET', url: '/api/auth/me', as: who })).statusCode;
const sessionsOf = async (who: SignedInPerson) =>
  (await t.request({ method: 'GET', url: '/api/auth/sessions', as: who })).json<{ sessions: SignInSession[] }>()
    .sessions;

describe('sign-in sessions expire', () => {
  it('staff are signed out after 30 idle minutes', async () => {
    const specialist = await fresh(cast.specialist);
    t.clock.advanceMinutes(29);
    expect(await status(specialist)).toBe(200);
    // That request counted as activity: the idle timer starts again from here.
    t.clock.advanceMinutes(29);
    expect(await status(specialist)).toBe(200);
    t.clock.advanceMinutes(31);
    expect(await status(specialist)).toBe(401);
  });

  it('participants get a longer idle allowance (120 minutes), then are signed out too', async () => {
    const participant = await fresh(cast.participant);
    const admin = await fresh(cast.admin);
    t.clock.advanceMinutes(31);
    expect(await status(participant)).toBe(200);
    expect(await status(admin)).toBe(401);
    t.clock.advanceMinutes(119);
    expect(await status(participant)).toBe(200);
    t.clock.advanceMinutes(121);
    expect(await status(participant)).toBe(401);
  });

  it('every session ends 12 hours after sign-in, however active', async () => {
    const supervisor = await fresh(cast.supervisor);
    // Active every 25 minutes for 11 h 40 min…
    for (let minutes = 25; minutes <= 700; minutes += 25) {
      t.clock.advanceMinutes(25);
      expect(await status(supervisor)).toBe(200);
    }
    // …and still out at 12 h.
    t.clock.advanceMinutes(20);
    expect(await status(supervisor)).toBe(401);
  });
});

describe('my sessions', () => {
  it('lists my signed-in devices, marking the current one, without the token', async () => {
    const phone = await fresh(cast.specialist);
    const laptop = await fresh(cast.specialist);
    const listed = await sessionsOf(laptop);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(phone.cookie);
    expect(JSON.stringify(listed)).not.toContain(laptop.cookie);
  });

  it("ending another of my sessions signs that device out, and it leaves today's list", async () => {
    const phone = await fresh(cast.participant);
    const laptop = await fresh(cast.participant);
    const phoneSession = (await sessionsOf(phone)).find((s) => s.current);
    expect(phoneSession).toBeDefined();
    const ended = await t.request({
      method: 'DELETE',
      url: `/api/auth/sessions/${phoneSession?.id}`,
      as: laptop,
    });
    expect(ended.statusCode).toBe(200);
    expect(await status(phone)).toBe(401);
    expect(await status(laptop)).toBe(200);
    expect((await sessionsOf(laptop)).map((s) => s.id)).not.toContain(phoneSession?.id);
  });

  it("cannot end someone else's session: 404, the same as an id that does not exist", async () => {
    const victim = await fresh(cast.admin);
    const victimSession = (await sessionsOf(victim)).find((s) => s.current);
    const attacker = await fresh(cast.specialist);
    const res = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${victimSession?.id}`, as: attacker });
    const missing = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${randomUUID()}`, as: attacker });
    expect(res.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(res.json().error).toBe(missing.json().error);
    expect(await status(victim)).toBe(200);
  });

  it('ending my current session signs me out here', async () => {
    const me = await fresh(cast.supervisor);
    const current = (await sessionsOf(me)).find((s) => s.current);
    const res = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${current?.id}`, as: me });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'alongside_session')?.value).toBe('');
    expect(await status(me)).toBe(401);
  });
});
