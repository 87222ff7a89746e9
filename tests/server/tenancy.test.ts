import { randomUUID } from 'node:crypto';
import type { Invitation, Partnership, SignInSession, UserSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyWithoutRequestId,
  createCast,
  createTestApp,
  type SignedInPerson,
  type TestApp,
  uniqueEmail,
} from '../helpers/test-app.js';

/** Two organisations on one server: nothing of A is visible or reachable from B. */
let t: TestApp;
let a: Awaited<ReturnType<typeof createCast>>;
let b: Awaited<ReturnType<typeof createCast>>;
let aPartnership: Partnership;
let aInvitationId: string;
let aSessionId: string;
beforeAll(async () => {
  t = await createTestApp();
  a = await createCast(t, 'Org A');
  b = await createCast(t, 'Org B');
  const partnerships = await t.request({ method: 'GET', url: '/api/partnerships', as: a.admin });
  [aPartnership] = partnerships.json<{ partnerships: [Partnership] }>().partnerships;
  const invited = await t.request({
    method: 'POST',
    url: '/api/invitations',
    as: a.admin,
    body: { email: uniqueEmail('pending'), role: 'supervisor' },
  });
  aInvitationId = invited.json().invitation.id;
  const sessions = await t.request({ method: 'GET', url: '/api/auth/sessions', as: a.participant });
  aSessionId = sessions.json<{ sessions: [SignInSession] }>().sessions[0].id;
});
afterAll(async () => {
  await t.close();
});

const get = async <T>(url: string, as: SignedInPerson) => (await t.request({ method: 'GET', url, as })).json<T>();

describe("another organisation's lists", () => {
  it("B's admin sees only B's people", async () => {
    const { users } = await get<{ users: UserSummary[] }>('/api/users', b.admin);
    const ids = users.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([b.admin.me.id, b.specialist.me.id, b.participant.me.id]));
    for (const person of Object.values(a)) expect(ids).not.toContain(person.me.id);
    expect(JSON.stringify(users)).not.toContain(a.participant.email);
  });

  it("B sees only B's partnerships and invitations", async () => {
    const { partnerships } = await get<{ partnerships: Partnership[] }>('/api/partnerships', b.admin);
    expect(partnerships.map((p) => p.id)).not.toContain(aPartnership.id);
    expect(partnerships.map((p) => p.participant.id)).toEqual([b.participant.me.id]);
    const { invitations } = await get<{ invitations: Invitation[] }>('/api/invitations', b.admin);
    expect(invitations.length).toBeGreaterThan(0);
    expect(invitations.map((i) => i.id)).not.toContain(aInvitationId);
  });

  it("B's organisation is B's", async () => {
    expect(await get('/api/organisation', b.admin)).toMatchObject({ name: 'Org B' });
  });
});

describe("A's ids from B answer exactly like ids that do not exist", () => {
  const cases: [
    string,
    () => { method: 'POST' | 'DELETE'; url: string; body?: unknown },
    () => { url: string; body?: unknown },
  ][] = [
    [
      'disable a user',
      () => ({ method: 'POST', url: `/api/users/${a.specialist.me.id}/disable` }),
      () => ({ url: `/api/users/${randomUUID()}/disable` }),
    ],
    [
      'end a partnership',
      () => ({ method: 'POST', url: `/api/partnerships/${aPartnership.id}/end` }),
      () => ({ url: `/api/partnerships/${randomUUID()}/end` }),
    ],
    [
      'partner A people',
      () => ({
        method: 'POST',
        url: '/api/partnerships',
        body: { specialistId: a.specialist.me.id, participantId: a.participant.me.id },
      }),
      () => ({ url: '/api/partnerships', body: { specialistId: randomUUID(), participantId: randomUUID() } }),
    ],
    [
      "partner B's specialist with A's participant",
      () => ({
        method: 'POST',
        url: '/api/partnerships',
        body: { specialistId: b.specialist.me.id, participantId: a.participant.me.id },
      }),
      () => ({ url: '/api/partnerships', body: { specialistId: b.specialist.me.id, participantId: randomUUID() } }),
    ],
    [
      'withdraw an invitation',
      () => ({ method: 'DELETE', url: `/api/invitations/${aInvitationId}` }),
      () => ({ url: `/api/invitations/${randomUUID()}` }),
    ],
  ];

  it.each(cases)('%s', async (_name, foreignRequest, missingRequest) => {
    const foreign = foreignRequest();
    const missing = missingRequest();
    const foreignRes = await t.request({ ...foreign, as: b.admin });
    const missingRes = await t.request({ method: foreign.method, ...missing, as: b.admin });
    expect(foreignRes.statusCode).toBe(404);
    expect(missingRes.statusCode).toBe(404);
    expect(bodyWithoutRequestId(foreignRes)).toEqual(bodyWithoutRequestId(missingRes));
  });

  it('and none of those attempts changed anything in A', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: a.specialist })).statusCode).toBe(200);
    const { partnerships } = await get<{ partnerships: Partnership[] }>('/api/partnerships', a.admin);
    expect(partnerships.find((p) => p.id === aPartnership.id)?.endedAt).toBeNull();
    expect(partnerships).toHaveLength(1);
    const { invitations } = await get<{ invitations: Invitation[] }>('/api/invitations', a.admin);
    expect(invitations.find((i) => i.id === aInvitationId)?.status).toBe('pending');
  });

  it('a person cannot end a session of someone in another organisation', async () => {
    const res = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${aSessionId}`, as: b.admin });
    expect(res.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: a.participant })).statusCode).toBe(200);
  });
});
