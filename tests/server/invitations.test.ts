import { randomUUID } from 'node:crypto';
import type { Partnership, Role } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyWithoutRequestId,
  cookieOf,
  createCast,
  createOrganisation,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  signIn,
  strongPassword,
  type TestApp,
  tokenFromLink,
  uniqueEmail,
} from '../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let otherAdmin: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  otherAdmin = await createOrganisation(t, 'Other Org');
});
afterAll(async () => {
  await t.close();
});

async function invite(as: SignedInPerson, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/invitations', as, body });
}
async function inviteOk(as: SignedInPerson, body: Record<string, unknown>) {
  const res = await invite(as, body);
  expect(res.statusCode, res.body).toBe(201);
  const created = res.json<{ invitation: { id: string; status: string }; link: string }>();
  return { id: created.invitation.id, token: tokenFromLink(created.link), status: created.invitation.status };
}
const accept = (token: string, name = 'New Person', password = strongPassword) =>
  t.request({ method: 'POST', url: '/api/invitations/accept', body: { token, name, password } });
const preview = (token: string) => t.request({ method: 'POST', url: '/api/invitations/preview', body: { token } });
const partnershipsOf = async (as: SignedInPerson) =>
  (await t.request({ method: 'GET', url: '/api/partnerships', as })).json<{ partnerships: Partnership[] }>()
    .partnerships;

describe('who can invite whom', () => {
  it.each<Role>(['admin', 'specialist', 'participant', 'supervisor'])(
    'an admin invites someone as %s; they accept and are signed in with that role',
    async (role) => {
      const email = uniqueEmail(role);
      const { token, status } = await inviteOk(cast.admin, { email, role });
      expect(status).toBe('pending');
      const shown = await preview(token);
      expect(shown.statusCode).toBe(200);
      expect(shown.json()).toMatchObject({ usable: true, email, role, organisationName: 'Harbor Recovery' });
      const res = await accept(token);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ email, role });
      const me = await t.request({ method: 'GET', url: '/api/auth/me', as: cookieOf(res) });
      expect(me.json()).toMatchObject({ email, role });
    },
  );

  it('a specialist invites a participant; the partnership with them exists once the invitation is accepted', async () => {
    const specialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Rosa Specialist' });
    const { token } = await inviteOk(specialist, { email: uniqueEmail('participant'), role: 'participant' });
    expect(await partnershipsOf(specialist)).toEqual([]);
    const accepted = await accept(token, 'Lee Participant');
    expect(accepted.statusCode).toBe(200);
    const participant = accepted.json<{ id: string }>();
    const partnerships = await partnershipsOf(specialist);
    expect(partnerships).toHaveLength(1);
    expect(partnerships[0]).toMatchObject({
      specialist: { id: specialist.me.id, name: 'Rosa Specialist' },
      participant: { id: participant.id, name: 'Lee Participant' },
      endedAt: null,
    });
  });

  it('an admin inviting a participant for a named specialist creates that partnership', async () => {
    const { token } = await inviteOk(cast.admin, {
      email: uniqueEmail('participant'),
      role: 'participant',
      specialistId: cast.specialist.me.id,
    });
    const accepted = await accept(token, 'Kim Participant');
    expect(accepted.statusCode).toBe(200);
    const names = (await partnershipsOf(cast.specialist)).map((p) => p.participant.name);
    expect(names).toContain('Kim Participant');
  });

  it.each<Role>(['specialist', 'supervisor', 'admin'])(
    'a specialist cannot invite someone as %s (403)',
    async (role) => {
      const res = await invite(cast.specialist, { email: uniqueEmail(role), role });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'role_not_allowed' });
    },
  );

  it.each(['supervisor', 'participant'] as const)('a %s cannot invite anyone (403)', async (who) => {
    const res = await invite(cast[who], { email: uniqueEmail('participant'), role: 'participant' });
    expect(res.statusCode).toBe(403);
    const list = await t.request({ method: 'GET', url: '/api/invitations', as: cast[who] });
    expect(list.statusCode).toBe(403);
  });

  it("naming another organisation's specialist answers 404, exactly like an id that does not exist", async () => {
    const foreignSpecialist = await invitePerson(t, otherAdmin, 'specialist');
    const foreign = await invite(cast.admin, {
      email: uniqueEmail('participant'),
      role: 'participant',
      specialistId: foreignSpecialist.me.id,
    });
    const missing = await invite(cast.admin, {
      email: uniqueEmail('participant'),
      role: 'participant',
      specialistId: randomUUID(),
    });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(bodyWithoutRequestId(foreign)).toEqual(bodyWithoutRequestId(missing));
  });
});

