import {
  type Consent,
  type ConsentDraftRequest,
  type DataClass,
  type DataScope,
  type DisclosureList,
  dataClasses,
  expandDataScope,
} from '@alongside/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clinic,
  clinicPurpose,
  countRows,
  dayFromNow,
  disclosuresUrl,
  draft,
  openConsentWorld,
  postConsentAction,
  postDisclosure,
  signAsRead,
} from '../../helpers/consent-api.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';

/**
 * Random consents × random disclosure requests: a disclosure is recorded if and only if the consent
 * is active and covers it (every class, and for a specific consent its recipient and purpose), and
 * the classes recorded never exceed the consent's. Set FC_SEED to replay a failing run.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createCast));
});
afterAll(() => t.close());

const classArb = fc.subarray([...dataClasses], { minLength: 1 });
const scopeArb: fc.Arbitrary<DataScope> = fc.oneof(classArb, fc.constant<DataScope>(['all']));

interface World {
  kind: 'tpo' | 'specific';
  scope: DataScope;
  /** What became of the consent before the disclosure is asked for. */
  fate: 'active' | 'draft' | 'revoked';
  requested: DataClass[];
  sameRecipient: boolean;
  samePurpose: boolean;
}
const worldArb: fc.Arbitrary<World> = fc.record({
  kind: fc.constantFrom('tpo' as const, 'specific' as const),
  scope: scopeArb,
  fate: fc.constantFrom('active' as const, 'active' as const, 'draft' as const, 'revoked' as const),
  requested: classArb,
  sameRecipient: fc.boolean(),
  samePurpose: fc.boolean(),
});

function draftOf(w: World): ConsentDraftRequest {
  if (w.kind === 'tpo') return { kind: 'tpo', dataClasses: w.scope, expiry: { kind: 'none' } };
  return {
    kind: 'specific',
    dataClasses: w.scope,
    recipient: clinic,
    purpose: clinicPurpose,
    expiry: { kind: 'date', date: dayFromNow(t, 90) },
  };
}

/** The rule, stated apart from the server's code. */
function mayDisclose(w: World): boolean {
  const covered = expandDataScope(w.scope);
  const classesFit = w.requested.every((c) => covered.includes(c));
  const addressed = w.kind === 'tpo' || (w.sameRecipient && w.samePurpose);
  return w.fate === 'active' && classesFit && addressed;
}

async function consentIn(w: World): Promise<Consent> {
  const drafted = await draft(t, cast.participant, pid, draftOf(w));
  if (w.fate === 'draft') return drafted;
  const signed = await signAsRead(t, cast.participant, drafted.id);
  if (w.fate === 'revoked') {
    expect((await postConsentAction(t, cast.participant, pid, signed.id, 'revoke')).statusCode).toBe(200);
  }
  return signed;
}

describe('disclosures under random consents', () => {
  it('are recorded iff the consent is active and covers them, never beyond its classes', async () => {
    const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
    const consentOf = new Map<string, DataScope>();
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        const consent = await consentIn(w);
        consentOf.set(consent.id, w.scope);
        const before = await countRows(t, 'disclosures');
        const res = await postDisclosure(t, cast.specialist, pid, {
          consentId: consent.id,
          recipient: w.sameRecipient ? clinic : { name: 'Someone Else', organisation: 'Another Agency' },
          purpose: w.samePurpose ? clinicPurpose : 'Another purpose',
          dataClasses: w.requested,
          language: 'en',
        });
        const recorded = (await countRows(t, 'disclosures')) - before;
        expect(res.statusCode, res.body).toBe(mayDisclose(w) ? 201 : 409);
        expect(recorded).toBe(mayDisclose(w) ? 1 : 0);
      }),
      { numRuns: 50, ...(seed === undefined ? {} : { seed }) },
    );
    // Read back as the person reads them: every recorded disclosure stays inside its consent's classes.
    const list = await t.request({ method: 'GET', url: disclosuresUrl(pid), as: cast.participant });
    const { disclosures } = list.json<DisclosureList>();
    expect(disclosures.length).toBeGreaterThan(0);
    for (const d of disclosures) {
      const scope = consentOf.get(d.consentId);
      expect(scope, d.consentId).toBeDefined();
      const covered = expandDataScope(scope ?? []);
      expect(
        d.dataClasses.every((c) => covered.includes(c)),
        JSON.stringify(d),
      ).toBe(true);
    }
  }, 240_000);
});
