import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../../server/src/compose.js';
import type { Bundle, FhirResource } from '../../../server/src/modules/record/index.js';
import { bundleProblems } from '../../helpers/fhir-validators.js';
import { createRealisticRecord, recordUrl } from '../../helpers/record-fixtures.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let record: Awaited<ReturnType<typeof createRealisticRecord>>;
let newcomer: SignedInPerson;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  record = await createRealisticRecord(t, cast.participant, cast.specialist);
  newcomer = await invitePerson(t, cast.specialist, 'participant', { name: 'Nia Newcomer' });
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function fhirExport(who: SignedInPerson): Promise<Bundle> {
  const res = await t.request({ method: 'GET', url: recordUrl(who.me.id, 'export.fhir.json'), as: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Bundle>();
}

const ofType = (bundle: Bundle, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r): r is FhirResource => r.resourceType === type);

/** The one item, or the test fails here. */
function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('the FHIR R4 export', () => {
  it('is a valid collection Bundle for a realistic plan, by both checkers, entry by entry', async () => {
    const bundle = await fhirExport(cast.participant);
    expect(bundle.type).toBe('collection');
    expect(bundleProblems(bundle)).toEqual([]);
    const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
    for (const type of [
      'Patient',
      'Practitioner',
      'Goal',
      'CarePlan',
      'Observation',
      'ServiceRequest',
      'Provenance',
      'DocumentReference',
      'Consent',
      'Questionnaire',
      'QuestionnaireResponse',
    ]) {
      expect(types, type).toContain(type);
    }
  });

  it('is a valid Bundle for an empty plan: the Patient and an empty CarePlan', async () => {
    const bundle = await fhirExport(newcomer);
    expect(bundleProblems(bundle)).toEqual([]);
    expect(ofType(bundle, 'Patient')).toHaveLength(1);
    expect(ofType(bundle, 'Goal')).toEqual([]);
    expect(ofType(bundle, 'CarePlan')).toHaveLength(1);
  });

  it('maps each goal status, and a pending or declined suggestion to a Goal the Practitioner expressed', async () => {
    const bundle = await fhirExport(cast.participant);
    const goals = new Map(ofType(bundle, 'Goal').map((g) => [(g.description as { text: string }).text, g]));
    const status = (title: string) => {
      const g = goals.get(title);
      const achievement = (g?.achievementStatus as { coding: { code: string }[] } | undefined)?.coding[0]?.code;
      return [g?.lifecycleStatus, achievement];
    };
    expect(status('Sleep through the night')).toEqual(['active', 'in-progress']);
    expect(status('Find a quieter flat')).toEqual(['on-hold', undefined]);
    expect(status('Finish the cooking course')).toEqual(['completed', 'achieved']);
    expect(status('Run a half marathon')).toEqual(['cancelled', undefined]);
    expect(status('Walk every morning')).toEqual(['proposed', undefined]);
    expect(status('Join the gym')).toEqual(['rejected', undefined]);

    const patient = `urn:uuid:${cast.participant.me.id}`;
    const practitioner = `urn:uuid:${cast.specialist.me.id}`;
    const expressedBy = (title: string) => (goals.get(title)?.expressedBy as { reference?: string })?.reference;
    expect(expressedBy('Sleep through the night')).toBe(patient);
    expect(expressedBy('Call Ana on Sundays')).toBe(patient);
    expect(expressedBy('Walk every morning')).toBe(practitioner);
    expect(expressedBy('Join the gym')).toBe(practitioner);
    const category = goals.get('Sleep through the night')?.category as { coding: { system: string; code: string }[] }[];
    expect(category[0]?.coding[0]).toMatchObject({
      system: 'https://alongside.example/fhir/CodeSystem/life-area',
      code: 'health',
    });
  });

  it('says whose words each goal is: the accepted suggestion in the specialist’s, the person’s own in theirs', async () => {
    const bundle = await fhirExport(cast.participant);
    const goalId = (title: string) =>
      ofType(bundle, 'Goal').find((g) => (g.description as { text: string }).text === title)?.id;
    const agentsOf = (id: string | undefined) =>
      ofType(bundle, 'Provenance').find((p) => (p.target as { reference: string }[])[0]?.reference === `urn:uuid:${id}`)
        ?.agent as { who: { reference: string }; role: { text: string }[] }[];
    expect(agentsOf(goalId('Call Ana on Sundays'))?.map((a) => a.who.reference)).toEqual([
      `urn:uuid:${cast.specialist.me.id}`,
    ]);
    const own = agentsOf(goalId('Sleep through the night'));
    expect(own?.map((a) => a.who.reference)).toEqual([`urn:uuid:${cast.participant.me.id}`]);
    expect(own?.[0]?.role.map((r) => r.text)).toEqual(['goal title', 'why it matters']);
  });

  it('holds the plan in a CarePlan the person authored, with both partners contributing and the steps as activities', async () => {
    // The recovery plan's CarePlan (the wellness plan has one of its own, with a title).
    const plan = only(ofType(await fhirExport(cast.participant), 'CarePlan').filter((c) => c.title === undefined));
    expect(plan).toMatchObject({ status: 'active', intent: 'plan' });
    expect((plan.author as { reference: string }).reference).toBe(`urn:uuid:${cast.participant.me.id}`);
    const contributors = (plan.contributor as { reference: string }[]).map((c) => c.reference);
    expect(contributors).toEqual([`urn:uuid:${cast.participant.me.id}`, `urn:uuid:${cast.specialist.me.id}`]);
    const details = (plan.activity as { detail?: { status: string; description: string } }[])
      .map((a) => a.detail)
      .filter((d) => d !== undefined);
    expect(details).toContainEqual(expect.objectContaining({ description: 'Phone off at ten', status: 'completed' }));
    expect(details).toContainEqual(
      expect.objectContaining({ description: 'Lights low after nine', status: 'not-started' }),
    );
  });

  it('writes each confidence rating as an Observation of the person, focused on its goal', async () => {
    const bundle = await fhirExport(cast.participant);
    const confidence = ofType(bundle, 'Observation').filter(
      (o) => (o.code as { coding: { code: string }[] }).coding[0]?.code === 'confidence',
    );
    expect(confidence.map((o) => o.valueInteger).sort()).toEqual([6, 8]);
    for (const o of confidence) {
      expect(o.status).toBe('final');
      expect((o.focus as { reference: string }[])[0]?.reference).toBe(`urn:uuid:${record.fx.goalId}`);
      expect((o.performer as { reference: string }[])[0]?.reference).toBe(`urn:uuid:${cast.participant.me.id}`);
    }
  });

  it('carries every consent: 42 CFR Part 2 as the policy rule, a revoked one inactive, the TPO purposes', async () => {
    const found = ofType(await fhirExport(cast.participant), 'Consent');
    expect(found.map((c) => c.status).sort()).toEqual(['active', 'draft', 'inactive']);
    for (const c of found) {
      expect(c.policyRule).toEqual({
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2' }],
      });
    }
    const tpo = only(found.filter((c) => c.status === 'active'));
    const purposes = (tpo.provision as { purpose?: { code: string }[] }).purpose?.map((p) => p.code);
    expect(purposes).toEqual(['TREAT', 'HPAYMT', 'HOPERAT']);
    const revoked = found.find((c) => c.status === 'inactive');
    expect(JSON.stringify(revoked?.provision)).toContain('Dr Rosa Díaz, Riverside Clinic');
    // The scope the person agreed to, in the language they read it in.
    expect((tpo.sourceAttachment as { language: string }).language).toBe('es');
  });

  it('is limited to the data classes asked for: only referrals gives no Goal, only ServiceRequests', async () => {
    // The builder a disclosure calls, from the composition root (the routes export everything).
    const composed = compose({ config: t.config, database: t.testDb.database, clock: t.clock, log: t.app.log });
    const scope = { organisationId: cast.participant.me.organisation.id, participantId: cast.participant.me.id };
    const onlyReferrals = await composed.recordExport.fhirBundle(scope, { dataClasses: ['referrals'] });
    expect(bundleProblems(onlyReferrals)).toEqual([]);
    expect([...new Set(onlyReferrals.entry.map((e) => e.resource.resourceType))].sort()).toEqual([
      'Patient',
      'ServiceRequest',
    ]);
    const requests = ofType(onlyReferrals, 'ServiceRequest');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      status: 'completed',
      intent: 'plan',
      code: { text: 'Riverside Tuesday meeting' },
    });
    // The goal the referral serves is named by id only: its words are the plan's, not asked for.
    expect(JSON.stringify(onlyReferrals)).not.toContain('Sleep through the night');

    expect(ofType(onlyReferrals, 'Consent')).toEqual([]);

    const checkIns = await composed.recordExport.fhirBundle(scope, { dataClasses: ['check-ins'] });
    expect(bundleProblems(checkIns)).toEqual([]);
    expect(ofType(checkIns, 'Goal')).toEqual([]);
    expect(ofType(checkIns, 'Observation').length).toBeGreaterThan(0);

    // The wellness plan is its own CarePlan, item by item, coded by section; nothing of the recovery plan.
    const wellness = await composed.recordExport.fhirBundle(scope, { dataClasses: ['wellness-plan'] });
    expect(bundleProblems(wellness)).toEqual([]);
    expect(ofType(wellness, 'Goal')).toEqual([]);
    const [wellnessPlan, ...others] = ofType(wellness, 'CarePlan');
    expect(others).toEqual([]);
    expect(wellnessPlan).toMatchObject({ title: 'Wellness and crisis plan', intent: 'plan' });
    expect(JSON.stringify(wellnessPlan)).toContain("Payday weekends — What I'll do: Plan the weekend with Ana");
    expect(JSON.stringify(wellness)).not.toContain('Sleep through the night');
    expect(ofType(wellness, 'Provenance')).toHaveLength(1);
  });
});

describe('the two checkers', () => {
  it('are not blind: a Goal with a made-up status and no subject is refused by both', () => {
    const bad = { resourceType: 'Goal', id: 'x1', lifecycleStatus: 'happy', description: { text: 'Walk' } };
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:x1', resource: bad }] };
    const problems = bundleProblems(bundle);
    expect(problems.some((p) => p.startsWith('medplum Goal/x1'))).toBe(true);
    expect(problems.some((p) => p.startsWith('FHIR.js Goal/x1'))).toBe(true);
  });
});