describe('an invitation link works once, for seven days, until withdrawn', () => {
  it('a used link answers 410 invitation_used and creates no second account', async () => {
    const { token } = await inviteOk(cast.admin, { email: uniqueEmail('supervisor'), role: 'supervisor' });
    expect((await accept(token)).statusCode).toBe(200);
    const again = await accept(token, 'Someone Else', 'another long passphrase');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: 'invitation_used' });
    expect(cookieOf(again)).toBeUndefined();
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'used' });
  });

  it('a withdrawn link answers 410 invitation_revoked', async () => {
    const { id, token } = await inviteOk(cast.admin, { email: uniqueEmail('specialist'), role: 'specialist' });
    const withdrawn = await t.request({ method: 'DELETE', url: `/api/invitations/${id}`, as: cast.admin });
    expect(withdrawn.statusCode).toBe(200);
    const res = await accept(token);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'invitation_revoked' });
    // The page opened from it is told why, without a failed request.
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'revoked' });
  });

  it('an unknown token: accepting answers 404, the preview says it is unknown', async () => {
    const res = await accept('a'.repeat(43));
    expect(res.statusCode).toBe(404);
    expect((await preview('b'.repeat(43))).json()).toEqual({ usable: false, reason: 'unknown' });
  });

  it('a new invitation for the same email replaces the pending one: only the newest link works', async () => {
    const email = uniqueEmail('specialist');
    const first = await inviteOk(cast.admin, { email, role: 'specialist' });
    const second = await inviteOk(cast.admin, { email, role: 'supervisor' });
    const old = await accept(first.token);
    expect(old.statusCode).toBe(410);
    expect(old.json()).toMatchObject({ error: 'invitation_revoked' });
    const res = await accept(second.token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email, role: 'supervisor' });
  });

  it('a specialist cannot withdraw an invitation someone else sent', async () => {
    const { id, token } = await inviteOk(cast.admin, { email: uniqueEmail('participant'), role: 'participant' });
    const res = await t.request({ method: 'DELETE', url: `/api/invitations/${id}`, as: cast.specialist });
    expect(res.statusCode).toBe(404);
    expect((await preview(token)).statusCode).toBe(200);
  });

  it("withdrawing another organisation's invitation answers 404, the same as an id that does not exist", async () => {
    const { id, token } = await inviteOk(otherAdmin, { email: uniqueEmail('specialist'), role: 'specialist' });
    const foreign = await t.request({ method: 'DELETE', url: `/api/invitations/${id}`, as: cast.admin });
    const missing = await t.request({ method: 'DELETE', url: `/api/invitations/${randomUUID()}`, as: cast.admin });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(bodyWithoutRequestId(foreign)).toEqual(bodyWithoutRequestId(missing));
    // And it was not withdrawn.
    expect((await preview(token)).statusCode).toBe(200);
  });

  // Last: moving the clock a week ends everyone's sign-in sessions too.
  it('a link older than seven days answers 410 invitation_expired', async () => {
    const { token } = await inviteOk(cast.admin, { email: uniqueEmail('specialist'), role: 'specialist' });
    t.clock.advanceMinutes(7 * 24 * 60 - 1);
    expect((await preview(token)).statusCode).toBe(200);
    t.clock.advanceMinutes(2);
    const res = await accept(token);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'invitation_expired' });
    expect((await preview(token)).json()).toEqual({ usable: false, reason: 'expired' });
    const admin = await signIn(t, cast.admin.email, cast.admin.password);
    const listed = await t.request({ method: 'GET', url: '/api/invitations', as: admin });
    expect(listed.json().invitations).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'expired' })]));
  });
});
