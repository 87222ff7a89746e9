import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  consentsUrl,
  counts,
  disclosuresUrl,
  disclosureTo,
  draft,
  openConsentWorld,
  readText,
  specificDraft,
} from '../../helpers/consent-api.js';
import { createPlanCast, type PlanCast } from '../../helpers/plan-actors.js';
import type { SignedInPerson, TestApp } from '../../helpers/test-app.js';

/**
 * Role by role: who may draft, sign, revoke, ask to revoke, withdraw a draft, disclose, and read
 * consents, disclosures and the accounting. Everyone without a place in the person's record — a
 * specialist not partnered with them, a supervisor, an admin, another organisation — gets the same
 * 404 as for nothing at all; a partner who may read but not do gets 403 with the reason.
 */
let t: TestApp;
let cast: PlanCast;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createPlanCast));
});
afterAll(() => t.close());

const who = [
  'participant',
  'partnered specialist',
  'unpartnered specialist',
  'supervisor',
  'admin',
  'other-org specialist',
  'other-org participant',
] as const;
type Who = (typeof who)[number];
const person = (name: Who): SignedInPerson =>
  ({
    participant: cast.participant,
    'partnered specialist': cast.specialist,
    'unpartnered specialist': cast.unpartnered,
    supervisor: cast.supervisor,
    admin: cast.admin,
    'other-org specialist': cast.otherOrgSpecialist,
    'other-org participant': cast.otherOrgParticipant,
  })[name];

interface Case {
  name: string;
  /** A fresh target: the request to send. */
  target(): Promise<{ method: 'GET' | 'POST'; url: string; body?: unknown }>;
  /** The status each caller gets; anyone not named gets 404. */
  expected: Partial<Record<Who, number>>;
}

const cases: Case[] = [
  {
    name: 'draft a consent',
    target: async () => ({ method: 'POST', url: consentsUrl(pid), body: specificDraft(t) }),
    expected: { participant: 201, 'partnered specialist': 201 },
  },
  {
    name: 'sign',
    target: async () => {
      const drafted = await draft(t, cast.specialist, pid, specificDraft(t));
      const { textSha256 } = await readText(t, cast.participant, pid, drafted.id);
      return { method: 'POST', url: `${consentsUrl(pid)}/${drafted.id}/sign`, body: { language: 'en', textSha256 } };
    },
    expected: { participant: 200, 'partnered specialist': 403 },
  },
  {
    name: 'revoke',
    target: async () => {
      const consent = await activeConsent(t, cast.participant, specificDraft(t));
      return { method: 'POST', url: `${consentsUrl(pid)}/${consent.id}/revoke`, body: {} };
    },
    expected: { participant: 200, 'partnered specialist': 403 },
  },
  {
    name: 'record a request to revoke',
    target: async () => {
      const consent = await activeConsent(t, cast.participant, specificDraft(t));
      return { method: 'POST', url: `${consentsUrl(pid)}/${consent.id}/revocation-request`, body: { note: 'asked' } };
    },
    expected: { participant: 403, 'partnered specialist': 200 },
  },
  {
    name: 'withdraw a draft',
    target: async () => {
      const drafted = await draft(t, cast.participant, pid, specificDraft(t));
      return { method: 'POST', url: `${consentsUrl(pid)}/${drafted.id}/discard` };
    },
    // The specialist did not draft this one: only the person or the drafter withdraws it.
    expected: { participant: 200, 'partnered specialist': 403 },
  },
  {
    name: 'disclose',
    target: async () => {
      const consent = await activeConsent(t, cast.participant, specificDraft(t));
      return { method: 'POST', url: disclosuresUrl(pid), body: disclosureTo(consent.id) };
    },
    expected: { 'partnered specialist': 201 },
  },
  {
    name: 'read the consents',
    target: async () => ({ method: 'GET', url: consentsUrl(pid) }),
    expected: { participant: 200, 'partnered specialist': 200 },
  },
  {
    name: 'read one consent and its text',
    target: async () => {
      const consent = await activeConsent(t, cast.participant, specificDraft(t));
      return { method: 'GET', url: `${consentsUrl(pid)}/${consent.id}/text?language=en` };
    },
    expected: { participant: 200, 'partnered specialist': 200 },
  },
  {
    name: 'preview what a recipient would see',
    target: async () => {
      const drafted = await draft(t, cast.participant, pid, specificDraft(t));
      return { method: 'GET', url: `${consentsUrl(pid)}/${drafted.id}/preview` };
    },
    expected: { participant: 200, 'partnered specialist': 200 },
  },
  {
    name: 'read the disclosure log',
    target: async () => ({ method: 'GET', url: disclosuresUrl(pid) }),
    expected: { participant: 200, 'partnered specialist': 200 },
  },
  {
    name: 'download the accounting',
    target: async () => ({ method: 'GET', url: `${disclosuresUrl(pid)}/accounting?format=csv` }),
    expected: { participant: 200, 'partnered specialist': 403 },
  },
];

describe('who may do what with a person’s consents', () => {
  it.each(cases)('$name', async ({ target, expected }) => {
    const outcomes: Partial<Record<Who, number>> = {};
    // Refusals first, on one target (a refusal changes nothing); each allowed caller gets a fresh one.
    const refused = who.filter((w) => (expected[w] ?? 404) >= 400);
    const request = await target();
    const before = await counts(t);
    for (const w of refused) outcomes[w] = (await t.request({ ...request, as: person(w) })).statusCode;
    expect(await counts(t)).toEqual(before);
    for (const w of who.filter((x) => !refused.includes(x))) {
      outcomes[w] = (await t.request({ ...(await target()), as: person(w) })).statusCode;
    }
    expect(outcomes).toEqual(Object.fromEntries(who.map((w) => [w, expected[w] ?? 404])));
  });

  it('another organisation’s consent id is a 404 to the person and to their specialist', async () => {
    const theirs = await activeConsent(t, cast.otherOrgParticipant, specificDraft(t));
    for (const as of [cast.participant, cast.specialist]) {
      const read = await t.request({ method: 'GET', url: `${consentsUrl(pid)}/${theirs.id}`, as });
      expect(read.statusCode).toBe(404);
    }
    const under = await t.request({
      method: 'POST',
      url: disclosuresUrl(pid),
      as: cast.specialist,
      body: disclosureTo(theirs.id),
    });
    expect(under.statusCode).toBe(404);
    const theirUrl = await t.request({
      method: 'GET',
      url: `${consentsUrl(cast.otherOrgParticipant.me.id)}/${theirs.id}`,
      as: cast.specialist,
    });
    expect(theirUrl.statusCode).toBe(404);
  });
});
