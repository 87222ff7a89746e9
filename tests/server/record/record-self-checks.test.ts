import { type RecordExport, zRecordExport } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, FhirResource } from '../../../server/src/modules/record/index.js';
import { bundleProblems } from '../../helpers/fhir-validators.js';
import { run } from '../../helpers/plan-api.js';
import { insertQuestionnaire } from '../../helpers/questionnaire-fixtures.js';
import { recordUrl } from '../../helpers/record-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Self-checks and questionnaire answers leave with the person: in their JSON export (plan and
 * history) and in the FHIR bundle — an Observation per dimension rated, the Questionnaire they
 * answered, a completed QuestionnaireResponse per set of answers and its score — valid under
 * both checkers.
 */
let t: TestApp;
let person: SignedInPerson;
let questionnaireId: string;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await createCast(t);
  person = cast.participant;
  questionnaireId = await insertQuestionnaire(t, cast.admin, 'Riverside monthly check');
  const pid = person.me.id;
  await run(t, person, pid, { type: 'self-check.record', health: 4, home: 7, community: 5, note: 'Moved flats' });
  await run(t, person, pid, { type: 'self-check.record', health: 5, purpose: 6 });
  await run(t, person, pid, {
    type: 'questionnaire.answer',
    questionnaireId,
    answers: [
      { linkId: 'nights', value: 3 },
      { linkId: 'mood', value: 'good' },
      { linkId: 'group', value: false },
    ],
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

const ofType = (bundle: Bundle, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r): r is FhirResource => r.resourceType === type);

describe('self-checks and questionnaires in the person’s record', () => {
  it('FHIR: valid by both checkers; an Observation per dimension rated, coded by dimension', async () => {
    const res = await t.request({ method: 'GET', url: recordUrl(person.me.id, 'export.fhir.json'), as: person });
    expect(res.statusCode, res.body).toBe(200);
    const bundle = res.json<Bundle>();
    expect(bundleProblems(bundle)).toEqual([]);
    const ratings = ofType(bundle, 'Observation')
      .map((o) => o.code as { coding?: { system: string; code: string }[] })
      .flatMap((c) => c.coding ?? [])
      .filter((c) => c.system.endsWith('/CodeSystem/self-check'))
      .map((c) => c.code);
    expect(ratings.sort()).toEqual(['community', 'health', 'health', 'home', 'purpose']);
    const values = ofType(bundle, 'Observation').map((o) => o.valueInteger);
    expect(values).toEqual(expect.arrayContaining([4, 7, 5, 6]));
  });

  it('FHIR: the Questionnaire answered and a completed QuestionnaireResponse with its answers, by the person', async () => {
    const bundle = (
      await t.request({ method: 'GET', url: recordUrl(person.me.id, 'export.fhir.json'), as: person })
    ).json<Bundle>();
    const questionnaire = ofType(bundle, 'Questionnaire')[0];
    expect(questionnaire).toMatchObject({ id: questionnaireId, title: 'Riverside monthly check', status: 'active' });
    const response = ofType(bundle, 'QuestionnaireResponse')[0];
    expect(response).toMatchObject({
      status: 'completed',
      questionnaire: questionnaire?.url,
      subject: { reference: `urn:uuid:${person.me.id}` },
      author: { reference: `urn:uuid:${person.me.id}` },
    });
    expect(response?.item).toEqual([
      { linkId: 'nights', text: 'Nights I slept well this week', answer: [{ valueInteger: 3 }] },
      {
        linkId: 'mood',
        text: 'How has this week felt?',
        answer: [{ valueCoding: { system: 'urn:riverside:mood', code: 'good', display: 'Good' } }],
      },
      { linkId: 'group', text: 'I went to a group this week', answer: [{ valueBoolean: false }] },
    ]);
    const score = ofType(bundle, 'Observation').find((o) => o.derivedFrom !== undefined);
    expect(score?.valueQuantity).toEqual({ value: 5.5 });
  });

  it('JSON: the self-checks and answers in the plan and the history', async () => {
    const res = await t.request({ method: 'GET', url: recordUrl(person.me.id, 'export.json'), as: person });
    expect(res.statusCode).toBe(200);
    const doc: RecordExport = zRecordExport.parse(res.json());
    expect(doc.plan.selfChecks.map((s) => [s.health, s.home, s.purpose, s.community])).toEqual([
      [4, 7, null, 5],
      [5, null, 6, null],
    ]);
    expect(doc.plan.questionnaireResponses.map((r) => [r.questionnaireTitle, r.score])).toEqual([
      ['Riverside monthly check', 5.5],
    ]);
    expect(doc.history.map((e) => e.command.type)).toEqual([
      'self-check.record',
      'self-check.record',
      'questionnaire.answer',
    ]);
  });
});
