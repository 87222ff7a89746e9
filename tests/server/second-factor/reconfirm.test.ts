import type { Consent } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentsUrl,
  countRows,
  disclosuresUrl,
  disclosureTo,
  draft,
  signAsRead,
  specificDraft,
} from '../../helpers/consent-api.js';
import { enrolTotp, reconfirmWithTotp, signInWithTotp } from '../../helpers/second-factor.js';
import {
  createOrganisation,
  createTestApp,
  invitePerson,
  type SignedInPerson,
  type TestApp,
  uniqueEmail,
} from '../../helpers/test-app.js';

/**
 * Re-confirmation, route by route: each sensitive act by staff needs the second factor given in
 * the last five minutes — or, for staff without one (the organisation's rule off), the password.
 */
let t: TestApp;
let admin: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createOrganisation(t);
});
afterAll(async () => {
  await t.close();
});

/** The organisation's first admin (no factor) confirms with their password before inviting another admin. */
async function freshAdmin(): Promise<SignedInPerson> {
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/reconfirm',
    as: admin,
    body: { method: 'password', password: admin.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  return admin;
}

interface Staff {
  specialist: SignedInPerson;
  participant: SignedInPerson;
  admin: SignedInPerson;
  /** Confirms it is them again, the way this kind of staff member can. */
  reconfirm(person: SignedInPerson): Promise<number>;
}

/** Staff who have an authenticator app: they sign in with it and re-confirm with it. */
async function staffWithApp(): Promise<Staff> {
  const secrets = new Map<string, string>();
  const withApp = async (person: SignedInPerson) => {
    const { secret } = await enrolTotp(t, person);
    secrets.set(person.email, secret);
    return signInWithTotp(t, person.email, person.password, secret);
  };
  const specialist = await withApp(await invitePerson(t, admin, 'specialist'));
  const participant = await invitePerson(t, specialist, 'participant');
  const otherAdmin = await withApp(await invitePerson(t, await freshAdmin(), 'admin'));
  return {
    specialist,
    participant,
    admin: otherAdmin,
    reconfirm: async (person) => (await reconfirmWithTotp(t, person, secrets.get(person.email) ?? '')).statusCode,
  };
}

/** Staff without a second factor (allowed while the rule is off): they re-confirm with their password. */
async function staffWithPasswordOnly(): Promise<Staff> {
  const specialist = await invitePerson(t, admin, 'specialist');
  const participant = await invitePerson(t, specialist, 'participant');
  const otherAdmin = await invitePerson(t, await freshAdmin(), 'admin');
  return {
    specialist,
    participant,
    admin: otherAdmin,
    reconfirm: async (person) =>
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/reconfirm',
          as: person,
          body: { method: 'password', password: person.password },
        })
      ).statusCode,
  };
}

interface SensitiveRoute {
  name: string;
  /** Made while the actor is fresh; returns the request to try once they are not. */
  prepare(s: Staff): Promise<{ as: SignedInPerson; method: 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }>;
  ok: number;
}

async function activeConsent(s: Staff): Promise<Consent> {
  const c = await draft(t, s.participant, s.participant.me.id, specificDraft(t));
  return signAsRead(t, s.participant, c.id);
}

