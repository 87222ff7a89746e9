import type { AccessLogPage, Role } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../server/src/db/schema/index.js';
import { expectPasswordIs, meStatus, signInStatus } from '../helpers/password-checks.js';
import {
  createCast,
  createOrganisation,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  strongPassword,
  type TestApp,
  tokenFromLink,
} from '../helpers/test-app.js';

/**
 * Reset links without a mail server: a participant's specialist or an admin issues one and passes
 * it on; staff accounts only an admin. Single use, 24 hours, the newest only; the old password
 * works until the link is used; using it ends every sign-in; every issue and use is logged.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let otherSpecialist: SignedInPerson;
let otherParticipant: SignedInPerson;
let otherOrgAdmin: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  otherSpecialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Other Specialist' });
  otherParticipant = await invitePerson(t, otherSpecialist, 'participant', { name: 'Other Participant' });
  otherOrgAdmin = await createOrganisation(t, 'Elsewhere');
});
afterAll(async () => {
  await t.close();
});

const issue = (as: SignedInPerson, userId: string) =>
  t.request({ method: 'POST', url: '/api/passwords/resets', as, body: { userId } });
async function issueOk(as: SignedInPerson, userId: string): Promise<string> {
  const res = await issue(as, userId);
  expect(res.statusCode, res.body).toBe(201);
  const { link, expiresAt } = res.json<{ link: string; expiresAt: string }>();
  expect(link).toMatch(/^http:\/\/alongside\.test\/reset#/);
  expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(24 * 3600_000);
  return tokenFromLink(link);
}
const preview = (token: string) => t.request({ method: 'POST', url: '/api/passwords/resets/preview', body: { token } });
const complete = (token: string, password: string) =>
  t.request({ method: 'POST', url: '/api/passwords/resets/complete', body: { token, password } });
const ownLog = async (who: SignedInPerson) =>
  (await t.request({ method: 'GET', url: '/api/access-log?limit=200', as: who })).json<AccessLogPage>().entries;

describe('who may issue a reset link for whom', () => {
  const outcome = async (as: SignedInPerson, target: SignedInPerson) => (await issue(as, target.me.id)).statusCode;

  it('a specialist: for a participant they partner with, yes', async () => {
    expect(await outcome(cast.specialist, cast.participant)).toBe(201);
  });

  it("a specialist: not for another specialist's participant (404, and logged as denied in that person's record)", async () => {
    expect(await outcome(cast.specialist, otherParticipant)).toBe(404);
    const denied = (await ownLog(otherParticipant)).filter((e) => e.action === 'account.password-reset.issue');
    expect(denied).toEqual([
      expect.objectContaining({ outcome: 'denied', actor: expect.objectContaining({ id: cast.specialist.me.id }) }),
    ]);
  });

  it('a specialist: not for a former partner once the partnership ended', async () => {
    const former = await invitePerson(t, cast.specialist, 'participant');
    const partnerships = await t.request({ method: 'GET', url: '/api/partnerships', as: cast.admin });
    const row = partnerships
      .json<{ partnerships: { id: string; participant: { id: string } }[] }>()
      .partnerships.find((p) => p.participant.id === former.me.id);
    await t.request({ method: 'POST', url: `/api/partnerships/${row?.id}/end`, as: cast.admin });
    expect(await outcome(cast.specialist, former)).toBe(404);
  });

  it.each<'admin' | 'supervisor'>(['admin', 'supervisor'])(
    'a specialist: not for a staff member (%s)',
    async (role) => {
      expect(await outcome(cast.specialist, cast[role])).toBe(404);
      expect(await outcome(cast.specialist, otherSpecialist)).toBe(404);
    },
  );

  it.each<Role>(['participant', 'specialist', 'supervisor', 'admin'])(
    'an admin: yes, for a %s of their organisation',
    async (role) => {
      const target = role === 'admin' ? await invitePerson(t, cast.admin, 'admin') : cast[role];
      expect(await outcome(cast.admin, target)).toBe(201);
    },
  );

  it("an admin: not for another organisation's account (404)", async () => {
    expect(await outcome(otherOrgAdmin, cast.participant)).toBe(404);
  });

  it('a supervisor and a participant: never (403)', async () => {
    expect(await outcome(cast.supervisor, cast.participant)).toBe(403);
    expect(await outcome(cast.participant, cast.participant)).toBe(403);
    expect(await outcome(cast.supervisor, cast.specialist)).toBe(403);
  });

  it('an unknown field is refused and named; a disabled account gets no link', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/passwords/resets',
      as: cast.admin,
      body: { userId: cast.participant.me.id, organisationId: cast.admin.me.organisation.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('organisationId');
    const disabled = await invitePerson(t, cast.specialist, 'participant');
    await t.request({ method: 'POST', url: `/api/users/${disabled.me.id}/disable`, as: cast.admin });
    expect((await issue(cast.specialist, disabled.me.id)).statusCode).toBe(409);
  });
});

describe('using a link', () => {
  it('the old password works until the link is used; then only the new one, and every sign-in has ended', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const secondDevice = await signIn(t, person.email, strongPassword);
    const token = await issueOk(cast.specialist, person.me.id);
    expect(await signInStatus(t, person.email, strongPassword)).toBe(200);
    expect(await meStatus(t, person)).toBe(200);

    const shown = await preview(token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ usable: true, email: person.email });

    expect((await complete(token, 'a brand new long phrase')).statusCode).toBe(200);
    expect(await meStatus(t, person)).toBe(401);
    expect(await meStatus(t, secondDevice)).toBe(401);
    await expectPasswordIs(t, person.email, 'a brand new long phrase', strongPassword);
  });

  it('a link is used once: the second time it says so, and the password stays the first one set', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const token = await issueOk(cast.specialist, person.me.id);
    expect((await complete(token, 'first new password here')).statusCode).toBe(200);
    const again = await complete(token, 'second new password here');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: 'reset_used' });
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'used' });
    await expectPasswordIs(t, person.email, 'first new password here', 'second new password here');
  });

  it('a newer link for the same account makes the earlier unused one stop working', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const first = await issueOk(cast.specialist, person.me.id);
    const second = await issueOk(cast.admin, person.me.id);
    const old = await complete(first, 'from the old link');
    expect(old.statusCode).toBe(410);
    expect(old.json()).toMatchObject({ error: 'reset_revoked' });
    expect((await complete(second, 'from the new link')).statusCode).toBe(200);
  });

  it('an unknown token is a clear 404; a bad password is a 400 naming the field and spends nothing', async () => {
    const unknown = await complete('x'.repeat(43), 'whatever password');
    expect(unknown.statusCode).toBe(404);
    const shown = await preview('x'.repeat(43));
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ usable: false, reason: 'unknown' });
    const person = await invitePerson(t, cast.specialist, 'participant');
    const token = await issueOk(cast.specialist, person.me.id);
    for (const password of ['short', 'password1']) {
      const res = await complete(token, password);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'password' });
    }
    expect((await complete(token, 'now a good password')).statusCode).toBe(200);
  });

  it("a staff member's link, issued by an admin, works the same", async () => {
    const staff = await invitePerson(t, cast.admin, 'supervisor');
    const token = await issueOk(cast.admin, staff.me.id);
    expect((await complete(token, 'supervisor new phrase')).statusCode).toBe(200);
    expect(await meStatus(t, staff)).toBe(401);
    expect(await signInStatus(t, staff.email, 'supervisor new phrase')).toBe(200);
  });
});

describe('the access log', () => {
  it("a participant's log shows who issued a link and that it was used", async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const token = await issueOk(cast.specialist, person.me.id);
    await complete(token, 'logged new password');
    const again = await signIn(t, person.email, 'logged new password');
    const entries = (await ownLog(again)).filter((e) => e.action.startsWith('account.password-reset'));
    expect(entries.map((e) => [e.action, e.outcome, e.actor.id])).toEqual([
      ['account.password-reset.use', 'allowed', null],
      ['account.password-reset.issue', 'allowed', cast.specialist.me.id],
    ]);
  });

  it("a staff account's reset is an organisation row naming the admin", async () => {
    const staff = await invitePerson(t, cast.admin, 'specialist');
    const token = await issueOk(cast.admin, staff.me.id);
    await complete(token, 'specialist new phrase');
    const all = await t.testDb.database.db.select().from(accessLog);
    const rows = all
      .filter((r) => r.organisationId === cast.admin.me.organisation.id && r.participantId === null)
      .map((r) => ({ action: r.action, actor: r.actorUserId }));
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'account.password-reset.issue', actor: cast.admin.me.id },
        { action: 'account.password-reset.use', actor: null },
      ]),
    );
  });
});

// Last: moving the clock a day on ends the cast's sign-ins too.
describe('time', () => {
  it('a link expires after 24 hours', async () => {
    const person = await invitePerson(t, cast.specialist, 'participant');
    const token = await issueOk(cast.specialist, person.me.id);
    t.clock.advanceMinutes(24 * 60 - 1);
    expect((await preview(token)).json()).toMatchObject({ usable: true });
    t.clock.advanceMinutes(1);
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'expired' });
    const late = await complete(token, 'too late a password');
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ error: 'reset_expired' });
    expect(await signInStatus(t, person.email, strongPassword)).toBe(200);
  });
});
