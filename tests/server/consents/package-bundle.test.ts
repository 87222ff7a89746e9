import type { DisclosurePackage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  consentsUrl,
  disclosureTo,
  draft,
  openConsentWorld,
  postDisclosure,
  specificDraft,
  tpoDraft,
} from '../../helpers/consent-api.js';
import { bundleProblems } from '../../helpers/fhir-validators.js';
import { createPlanFixture } from '../../helpers/plan-fixtures.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';

/**
 * The FHIR bundle in a package is the record export limited to the classes disclosed (or, for a
 * preview, the classes the consent covers): a valid R4 Bundle, and nothing of the other classes.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createCast));
  await createPlanFixture(t, cast.participant, cast.specialist);
});
afterAll(() => t.close());

interface Bundle {
  resourceType: string;
  entry?: { resource: { resourceType: string; id?: string } }[];
}
const kinds = (bundle: Bundle) => [...new Set((bundle.entry ?? []).map((e) => e.resource.resourceType))].sort();

describe('the bundle a recipient gets', () => {
  it('under a TPO consent to everything, disclosing referrals only: ServiceRequests, no Goal, no note', async () => {
    const consent = await activeConsent(t, cast.participant, tpoDraft(['all']));
    const res = await postDisclosure(t, cast.specialist, pid, {
      ...disclosureTo(consent.id, ['referrals']),
      purpose: 'treatment',
    });
    expect(res.statusCode, res.body).toBe(201);
    const bundle = res.json<DisclosurePackage>().bundle as unknown as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundleProblems(bundle)).toEqual([]);
    expect(kinds(bundle)).toEqual(['Patient', 'ServiceRequest']);
    expect(JSON.stringify(bundle)).not.toContain('Sleep through the night');
  });

  it('the plan alone: the Goal and CarePlan, no referral and no rating', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t, ['plan']));
    const res = await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id, ['plan']));
    const bundle = res.json<DisclosurePackage>().bundle as unknown as Bundle;
    expect(bundleProblems(bundle)).toEqual([]);
    expect(kinds(bundle)).toContain('Goal');
    expect(kinds(bundle)).not.toContain('ServiceRequest');
    expect(kinds(bundle)).not.toContain('Observation');
    expect(JSON.stringify(bundle)).toContain('Sleep through the night');
  });

  it('a preview holds what the consent covers, before it is signed', async () => {
    const drafted = await draft(t, cast.participant, pid, specificDraft(t, ['check-ins']));
    const res = await t.request({
      method: 'GET',
      url: `${consentsUrl(pid)}/${drafted.id}/preview`,
      as: cast.participant,
    });
    expect(res.statusCode, res.body).toBe(200);
    const bundle = res.json<DisclosurePackage>().bundle as unknown as Bundle;
    expect(bundleProblems(bundle)).toEqual([]);
    expect(kinds(bundle)).toContain('Observation');
    expect(kinds(bundle)).not.toContain('Goal');
  });
});
