import type { AccessLogPage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPasswordIs, meStatus, signInStatus } from '../helpers/password-checks.js';
import {
  createCast,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  strongPassword,
  type TestApp,
} from '../helpers/test-app.js';

/** Changing one's own password on the account page: the current one is needed; other sign-ins end. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const change = (as: SignedInPerson, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/passwords/change', as, body });

describe('changing my password', () => {
  it('keeps this sign-in, ends the others, and only the new password signs in', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const phone = await signIn(t, person.email, strongPassword);
    const res = await change(person, { currentPassword: strongPassword, newPassword: 'my own new phrase' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await meStatus(t, person)).toBe(200);
    expect(await meStatus(t, phone)).toBe(401);
    await expectPasswordIs(t, person.email, 'my own new phrase', strongPassword);
  });

  it('a wrong current password is a 400 naming currentPassword, and changes nothing', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const phone = await signIn(t, person.email, strongPassword);
    const res = await change(person, { currentPassword: 'not my password', newPassword: 'another new phrase' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'wrong_password', field: 'currentPassword' });
    expect(await meStatus(t, phone)).toBe(200);
    expect(await signInStatus(t, person.email, strongPassword)).toBe(200);
  });

  it('the new password follows the rules (length, not a common one), the error naming newPassword', async () => {
    const person = await invitePerson(t, cast.admin, 'supervisor');
    const short = await change(person, { currentPassword: strongPassword, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('newPassword');
    const common = await change(person, { currentPassword: strongPassword, newPassword: 'password1' });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ error: 'password_too_common', field: 'newPassword' });
    expect(await signInStatus(t, person.email, strongPassword)).toBe(200);
  });

  it('guessing the current password from a signed-in browser is throttled', async () => {
    const person = await invitePerson(t, cast.admin, 'specialist');
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      codes.push(
        (await change(person, { currentPassword: `guess ${i}`, newPassword: 'never applied phrase' })).statusCode,
      );
    }
    expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("a participant's change is in their access log", async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    await change(person, { currentPassword: strongPassword, newPassword: 'logged change phrase' });
    const log = await t.request({ method: 'GET', url: '/api/access-log?limit=200', as: person });
    const entries = log.json<AccessLogPage>().entries.filter((e) => e.action === 'account.password.change');
    expect(entries).toEqual([
      expect.objectContaining({ outcome: 'allowed', actor: expect.objectContaining({ id: person.me.id }) }),
    ]);
  });

  it('needs a sign-in', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/passwords/change',
      body: { currentPassword: strongPassword, newPassword: 'whatever new phrase' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('who is signed in (GET /api/auth/status)', () => {
  it('answers 200 to a signed-out visitor, with no one and whether mail is configured', async () => {
    const res = await t.request({ method: 'GET', url: '/api/auth/status' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ me: null, mailConfigured: false });
  });

  it('names the signed-in person', async () => {
    const res = await t.request({ method: 'GET', url: '/api/auth/status', as: cast.specialist });
    expect(res.json()).toMatchObject({ me: { id: cast.specialist.me.id, role: 'specialist' } });
  });
});
