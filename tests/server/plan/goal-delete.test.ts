import type { ErrorBody, PlanEffect } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, readPlan, run, runForId, sendCommand } from '../../helpers/plan-api.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Deleting a goal takes its steps and confidence check-ins with it and unlinks the choices and
 * supports that served it — each change spelled out in the event, so every open screen follows.
 */
let t: TestApp;
let participant: SignedInPerson;
let specialist: SignedInPerson;
let pid: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ participant, specialist } = await createCast(t));
  pid = participant.me.id;
});
afterAll(async () => {
  await t.close();
});

describe('goal.delete', () => {
  it('removes its steps and check-ins, unlinks its choices and supports, and says so in its effects', async () => {
    const goalId = await runForId(t, participant, pid, {
      type: 'goal.create',
      title: 'Quit smoking',
      lifeArea: 'health',
    });
    const otherGoal = await runForId(t, participant, pid, {
      type: 'goal.create',
      title: 'Save money',
      lifeArea: 'home',
    });
    const steps = [
      await runForId(t, participant, pid, { type: 'step.create', goalId, text: 'Patches' }),
      await runForId(t, participant, pid, { type: 'step.create', goalId, text: 'Tell friends' }),
    ];
    const keptStep = await runForId(t, participant, pid, { type: 'step.create', goalId: otherGoal, text: 'Budget' });
    const checkIn = await runForId(t, participant, pid, { type: 'check-in.record', goalId, confidence: 3 });
    const overall = await runForId(t, participant, pid, { type: 'check-in.record', wellbeing: 6 });
    const choiceId = await runForId(t, participant, pid, { type: 'choice.create', question: 'Which aid?', goalId });
    const supportId = await runForId(t, participant, pid, {
      type: 'support.create',
      label: 'Quitline',
      kind: 'professional',
      goalIds: [goalId, otherGoal],
    });

    const deleted = await run(t, participant, pid, { type: 'goal.delete', goalId });
    const plan = await readPlan(t, participant, pid);
    expect(plan.goals.map((g) => g.id)).toEqual([otherGoal]);
    expect(plan.steps.map((s) => s.id)).toEqual([keptStep]);
    expect(plan.checkIns.map((c) => c.id)).toEqual([overall]);
    expect(plan.choices.find((c) => c.id === choiceId)?.goalId).toBeNull();
    expect(plan.supports.find((s) => s.id === supportId)?.goalIds).toEqual([otherGoal]);

    const event = (await readHistory(t, participant, pid)).find((e) => e.seq === deleted.seq);
    const effects = event?.effects ?? [];
    const expected: PlanEffect[] = [
      { kind: 'step-removed', id: steps[0] ?? '' },
      { kind: 'step-removed', id: steps[1] ?? '' },
      { kind: 'check-in-removed', id: checkIn },
      { kind: 'goal-removed', id: goalId },
    ];
    for (const effect of expected) expect(effects).toContainEqual(effect);
    expect(effects).toContainEqual({ kind: 'choice', value: plan.choices.find((c) => c.id === choiceId) });
    expect(effects).toContainEqual({ kind: 'support', value: plan.supports.find((s) => s.id === supportId) });
    expect(effects).toHaveLength(6);
  });

  it('a pending suggestion about a deleted goal can no longer be accepted, and nothing changes', async () => {
    const goalId = await runForId(t, participant, pid, { type: 'goal.create', title: 'Run a 5k', lifeArea: 'health' });
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId, text: 'Couch to 5k app' },
    });
    await run(t, participant, pid, { type: 'goal.delete', goalId });
    const before = await readPlan(t, participant, pid);
    const res = await sendCommand(t, participant, pid, { type: 'suggestion.accept', suggestionId });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json<ErrorBody>().error).toBe('not_found');
    expect(await readPlan(t, participant, pid)).toEqual(before);
  });

  it('a deleted goal cannot be deleted again or given steps', async () => {
    const goalId = await runForId(t, participant, pid, { type: 'goal.create', title: 'Gone soon', lifeArea: 'home' });
    await run(t, participant, pid, { type: 'goal.delete', goalId });
    const before = await readPlan(t, participant, pid);
    for (const command of [
      { type: 'goal.delete', goalId },
      { type: 'step.create', goalId, text: 'Too late' },
    ] as const) {
      const res = await sendCommand(t, participant, pid, command);
      expect(res.statusCode, res.body).toBe(404);
    }
    expect(await readPlan(t, participant, pid)).toEqual(before);
  });
});
