import type { PlanEvent, PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, readPlan, run, runForId } from '../../helpers/plan-api.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Whose words, field by field. When the person changes some of a suggestion's words before
 * accepting it, what they changed is in their voice and what they left is still the specialist's
 * — on the plan item, and in the effect the history shows. A later edit of one text changes only
 * that text's voice.
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

async function fresh() {
  const p = await invitePerson(t, specialist, 'participant', { name: 'Fen Field' });
  return { p, pid: p.me.id };
}
const goal = (plan: PlanSnapshot, id: string) => plan.goals.find((g) => g.id === id);
const eventAt = (events: PlanEvent[], seq: number) => events.find((e) => e.seq === seq);

describe('per-field voice', () => {
  it('a goal whose title the person reworded keeps “why it matters” in the specialist’s words', async () => {
    const { p, pid } = await fresh();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Go to meetings', why: 'Company helps on weekends', lifeArea: 'community' },
    });
    const accepted = await run(t, p, pid, {
      type: 'suggestion.accept',
      suggestionId,
      edits: { title: 'Try one meeting and see' },
    });
    const goalId = accepted.ids[0] ?? '';
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({
      title: 'Try one meeting and see',
      voice: 'participant',
      why: 'Company helps on weekends',
      whyVoice: 'specialist',
    });
    const event = eventAt(await readHistory(t, p, pid), accepted.seq);
    expect(event?.effects).toContainEqual({
      kind: 'goal',
      value: expect.objectContaining({ voice: 'participant', whyVoice: 'specialist' }),
    });
  });

  it('both fields reworded: both in the person’s words; only “why”: the title stays the specialist’s', async () => {
    const { p, pid } = await fresh();
    const both = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Sleep more', why: 'Rest helps', lifeArea: 'health' },
    });
    const whyOnly = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Cook at home', lifeArea: 'home' },
    });
    const [bothId = ''] = (
      await run(t, p, pid, {
        type: 'suggestion.accept',
        suggestionId: both,
        edits: { title: 'Bed by eleven', why: 'I am calmer rested' },
      })
    ).ids;
    const [whyId = ''] = (
      await run(t, p, pid, { type: 'suggestion.accept', suggestionId: whyOnly, edits: { why: 'Saves money' } })
    ).ids;
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, bothId)).toMatchObject({ voice: 'participant', whyVoice: 'participant' });
    expect(goal(plan, whyId)).toMatchObject({ title: 'Cook at home', voice: 'specialist', whyVoice: 'participant' });
  });

  it('a later edit of only the “why” leaves the title in the words it was in', async () => {
    const { p, pid } = await fresh();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Walk daily', why: 'Fresh air', lifeArea: 'health' },
    });
    const [goalId = ''] = (await run(t, p, pid, { type: 'suggestion.accept', suggestionId })).ids;
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({ voice: 'specialist', whyVoice: 'specialist' });
    await run(t, p, pid, { type: 'goal.edit', goalId, version: 1, why: 'I think better outside' });
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({ voice: 'specialist', whyVoice: 'participant' });
    await run(t, p, pid, { type: 'goal.edit', goalId, version: 2, title: 'Walk most days' });
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({ voice: 'participant', whyVoice: 'participant' });
  });

  it('a goal rewording of the title only leaves “why” in the voice it had', async () => {
    const { p, pid } = await fresh();
    const goalId = await runForId(t, p, pid, {
      type: 'goal.create',
      title: 'be better',
      why: 'For my kids',
      lifeArea: 'purpose',
    });
    const rewording = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal-rewording', goalId, version: 1, title: 'Find work I enjoy' },
    });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: rewording });
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({
      title: 'Find work I enjoy',
      voice: 'specialist',
      why: 'For my kids',
      whyVoice: 'participant',
    });
  });

  it('an option’s notes and a support’s label keep the specialist’s voice when only the other text changed', async () => {
    const { p, pid } = await fresh();
    const choiceId = await runForId(t, p, pid, { type: 'choice.create', question: 'Evenings?' });
    const option = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: {
        kind: 'option',
        choiceId,
        label: 'Talk to a doctor',
        notes: 'About sleep too',
        pathway: 'medication',
      },
    });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: option, edits: { label: 'Ask my GP' } });
    const support = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'support', label: 'Sunday walkers', supportKind: 'peer', howToReach: 'The park gate' },
    });
    const [supportId = ''] = (
      await run(t, p, pid, { type: 'suggestion.accept', suggestionId: support, edits: { label: 'The walking group' } })
    ).ids;
    const plan = await readPlan(t, p, pid);
    expect(plan.choices[0]?.options[0]).toMatchObject({
      label: 'Ask my GP',
      raisedBy: 'specialist',
      voice: 'participant',
      notes: 'About sleep too',
      notesVoice: 'specialist',
    });
    expect(plan.supports.find((s) => s.id === supportId)).toMatchObject({
      label: 'The walking group',
      voice: 'participant',
      howToReach: 'The park gate',
      howToReachVoice: 'specialist',
    });
  });

  it('the person’s own option and support are in their voice throughout', async () => {
    const { p, pid } = await fresh();
    const choiceId = await runForId(t, p, pid, { type: 'choice.create', question: 'Weekends?' });
    await run(t, p, pid, {
      type: 'choice.add-option',
      choiceId,
      label: 'Visit my sister',
      notes: 'Bus on Saturday',
      pathway: 'self-directed',
    });
    await run(t, p, pid, { type: 'support.create', label: 'My sister', kind: 'family', howToReach: 'Her mobile' });
    const plan = await readPlan(t, p, pid);
    expect(plan.choices[0]?.options[0]).toMatchObject({ raisedBy: 'participant', voice: 'participant' });
    expect(plan.choices[0]?.options[0]?.notesVoice).toBe('participant');
    expect(plan.supports[0]).toMatchObject({ voice: 'participant', howToReachVoice: 'participant' });
  });
});
