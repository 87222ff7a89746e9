import type { ErrorBody, PlanSnapshot, SuggestionProposal } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planUrl, readPlan, runForId, sendCommand, sendTypedCommand } from '../../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture } from '../../helpers/plan-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Bad input is refused with 400 and the name of the field to fix, on both the command's own route
 * (`field: 'title'`) and the generic one (`field: 'command.title'`). Fields the server owns — the
 * organisation, the author, the voice, whose plan it is — are refused when sent, never trusted.
 */
let t: TestApp;
let participant: SignedInPerson;
let specialist: SignedInPerson;
let pid: string;
let fx: PlanFixture;
let plan: PlanSnapshot;
beforeAll(async () => {
  t = await createTestApp();
  ({ participant, specialist } = await createCast(t));
  pid = participant.me.id;
  fx = await createPlanFixture(t, participant, specialist);
  plan = await readPlan(t, participant, pid);
});
afterAll(async () => {
  await t.close();
});

type Body = { type: string } & Record<string, unknown>;

interface Expectation {
  as?: SignedInPerson;
  /** The error code, when it is more specific than `validation_failed`. */
  code?: string;
  /**
   * Schema errors name the path in the request body, so the generic route prefixes `command.`;
   * the rules' own refusals name the command's field on both routes.
   */
  genericField?: string;
}

/**
 * Sends `command` through both routes; each must answer 400 naming the field — and the plan must
 * be exactly as before.
 */
async function expectFieldRefused(command: Body, field: string, options: Expectation = {}) {
  const as = options.as ?? participant;
  const answers: [LightMyRequestResponse, string][] = [
    [await sendTypedCommand(t, as, pid, command), field],
    [await sendCommand(t, as, pid, command), options.genericField ?? `command.${field}`],
  ];
  for (const [res, expected] of answers) {
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.field, res.body).toBe(expected);
    expect(body.error).toBe(options.code ?? 'validation_failed');
  }
  expect(await readPlan(t, participant, pid)).toEqual(plan);
}

/** A refusal by the plan's own rules: the same field on both routes. */
const rule = (field: string, code: string): [string, Expectation] => [field, { code, genericField: field }];

const longText = (n: number) => 'a'.repeat(n);

describe('validation errors name the field', () => {
  it('a goal title of 281 characters → title', async () => {
    await expectFieldRefused({ type: 'goal.create', title: longText(281), lifeArea: 'health' }, 'title');
  });

  it('a goal title of 280 characters is fine (the limit is the limit)', async () => {
    const res = await sendTypedCommand(t, participant, pid, {
      type: 'goal.create',
      title: longText(280),
      lifeArea: 'health',
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = await readPlan(t, participant, pid);
  });

  it('a title of only spaces → title', async () => {
    await expectFieldRefused({ type: 'goal.create', title: '   ', lifeArea: 'health' }, 'title');
  });

  it('a life area outside the four dimensions → lifeArea', async () => {
    await expectFieldRefused({ type: 'goal.create', title: 'Work', lifeArea: 'work' }, 'lifeArea');
  });

  it('a target date that is not a date → targetDate', async () => {
    await expectFieldRefused(
      { type: 'goal.create', title: 'Move', lifeArea: 'home', targetDate: '2025-13-45' },
      'targetDate',
    );
  });

  it('a confidence of 11 → confidence', async () => {
    await expectFieldRefused({ type: 'check-in.record', goalId: fx.goalId, confidence: 11 }, 'confidence');
  });

  it('a wellbeing of -1 → wellbeing', async () => {
    await expectFieldRefused({ type: 'check-in.record', wellbeing: -1 }, 'wellbeing');
  });

  it('a step of 281 characters → text', async () => {
    await expectFieldRefused({ type: 'step.create', goalId: fx.goalId, text: longText(281) }, 'text');
  });

  it('a goal id that is not an id → goalId', async () => {
    await expectFieldRefused({ type: 'step.create', goalId: 'goal-1', text: 'Walk' }, 'goalId');
  });

  it('an option pathway that does not exist → options.0.pathway', async () => {
    await expectFieldRefused(
      { type: 'choice.create', question: 'Which?', options: [{ label: 'Pills', pathway: 'pharma' }] },
      'options.0.pathway',
    );
  });

  it('a support kind that does not exist → kind', async () => {
    await expectFieldRefused({ type: 'support.create', label: 'Bob', kind: 'neighbour' }, 'kind');
  });

  it('an edit without the version it was made against → version', async () => {
    await expectFieldRefused({ type: 'goal.edit', goalId: fx.goalId, title: 'Rested' }, 'version');
  });

  it('a suggestion of a goal with a title of 281 characters → proposal.title', async () => {
    await expectFieldRefused(
      { type: 'suggestion.create', proposal: { kind: 'goal', title: longText(281), lifeArea: 'health' } },
      'proposal.title',
      { as: specialist },
    );
  });

  it('a malformed client operation id → clientOpId', async () => {
    const command = { type: 'goal.create', title: 'Sleep', lifeArea: 'health' } as const;
    for (const res of [
      await sendTypedCommand(t, participant, pid, command, 'no spaces allowed'),
      await sendCommand(t, participant, pid, command, 'short'),
    ]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<ErrorBody>().field).toBe('clientOpId');
    }
    expect(await readPlan(t, participant, pid)).toEqual(plan);
  });

  it('a history page size of 0 → limit', async () => {
    const res = await t.request({ method: 'GET', url: `${planUrl(pid)}/history?limit=0`, as: participant });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>().field).toBe('limit');
  });
});

