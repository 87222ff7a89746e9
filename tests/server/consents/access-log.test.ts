import type { AccessLogEntry, AccessSitting } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  consentsUrl,
  disclosuresUrl,
  disclosureTo,
  draft,
  openConsentWorld,
  postConsentAction,
  readText,
  specificDraft,
} from '../../helpers/consent-api.js';
import { createPlanCast, type PlanCast } from '../../helpers/plan-actors.js';
import { readAccessLog } from '../../helpers/plan-api.js';
import type { SignedInPerson, TestApp } from '../../helpers/test-app.js';

/**
 * Every read and change of the person's consents and disclosures is a row in the log they read:
 * "allowed" only for what happened, "denied" for what was refused — by an outsider (404) or by a
 * partner the rule is not for (403) — and never "allowed" for a refusal.
 */
let t: TestApp;
let cast: PlanCast;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createPlanCast));
});
afterAll(() => t.close());

const by = (person: SignedInPerson) => ({ id: person.me.id, name: person.me.name, role: person.me.role });

async function rowsAddedBy(act: () => Promise<LightMyRequestResponse>, status: number): Promise<AccessLogEntry[]> {
  const before = new Set((await readAccessLog(t, cast.participant)).map((e) => e.id));
  const res = await act();
  expect(res.statusCode, res.body).toBe(status);
  return (await readAccessLog(t, cast.participant)).filter((e) => !before.has(e.id));
}

describe('the person’s log', () => {
  it('has one allowed row for each read and change, named for what it was', async () => {
    const steps: [SignedInPerson, string, number, () => Promise<LightMyRequestResponse>][] = [];
    const drafted = await draft(t, cast.specialist, pid, specificDraft(t));
    const { textSha256 } = await readText(t, cast.participant, pid, drafted.id);
    const c = `${consentsUrl(pid)}/${drafted.id}`;
    const send = (who: SignedInPerson, method: 'GET' | 'POST', url: string, body?: unknown) => () =>
      t.request({ method, url, as: who, ...(body === undefined ? {} : { body }) });
    steps.push(
      [cast.specialist, 'consent.draft', 201, send(cast.specialist, 'POST', consentsUrl(pid), specificDraft(t))],
      [cast.specialist, 'consent.list', 200, send(cast.specialist, 'GET', consentsUrl(pid))],
      [cast.participant, 'consent.read', 200, send(cast.participant, 'GET', c)],
      [cast.participant, 'consent.text.read', 200, send(cast.participant, 'GET', `${c}/text?language=en`)],
      [cast.participant, 'consent.preview.view', 200, send(cast.participant, 'GET', `${c}/preview`)],
      [
        cast.participant,
        'consent.sign',
        200,
        send(cast.participant, 'POST', `${c}/sign`, { language: 'en', textSha256 }),
      ],
      [
        cast.specialist,
        'consent.revocation-request',
        200,
        send(cast.specialist, 'POST', `${c}/revocation-request`, {}),
      ],
      [
        cast.specialist,
        'disclosure.make',
        201,
        send(cast.specialist, 'POST', disclosuresUrl(pid), disclosureTo(drafted.id)),
      ],
      [cast.specialist, 'disclosure.list', 200, send(cast.specialist, 'GET', disclosuresUrl(pid))],
      [
        cast.participant,
        'disclosure.accounting.read',
        200,
        send(cast.participant, 'GET', `${disclosuresUrl(pid)}/accounting`),
      ],
      [cast.participant, 'consent.revoke', 200, send(cast.participant, 'POST', `${c}/revoke`, {})],
    );
    for (const [who, action, status, act] of steps) {
      const added = await rowsAddedBy(act, status);
      expect(added, action).toMatchObject([{ actor: by(who), action, outcome: 'allowed' }]);
    }
    const other = await draft(t, cast.participant, pid, specificDraft(t));
    const discarded = await rowsAddedBy(() => postConsentAction(t, cast.participant, pid, other.id, 'discard'), 200);
    expect(discarded).toMatchObject([{ actor: by(cast.participant), action: 'consent.discard', outcome: 'allowed' }]);
  });

  it('has one denied row, and no allowed one, for each refused write', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    const c = `${consentsUrl(pid)}/${consent.id}`;
    const cases: [SignedInPerson, number, string, string, unknown][] = [
      [cast.unpartnered, 404, `${c}/revoke`, 'consent.revoke', {}],
      [cast.supervisor, 404, `${c}/revoke`, 'consents.use', {}],
      [cast.admin, 404, disclosuresUrl(pid), 'disclosures.make', disclosureTo(consent.id)],
      [cast.neighbour, 404, consentsUrl(pid), 'consent.draft', specificDraft(t)],
      [cast.specialist, 403, `${c}/revoke`, 'consent.revoke', {}],
      [cast.participant, 403, `${c}/revocation-request`, 'consent.revocation-request', {}],
      [cast.participant, 404, disclosuresUrl(pid), 'disclosures.make', disclosureTo(consent.id)],
      [cast.specialist, 409, disclosuresUrl(pid), 'disclosure.make', disclosureTo(consent.id, ['session-notes'])],
      [cast.participant, 409, `${c}/sign`, 'consent.sign', { language: 'en', textSha256: '0'.repeat(64) }],
    ];
    for (const [who, status, url, action, body] of cases) {
      const added = await rowsAddedBy(() => t.request({ method: 'POST', url, as: who, body }), status);
      expect(added, `${who.me.name} ${url}`).toMatchObject([{ actor: by(who), action, outcome: 'denied' }]);
    }
  });

  it('another organisation’s people leave nothing in it', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    const added = await rowsAddedBy(
      () => t.request({ method: 'GET', url: `${consentsUrl(pid)}/${consent.id}`, as: cast.otherOrgSpecialist }),
      404,
    );
    expect(added).toEqual([]);
  });

  it('reads as sittings about "your consents and what was shared"', async () => {
    const res = await t.request({ method: 'GET', url: '/api/access-log/sittings?others=true', as: cast.participant });
    expect(res.statusCode, res.body).toBe(200);
    const sittings = res.json<{ sittings: AccessSitting[] }>().sittings;
    const specialist = sittings.find((s) => s.actor.id === cast.specialist.me.id && s.outcome === 'allowed');
    expect(specialist?.areas).toContain('consents');
  });
});
