import type { Choice, ErrorBody, Goal, PlanCommand, Step, Support } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlan, run, runForId, sendCommand } from '../../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture } from '../../helpers/plan-fixtures.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * The person edits on their phone and on the shared screen at once. An edit made against text that
 * has since changed is refused with 409 and the text as it is now — never a silent overwrite.
 */
let t: TestApp;
let specialist: SignedInPerson;
let p: SignedInPerson;
let fx: PlanFixture;
beforeAll(async () => {
  t = await createTestApp();
  ({ specialist } = await createCast(t));
  p = await invitePerson(t, specialist, 'participant', { name: 'Pia Two-Devices' });
  fx = await createPlanFixture(t, p, specialist);
});
afterAll(async () => {
  await t.close();
});

interface StaleConflict extends ErrorBody {
  current: unknown;
}

/** Both edits were made against the same version: the first lands, the second is refused. */
async function editTwice(first: PlanCommand, second: PlanCommand): Promise<StaleConflict> {
  await run(t, p, p.me.id, first);
  const before = await readPlan(t, p, p.me.id);
  const res = await sendCommand(t, p, p.me.id, second);
  expect(res.statusCode, res.body).toBe(409);
  const body = res.json<StaleConflict>();
  expect(body.error).toBe('stale_version');
  expect(await readPlan(t, p, p.me.id)).toEqual(before);
  return body;
}

describe('stale versions', () => {
  it('goal: the second edit from the same version → 409 with the goal as it is now', async () => {
    const v = fx.goalVersion;
    const body = await editTwice(
      { type: 'goal.edit', goalId: fx.goalId, version: v, title: 'Sleep seven hours' },
      { type: 'goal.edit', goalId: fx.goalId, version: v, title: 'Sleep without pills' },
    );
    const goal = (await readPlan(t, p, p.me.id)).goals.find((g) => g.id === fx.goalId);
    expect(body.current).toEqual(goal);
    expect(body.current).toMatchObject({ title: 'Sleep seven hours', version: v + 1 } satisfies Partial<Goal>);
  });

  it('goal: a stale edit of only the life area is refused too', async () => {
    const goal = (await readPlan(t, p, p.me.id)).goals.find((g) => g.id === fx.goalId);
    const v = goal?.version ?? 0;
    const body = await editTwice(
      { type: 'goal.edit', goalId: fx.goalId, version: v, why: 'So I can work mornings' },
      { type: 'goal.edit', goalId: fx.goalId, version: v, lifeArea: 'purpose' },
    );
    expect(body.current).toMatchObject({ why: 'So I can work mornings', lifeArea: 'health', version: v + 1 });
  });

  it('step: the second edit from the same version → 409 with the step as it is now', async () => {
    const v = fx.stepVersion;
    const body = await editTwice(
      { type: 'step.edit', stepId: fx.stepId, version: v, text: 'Phone in the kitchen' },
      { type: 'step.edit', stepId: fx.stepId, version: v, text: 'Phone on silent' },
    );
    const step = (await readPlan(t, p, p.me.id)).steps.find((s) => s.id === fx.stepId);
    expect(body.current).toEqual(step);
    expect(body.current).toMatchObject({ text: 'Phone in the kitchen', version: v + 1 } satisfies Partial<Step>);
  });

  it('choice: the second question edit from the same version → 409 with the choice as it is now', async () => {
    const v = fx.choiceVersion;
    const body = await editTwice(
      { type: 'choice.edit', choiceId: fx.choiceId, version: v, question: 'What helps after work?' },
      { type: 'choice.edit', choiceId: fx.choiceId, version: v, question: 'What do I do on Fridays?' },
    );
    const choice = (await readPlan(t, p, p.me.id)).choices.find((c) => c.id === fx.choiceId);
    expect(body.current).toEqual(choice);
    expect(body.current).toMatchObject({
      question: 'What helps after work?',
      version: v + 1,
    } satisfies Partial<Choice>);
  });

  it('support: the second edit from the same version → 409 with the support as it is now', async () => {
    const v = fx.supportVersion;
    const body = await editTwice(
      { type: 'support.edit', supportId: fx.supportId, version: v, label: 'Ana (sister)' },
      { type: 'support.edit', supportId: fx.supportId, version: v, howToReach: 'email' },
    );
    const support = (await readPlan(t, p, p.me.id)).supports.find((s) => s.id === fx.supportId);
    expect(body.current).toEqual(support);
    expect(body.current).toMatchObject({
      label: 'Ana (sister)',
      howToReach: 'text her',
      version: v + 1,
    } satisfies Partial<Support>);
  });

  it('a goal rewording accepted after the goal changed → 409, the goal keeps the newer words', async () => {
    const goalId = await runForId(t, p, p.me.id, { type: 'goal.create', title: 'Get outside', lifeArea: 'health' });
    const suggestionId = await runForId(t, specialist, p.me.id, {
      type: 'suggestion.create',
      proposal: { kind: 'goal-rewording', goalId, version: 1, title: 'Get outside every day' },
    });
    await run(t, p, p.me.id, { type: 'goal.edit', goalId, version: 1, title: 'Get outside most days' });
    const before = await readPlan(t, p, p.me.id);
    const res = await sendCommand(t, p, p.me.id, { type: 'suggestion.accept', suggestionId });
    expect(res.statusCode, res.body).toBe(409);
    const body = res.json<StaleConflict>();
    expect(body.error).toBe('stale_version');
    expect(body.current).toMatchObject({
      id: goalId,
      title: 'Get outside most days',
      version: 2,
      voice: 'participant',
    });
    const after = await readPlan(t, p, p.me.id);
    expect(after).toEqual(before);
    // Still the person's to decide: the suggestion waits, it was not used up by the refusal.
    expect(after.suggestions.find((s) => s.id === suggestionId)?.status).toBe('pending');
  });

  it('a step rewording accepted after the step changed → 409, the step keeps the newer words', async () => {
    const stepId = await runForId(t, p, p.me.id, { type: 'step.create', goalId: fx.goalId, text: 'Stretch' });
    const suggestionId = await runForId(t, specialist, p.me.id, {
      type: 'suggestion.create',
      proposal: { kind: 'step-rewording', stepId, version: 1, text: 'Stretch for ten minutes' },
    });
    await run(t, p, p.me.id, { type: 'step.edit', stepId, version: 1, text: 'Stretch before bed' });
    const before = await readPlan(t, p, p.me.id);
    const res = await sendCommand(t, p, p.me.id, { type: 'suggestion.accept', suggestionId });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<StaleConflict>().current).toMatchObject({ id: stepId, text: 'Stretch before bed', version: 2 });
    expect(await readPlan(t, p, p.me.id)).toEqual(before);
  });

  it('an edit against the current version after a conflict succeeds', async () => {
    const goal = (await readPlan(t, p, p.me.id)).goals.find((g) => g.id === fx.goalId);
    const version = goal?.version ?? 0;
    const res = await sendCommand(t, p, p.me.id, { type: 'goal.edit', goalId: fx.goalId, version, title: 'Rested' });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await readPlan(t, p, p.me.id)).goals.find((g) => g.id === fx.goalId);
    expect(after).toMatchObject({ title: 'Rested', version: version + 1 });
  });
});
