import type { ErrorBody, PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, outsider, outsiderNames, type PlanCast } from '../../helpers/plan-actors.js';
import { errorOf, planUrl, readHistory, readPlan, run, sendCommand } from '../../helpers/plan-api.js';
import { insertQuestionnaire } from '../../helpers/questionnaire-fixtures.js';
import { createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Self-checks and answers to the organisation's questionnaires are the person's own: recorded
 * through the plan executor, in the plan, its self-checks part and its history; scored by the
 * weights the organisation declared; refused, naming the answer, when they do not fit.
 */
let t: TestApp;
let cast: PlanCast;
let questionnaireId: string;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
  questionnaireId = await insertQuestionnaire(t, cast.admin);
});
afterAll(async () => {
  await t.close();
});

async function fresh(): Promise<{ p: SignedInPerson; pid: string }> {
  const p = await invitePerson(t, cast.specialist, 'participant', { name: 'Sky Selfcheck' });
  return { p, pid: p.me.id };
}
const unchanged = (plan: PlanSnapshot) => ({ selfChecks: plan.selfChecks, responses: plan.questionnaireResponses });

describe('self-checks', () => {
  it('the person rates any of the four dimensions, with a note; it is in the plan, its part and the history', async () => {
    const { p, pid } = await fresh();
    await run(t, p, pid, {
      type: 'self-check.record',
      health: 6,
      home: 8,
      purpose: 4,
      community: 5,
      note: 'Slept better',
    });
    await run(t, p, pid, { type: 'self-check.record', community: 6 });
    const plan = await readPlan(t, p, pid);
    expect(plan.selfChecks.map((s) => [s.health, s.home, s.purpose, s.community, s.note, s.recordedBy])).toEqual([
      [6, 8, 4, 5, 'Slept better', 'participant'],
      [null, null, null, 6, null, 'participant'],
    ]);
    const own = await t.request({ method: 'GET', url: `${planUrl(pid)}/self-checks`, as: p });
    expect(own.json<{ selfChecks: unknown[] }>().selfChecks).toHaveLength(2);
    expect((await readHistory(t, p, pid)).map((e) => e.command.type)).toEqual([
      'self-check.record',
      'self-check.record',
    ]);
  });

  it('a self-check with no rating is refused, naming why; nothing stored', async () => {
    const { p, pid } = await fresh();
    const res = await sendCommand(t, p, pid, { type: 'self-check.record', note: 'Only words' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).error).toBe('empty_self_check');
    const out = await sendCommand(t, p, pid, { type: 'self-check.record', health: 11 });
    expect(out.statusCode).toBe(400);
    expect(errorOf(out).field).toBe('command.health');
    expect((await readPlan(t, p, pid)).selfChecks).toEqual([]);
  });

  it('a partnered specialist records one only with the person in a live session; outsiders cannot tell it exists', async () => {
    const pid = cast.participant.me.id;
    const res = await sendCommand(t, cast.specialist, pid, { type: 'self-check.record', health: 5 });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).error).toBe('live_session_required');
    const part = await t.request({ method: 'GET', url: `${planUrl(pid)}/self-checks`, as: cast.specialist });
    expect(part.statusCode).toBe(200);
    for (const name of outsiderNames) {
      const as = outsider(cast, name);
      const read = await t.request({ method: 'GET', url: `${planUrl(pid)}/self-checks`, as });
      expect(read.statusCode, name).toBe(404);
      const write = await sendCommand(t, as, pid, { type: 'self-check.record', health: 5 });
      expect(write.statusCode, name).toBe(404);
    }
    expect((await readPlan(t, cast.participant, pid)).selfChecks).toEqual([]);
  });
});

describe('answering a questionnaire', () => {
  it('scores by the declared weights: the integer itself, the option’s ordinal value, a yes’s weight', async () => {
    const { p, pid } = await fresh();
    await run(t, p, pid, {
      type: 'questionnaire.answer',
      questionnaireId,
      answers: [
        { linkId: 'nights', value: 4 },
        { linkId: 'mood', value: 'good' },
        { linkId: 'group', value: true },
        { linkId: 'words', value: 'A good week' },
      ],
    });
    await run(t, p, pid, {
      type: 'questionnaire.answer',
      questionnaireId,
      answers: [
        { linkId: 'nights', value: 2 },
        { linkId: 'mood', value: 'mixed' },
        { linkId: 'group', value: false },
      ],
    });
    const plan = await readPlan(t, p, pid);
    expect(plan.questionnaireResponses.map((r) => [r.questionnaireTitle, r.score])).toEqual([
      ['Riverside weekly check', 9.5],
      ['Riverside weekly check', 3],
    ]);
    expect(plan.questionnaireResponses[0]?.answers).toContainEqual({ linkId: 'words', value: 'A good week' });
    expect((await readHistory(t, p, pid)).at(-1)?.effects[0]).toMatchObject({ kind: 'questionnaire-response' });
  });

  it.each([
    ['an item it does not have', [{ linkId: 'nope', value: 1 }], 'answers.0.linkId'],
    ['a word where a number goes', [{ linkId: 'nights', value: 'four' }], 'answers.0.value'],
    [
      'a value that is not one of the options',
      [
        { linkId: 'nights', value: 3 },
        { linkId: 'mood', value: 'great' },
      ],
      'answers.1.value',
    ],
    ['a number for yes/no', [{ linkId: 'group', value: 1 }], 'answers.0.value'],
    [
      'the same item twice',
      [
        { linkId: 'nights', value: 3 },
        { linkId: 'nights', value: 4 },
      ],
      'answers.1.linkId',
    ],
    ['a required item left out', [{ linkId: 'nights', value: 3 }], 'answers'],
  ])('refuses %s, naming the answer; nothing stored', async (_, answers, field) => {
    const { p, pid } = await fresh();
    const res = await sendCommand(t, p, pid, { type: 'questionnaire.answer', questionnaireId, answers });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>()).toMatchObject({ error: 'invalid_answer', field });
    expect(unchanged(await readPlan(t, p, pid))).toEqual({ selfChecks: [], responses: [] });
  });

  it('another organisation’s questionnaire, or a retired one, is not found; a specialist cannot answer for the person', async () => {
    const { p, pid } = await fresh();
    const theirs = await insertQuestionnaire(t, cast.otherOrgSpecialist, 'Not yours');
    const answers = [
      { linkId: 'nights', value: 1 },
      { linkId: 'mood', value: 'hard' },
    ];
    const foreign = await sendCommand(t, p, pid, { type: 'questionnaire.answer', questionnaireId: theirs, answers });
    expect(foreign.statusCode).toBe(404);
    const retired = await insertQuestionnaire(t, cast.admin, 'Old one');
    await t.request({ method: 'POST', url: `/api/organisation/questionnaires/${retired}/retire`, as: cast.admin });
    const old = await sendCommand(t, p, pid, { type: 'questionnaire.answer', questionnaireId: retired, answers });
    expect(old.statusCode).toBe(404);
    const forThem = await sendCommand(t, cast.specialist, pid, {
      type: 'questionnaire.answer',
      questionnaireId,
      answers,
    });
    expect(forThem.statusCode).toBe(403);
    expect(errorOf(forThem).error).toBe('participant_decides');
    expect(unchanged(await readPlan(t, p, pid))).toEqual({ selfChecks: [], responses: [] });
  });
});