const routes: SensitiveRoute[] = [
  {
    name: 'disclosing a record',
    prepare: async (s) => {
      const c = await activeConsent(s);
      return { as: s.specialist, method: 'POST', url: disclosuresUrl(s.participant.me.id), body: disclosureTo(c.id) };
    },
    ok: 201,
  },
  {
    name: 'drafting a consent with the person',
    prepare: async (s) => ({
      as: s.specialist,
      method: 'POST',
      url: consentsUrl(s.participant.me.id),
      body: specificDraft(t),
    }),
    ok: 201,
  },
  {
    name: 'recording a request to revoke',
    prepare: async (s) => {
      const c = await activeConsent(s);
      return {
        as: s.specialist,
        method: 'POST',
        url: `${consentsUrl(s.participant.me.id)}/${c.id}/revocation-request`,
        body: { note: 'Asked by phone' },
      };
    },
    ok: 200,
  },
  {
    name: 'withdrawing a draft made with the person',
    prepare: async (s) => {
      const c = await draft(t, s.specialist, s.participant.me.id, specificDraft(t));
      return { as: s.specialist, method: 'POST', url: `${consentsUrl(s.participant.me.id)}/${c.id}/discard` };
    },
    ok: 200,
  },
  {
    name: 'inviting an admin',
    prepare: async (s) => ({
      as: s.admin,
      method: 'POST',
      url: '/api/invitations',
      body: { email: uniqueEmail('admin'), role: 'admin' },
    }),
    ok: 201,
  },
  {
    name: "a fresh link for an admin's invitation",
    prepare: async (s) => {
      const invited = await t.request({
        method: 'POST',
        url: '/api/invitations',
        as: s.admin,
        body: { email: uniqueEmail('admin'), role: 'admin' },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      return { as: s.admin, method: 'POST', url: `/api/invitations/${invited.json().invitation.id}/reissue` };
    },
    ok: 201,
  },
];

describe.each([
  { kind: 'with an authenticator app', make: staffWithApp },
  { kind: 'with a password only (rule off)', make: staffWithPasswordOnly },
])('staff $kind', ({ make }) => {
  it.each(routes)(
    '$name: after five minutes 403 reconfirmation_required, changing nothing; once re-confirmed it is done',
    async (route) => {
      const s = await make();
      const request = await route.prepare(s);
      const before = await countRows(t, 'disclosures');
      t.clock.advanceMinutes(5);
      t.clock.advance(1000);
      const refused = await t.request(request);
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().error).toBe('reconfirmation_required');
      expect(await countRows(t, 'disclosures')).toBe(before);
      expect(await s.reconfirm(request.as)).toBe(200);
      const done = await t.request(request);
      expect(done.statusCode, done.body).toBe(route.ok);
    },
  );
});

describe("one's own sign-in methods", () => {
  it('new backup codes and removing a method are re-confirmed too', async () => {
    const s = await staffWithApp();
    const secondApp = await enrolTotp(t, s.specialist);
    t.clock.advanceMinutes(6);
    const codes = await t.request({ method: 'POST', url: '/api/auth/second-factor/backup-codes', as: s.specialist });
    expect(codes.json().error).toBe('reconfirmation_required');
    const remove = {
      method: 'DELETE' as const,
      url: `/api/auth/second-factor/${secondApp.factorId}`,
      as: s.specialist,
    };
    expect((await t.request(remove)).json().error).toBe('reconfirmation_required');
    expect(await s.reconfirm(s.specialist)).toBe(200);
    const fresh = await t.request({ method: 'POST', url: '/api/auth/second-factor/backup-codes', as: s.specialist });
    expect(fresh.json().backupCodes).toHaveLength(10);
    expect((await t.request(remove)).statusCode).toBe(200);
  });
});

describe('what is not asked', () => {
  it('a participant acting on their own consents is never asked', async () => {
    const s = await staffWithPasswordOnly();
    t.clock.advanceMinutes(20);
    const own = await t.request({
      method: 'POST',
      url: consentsUrl(s.participant.me.id),
      as: s.participant,
      body: specificDraft(t),
    });
    expect(own.statusCode).toBe(201);
  });

  it('inviting a participant or a specialist is not re-confirmed; the password does not re-confirm for someone with a factor', async () => {
    const s = await staffWithApp();
    t.clock.advanceMinutes(6);
    for (const role of ['specialist', 'supervisor'] as const) {
      const res = await t.request({
        method: 'POST',
        url: '/api/invitations',
        as: s.admin,
        body: { email: uniqueEmail(role), role },
      });
      expect(res.statusCode).toBe(201);
      const reissued = await t.request({
        method: 'POST',
        url: `/api/invitations/${res.json().invitation.id}/reissue`,
        as: s.admin,
      });
      expect(reissued.statusCode, reissued.body).toBe(201);
    }
    const withPassword = await t.request({
      method: 'POST',
      url: '/api/auth/reconfirm',
      as: s.admin,
      body: { method: 'password', password: s.admin.password },
    });
    expect(withPassword.statusCode).toBe(400);
    expect(withPassword.json().error).toBe('second_factor_required');
  });

  it('a wrong code does not re-confirm', async () => {
    const s = await staffWithApp();
    t.clock.advanceMinutes(6);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/reconfirm',
      as: s.specialist,
      body: { method: 'totp', code: '123456' },
    });
    expect(wrong.statusCode).toBe(400);
    const c = await activeConsent(s);
    const res = await t.request({
      method: 'POST',
      url: disclosuresUrl(s.participant.me.id),
      as: s.specialist,
      body: disclosureTo(c.id),
    });
    expect(res.json().error).toBe('reconfirmation_required');
  });
});
