import type { CommandResult, PlanCommand } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, opId, readHistory, readPlan, run, sendCommand, sendTypedCommand } from '../../helpers/plan-api.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * A phone on a bad connection retries. Retrying with the same client operation id returns the
 * first answer and changes nothing; reusing an id for something else is refused.
 */
let t: TestApp;
let specialist: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  ({ specialist } = await createCast(t));
});
afterAll(async () => {
  await t.close();
});

/** A participant of their own, partnered with the specialist, so each test starts from an empty plan. */
const newParticipant = () => invitePerson(t, specialist, 'participant', { name: 'Rae Retry' });

const sleepGoal: PlanCommand = { type: 'goal.create', title: 'Sleep better', lifeArea: 'health' };

describe('idempotent retries', () => {
  it('the same operation twice answers the same {seq, ids}, with one event and one goal', async () => {
    const p = await newParticipant();
    const op = opId();
    const first = await sendCommand(t, p, p.me.id, sleepGoal, op);
    expect(first.statusCode, first.body).toBe(200);
    const again = await sendCommand(t, p, p.me.id, sleepGoal, op);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<CommandResult>()).toEqual(first.json<CommandResult>());
    const plan = await readPlan(t, p, p.me.id);
    expect(plan.seq).toBe(1);
    expect(plan.goals.map((g) => g.title)).toEqual(['Sleep better']);
    expect(await readHistory(t, p, p.me.id)).toHaveLength(1);
  });

  it('a retry after later changes still answers the first result and adds nothing', async () => {
    const p = await newParticipant();
    const op = opId();
    const first = await run(t, p, p.me.id, sleepGoal, op);
    await run(t, p, p.me.id, { type: 'goal.create', title: 'Call my brother', lifeArea: 'community' });
    const retried = await run(t, p, p.me.id, sleepGoal, op);
    expect(retried).toEqual(first);
    const plan = await readPlan(t, p, p.me.id);
    expect(plan.seq).toBe(2);
    expect(plan.goals.map((g) => g.title)).toEqual(['Sleep better', 'Call my brother']);
  });

  it('a retry through the command’s own route is recognised as the same operation', async () => {
    const p = await newParticipant();
    const op = opId();
    const first = await run(t, p, p.me.id, sleepGoal, op);
    const viaTyped = await sendTypedCommand(t, p, p.me.id, sleepGoal, op);
    expect(viaTyped.statusCode, viaTyped.body).toBe(200);
    expect(viaTyped.json<CommandResult>()).toEqual(first);
    expect((await readPlan(t, p, p.me.id)).goals).toHaveLength(1);
  });

  it('a retry of a step being ticked off does not tick it twice or move its date', async () => {
    const p = await newParticipant();
    const [goalId = ''] = (await run(t, p, p.me.id, sleepGoal)).ids;
    const [stepId = ''] = (await run(t, p, p.me.id, { type: 'step.create', goalId, text: 'Phone off' })).ids;
    const op = opId();
    const tick: PlanCommand = { type: 'step.set-done', stepId, done: true, doneOn: '2024-03-01' };
    const first = await run(t, p, p.me.id, tick, op);
    await run(t, p, p.me.id, { type: 'step.set-done', stepId, done: false });
    // The late retry of the first tick must not undo the person's later "not done yet".
    expect(await run(t, p, p.me.id, tick, op)).toEqual(first);
    const plan = await readPlan(t, p, p.me.id);
    expect(plan.steps[0]?.doneOn).toBeNull();
    expect(plan.seq).toBe(4);
  });

  it('the same operation id with a different command → 409 operation_id_reused, nothing changes', async () => {
    const p = await newParticipant();
    const op = opId();
    await run(t, p, p.me.id, sleepGoal, op);
    const before = await readPlan(t, p, p.me.id);
    const other: PlanCommand = { type: 'goal.create', title: 'Sleep much better', lifeArea: 'health' };
    const res = await sendCommand(t, p, p.me.id, other, op);
    expect(res.statusCode, res.body).toBe(409);
    expect(errorOf(res)).toMatchObject({ error: 'operation_id_reused', field: 'clientOpId' });
    expect(await readPlan(t, p, p.me.id)).toEqual(before);
  });

  it('the same operation id on another person’s plan → 409 operation_id_reused', async () => {
    const a = await newParticipant();
    const b = await newParticipant();
    const op = opId();
    const suggestion: PlanCommand = {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Try the Tuesday group', lifeArea: 'community' },
    };
    await run(t, specialist, a.me.id, suggestion, op);
    const res = await sendCommand(t, specialist, b.me.id, suggestion, op);
    expect(res.statusCode, res.body).toBe(409);
    expect(errorOf(res).error).toBe('operation_id_reused');
    expect((await readPlan(t, b, b.me.id)).suggestions).toEqual([]);
  });

  it('operation ids belong to one person: the same id from two people is two operations', async () => {
    const p = await newParticipant();
    const op = opId();
    await run(t, p, p.me.id, sleepGoal, op);
    const suggestion: PlanCommand = {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Walk at lunch', lifeArea: 'health' },
    };
    const res = await sendCommand(t, specialist, p.me.id, suggestion, op);
    expect(res.statusCode, res.body).toBe(200);
    const plan = await readPlan(t, p, p.me.id);
    expect(plan.seq).toBe(2);
    expect(plan.suggestions).toHaveLength(1);
  });

  it('concurrent copies of one operation → every copy gets the same answer, exactly one event', async () => {
    const p = await newParticipant();
    await run(t, p, p.me.id, { type: 'goal.create', title: 'Warm-up', lifeArea: 'home' });
    const op = opId();
    const copies = await Promise.all(Array.from({ length: 6 }, () => sendCommand(t, p, p.me.id, sleepGoal, op)));
    for (const res of copies) expect(res.statusCode, res.body).toBe(200);
    const answers = copies.map((res) => res.json<CommandResult>());
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.seq).toBe(2);
    const events = await readHistory(t, p, p.me.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect((await readPlan(t, p, p.me.id)).goals.filter((g) => g.title === 'Sleep better')).toHaveLength(1);
  });

  it('concurrent copies of one operation on a plan with no events yet → exactly one event', async () => {
    const p = await newParticipant();
    const op = opId();
    const copies = await Promise.all(Array.from({ length: 4 }, () => sendCommand(t, p, p.me.id, sleepGoal, op)));
    for (const res of copies) expect(res.statusCode, res.body).toBe(200);
    expect(new Set(copies.map((res) => res.body)).size).toBe(1);
    expect(await readHistory(t, p, p.me.id)).toHaveLength(1);
  });

  it('concurrent different commands on one plan get distinct, gap-free seqs', async () => {
    const p = await newParticipant();
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
    const results = await Promise.all(
      titles.map((title) => run(t, p, p.me.id, { type: 'goal.create', title, lifeArea: 'purpose' }, opId())),
    );
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect((await readHistory(t, p, p.me.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
