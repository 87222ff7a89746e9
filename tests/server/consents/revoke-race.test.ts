import type { Consent, DisclosureList } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  disclosuresUrl,
  disclosureTo,
  openConsentWorld,
  postConsentAction,
  postDisclosure,
  specificDraft,
} from '../../helpers/consent-api.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';

/**
 * A revocation and disclosures sent at the same moment: each disclosure is either wholly before
 * the revocation (recorded, at or before the moment of revocation) or after it (refused) — never
 * checked before and written after. On PostgreSQL they really run at once; the consent row's lock
 * makes them take turns. The clock here is the real one, so the moments can be compared.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createCast));
});
afterAll(() => t.close());

describe('a revocation racing disclosures', () => {
  it('leaves no disclosure recorded after the moment of revocation', async () => {
    // The services read the app's test clock: let it tell the real time.
    t.clock.now = () => new Date();
    for (let round = 0; round < 3; round++) {
      const consent = await activeConsent(t, cast.participant, specificDraft(t));
      const disclose = () => postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id));
      const sent = Array.from({ length: 6 }, disclose);
      const revoke = postConsentAction(t, cast.participant, pid, consent.id, 'revoke');
      sent.push(...Array.from({ length: 6 }, disclose));
      const [revoked, ...answers] = await Promise.all([revoke, ...sent]);
      expect(revoked?.statusCode).toBe(200);
      const revokedAt = Date.parse(revoked?.json<Consent>().revokedAt ?? '');
      for (const a of answers) expect([201, 409], a.body).toContain(a.statusCode);

      const list = await t.request({ method: 'GET', url: disclosuresUrl(pid), as: cast.participant });
      const under = list.json<DisclosureList>().disclosures.filter((d) => d.consentId === consent.id);
      expect(under.length).toBe(answers.filter((a) => a.statusCode === 201).length);
      for (const d of under) expect(Date.parse(d.disclosedAt)).toBeLessThanOrEqual(revokedAt);
      // And after it, nothing more.
      expect((await disclose()).statusCode).toBe(409);
    }
  });
});