describe('fields the server owns are refused, not trusted', () => {
  const goal = { type: 'goal.create', title: 'Cook at home', lifeArea: 'home' } as const;
  for (const [key, value] of [
    ['orgId', '00000000-0000-4000-8000-000000000000'],
    ['organisationId', '00000000-0000-4000-8000-000000000000'],
    ['createdBy', '00000000-0000-4000-8000-000000000000'],
    ['voice', 'specialist'],
    ['participantId', '00000000-0000-4000-8000-000000000000'],
    ['status', 'achieved'],
    ['fromSuggestionId', '00000000-0000-4000-8000-000000000000'],
    ['id', '00000000-0000-4000-8000-000000000000'],
  ] as const) {
    it(`goal.create with "${key}" → 400 naming ${key}; nothing created`, async () => {
      await expectFieldRefused({ ...goal, [key]: value }, key);
    });
  }

  it('a suggestion claiming to be in the participant’s voice → proposal.voice', async () => {
    await expectFieldRefused(
      {
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: 'Walk', lifeArea: 'health', voice: 'participant' },
      },
      'proposal.voice',
      { as: specialist },
    );
  });

  it('a suggestion naming its own author → authorId', async () => {
    await expectFieldRefused(
      {
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: 'Walk', lifeArea: 'health' },
        authorId: participant.me.id,
      },
      'authorId',
      { as: specialist },
    );
  });

  it('an option claiming who raised it → options.0.raisedBy', async () => {
    await expectFieldRefused(
      {
        type: 'choice.create',
        question: 'Which?',
        options: [{ label: 'Group', pathway: 'mutual-help', raisedBy: 'specialist' }],
      },
      'options.0.raisedBy',
    );
  });

  it('a check-in claiming to be recorded together → recordedTogether', async () => {
    await expectFieldRefused({ type: 'check-in.record', wellbeing: 5, recordedTogether: true }, 'recordedTogether');
  });

  it('the generic route refuses extra keys next to the command, too', async () => {
    const res = await t.request({
      method: 'POST',
      url: `${planUrl(pid)}/commands`,
      as: participant,
      body: { command: goal, participantId: specialist.me.id },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>().field).toBe('participantId');
    expect(await readPlan(t, participant, pid)).toEqual(plan);
  });
});

describe('rule-level refusals name the field', () => {
  async function pendingSuggestion(proposal: SuggestionProposal): Promise<string> {
    const id = await runForId(t, specialist, pid, { type: 'suggestion.create', proposal });
    plan = await readPlan(t, participant, pid);
    return id;
  }

  it('edits that do not fit the suggestion kind → 400 edits.<name>, the suggestion still pending', async () => {
    const goalSuggestion = await pendingSuggestion({ kind: 'goal', title: 'Walk daily', lifeArea: 'health' });
    await expectFieldRefused(
      { type: 'suggestion.accept', suggestionId: goalSuggestion, edits: { text: 'Walk' } },
      ...rule('edits.text', 'edit_not_applicable'),
    );
    const stepSuggestion = await pendingSuggestion({ kind: 'step', goalId: fx.goalId, text: 'Warm bath' });
    await expectFieldRefused(
      { type: 'suggestion.accept', suggestionId: stepSuggestion, edits: { title: 'Bath' } },
      ...rule('edits.title', 'edit_not_applicable'),
    );
    const supportSuggestion = await pendingSuggestion({ kind: 'support', label: 'Library', supportKind: 'other' });
    await expectFieldRefused(
      { type: 'suggestion.accept', suggestionId: supportSuggestion, edits: { notes: 'quiet' } },
      ...rule('edits.notes', 'edit_not_applicable'),
    );
    const optionSuggestion = await pendingSuggestion({
      kind: 'option',
      choiceId: fx.choiceId,
      label: 'Call a friend',
      pathway: 'peer-community',
    });
    await expectFieldRefused(
      { type: 'suggestion.accept', suggestionId: optionSuggestion, edits: { howToReach: 'phone' } },
      ...rule('edits.howToReach', 'edit_not_applicable'),
    );
    const statuses = plan.suggestions
      .filter((s) => [goalSuggestion, stepSuggestion, supportSuggestion, optionSuggestion].includes(s.id))
      .map((s) => s.status);
    expect(statuses).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('an edit of a field no suggestion has → edits.<name>', async () => {
    const id = await pendingSuggestion({ kind: 'goal', title: 'Read more', lifeArea: 'purpose' });
    await expectFieldRefused(
      { type: 'suggestion.accept', suggestionId: id, edits: { lifeArea: 'home' } },
      'edits.lifeArea',
    );
  });

  it('a goal reorder that leaves a goal out → 400 reorder_mismatch on goalIds', async () => {
    const ids = plan.goals.map((g) => g.id);
    expect(ids.length).toBeGreaterThan(1);
    await expectFieldRefused({ type: 'goal.reorder', goalIds: ids.slice(1) }, ...rule('goalIds', 'reorder_mismatch'));
  });

  it('a goal reorder that lists a goal twice → reorder_mismatch', async () => {
    const ids = plan.goals.map((g) => g.id);
    const [first = ''] = ids;
    await expectFieldRefused(
      { type: 'goal.reorder', goalIds: [...ids.slice(1), first, first] },
      ...rule('goalIds', 'reorder_mismatch'),
    );
  });

  it('a step reorder that leaves a step out → 400 reorder_mismatch on stepIds', async () => {
    const ids = plan.steps.filter((s) => s.goalId === fx.goalId).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(1);
    await expectFieldRefused(
      { type: 'step.reorder', goalId: fx.goalId, stepIds: ids.slice(0, -1) },
      ...rule('stepIds', 'reorder_mismatch'),
    );
  });

  it('a check-in with a confidence but no goal → 400 on goalId', async () => {
    await expectFieldRefused({ type: 'check-in.record', confidence: 6 }, ...rule('goalId', 'goal_required'));
  });
});
