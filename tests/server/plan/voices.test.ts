import type { PlanEvent, PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, readPlan, run, runForId } from '../../helpers/plan-api.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Every piece of text remembers whose words it is. A suggestion accepted as is stays in the
 * specialist's voice; edited first, or edited later by the person, it becomes the participant's.
 * The history shows both: who suggested, and who decided.
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

async function freshParticipant() {
  const p = await invitePerson(t, specialist, 'participant', { name: 'Vic Voice' });
  return { p, pid: p.me.id };
}

const eventFor = (events: PlanEvent[], seq: number) => {
  const event = events.find((e) => e.seq === seq);
  if (!event) throw new Error(`no event ${seq}`);
  return event;
};

const goal = (plan: PlanSnapshot, id: string) => plan.goals.find((g) => g.id === id);
const suggestion = (plan: PlanSnapshot, id: string) => plan.suggestions.find((s) => s.id === id);

describe('voices', () => {
  it("the participant's own text is in the participant's voice, in the plan and in its history", async () => {
    const { p, pid } = await freshParticipant();
    const goalId = await runForId(t, p, pid, { type: 'goal.create', title: 'Paint again', lifeArea: 'purpose' });
    await run(t, p, pid, { type: 'step.create', goalId, text: 'Buy brushes' });
    await run(t, p, pid, {
      type: 'choice.create',
      question: 'Where do I paint?',
      options: [{ label: 'Kitchen table', pathway: 'self-directed' }],
    });
    await run(t, p, pid, { type: 'support.create', label: 'Art club', kind: 'peer', goalIds: [goalId] });
    await run(t, p, pid, { type: 'check-in.record', goalId, confidence: 4, note: 'Nervous' });
    const plan = await readPlan(t, p, pid);
    expect(plan.goals.map((g) => g.voice)).toEqual(['participant']);
    expect(plan.steps.map((s) => s.voice)).toEqual(['participant']);
    expect(plan.choices.map((c) => [c.voice, c.options.map((o) => o.raisedBy)])).toEqual([
      ['participant', ['participant']],
    ]);
    expect(plan.supports.map((s) => s.voice)).toEqual(['participant']);
    expect(plan.checkIns.map((c) => [c.recordedBy, c.recordedTogether])).toEqual([['participant', false]]);
    const events = await readHistory(t, p, pid);
    expect(events.map((e) => [e.actor.role, e.voice])).toEqual(Array(5).fill(['participant', 'participant']));
    expect(events.every((e) => e.actor.id === pid && e.actor.name === 'Vic Voice')).toBe(true);
  });

  it('a goal suggestion accepted as is: the specialist’s words, with both voices in the history', async () => {
    const { p, pid } = await freshParticipant();
    const suggested = await run(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Walk with the Sunday group', why: 'Company helps', lifeArea: 'community' },
      rationale: 'You said weekends are hard',
    });
    const suggestionId = suggested.ids[0] ?? '';
    const accepted = await run(t, p, pid, { type: 'suggestion.accept', suggestionId });
    const [goalId = ''] = accepted.ids;
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, goalId)).toMatchObject({
      title: 'Walk with the Sunday group',
      why: 'Company helps',
      voice: 'specialist',
      fromSuggestionId: suggestionId,
      status: 'active',
    });
    expect(suggestion(plan, suggestionId)).toMatchObject({ status: 'accepted', resultId: goalId });

    const events = await readHistory(t, p, pid);
    const create = eventFor(events, suggested.seq);
    expect(create).toMatchObject({
      actor: { id: specialist.me.id, role: 'specialist', name: specialist.me.name },
      voice: 'specialist',
      command: { type: 'suggestion.create' },
    });
    const accept = eventFor(events, accepted.seq);
    expect(accept).toMatchObject({
      actor: { id: pid, role: 'participant' },
      voice: 'specialist',
      command: { type: 'suggestion.accept', suggestionId },
    });
    expect(accept.effects).toContainEqual({ kind: 'goal', value: goal(plan, goalId) });
  });

  it('edit-then-accept: the participant’s words, status edited, still traced to the suggestion', async () => {
    const { p, pid } = await freshParticipant();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Go to meetings', lifeArea: 'community' },
    });
    const accepted = await run(t, p, pid, {
      type: 'suggestion.accept',
      suggestionId,
      edits: { title: 'Try one meeting and see' },
    });
    const [goalId = ''] = accepted.ids;
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, goalId)).toMatchObject({
      title: 'Try one meeting and see',
      voice: 'participant',
      fromSuggestionId: suggestionId,
    });
    expect(suggestion(plan, suggestionId)).toMatchObject({
      status: 'edited',
      resultId: goalId,
      // The specialist's original words are kept on the suggestion.
      proposal: { title: 'Go to meetings' },
    });
    const events = await readHistory(t, p, pid);
    expect(eventFor(events, accepted.seq)).toMatchObject({ actor: { role: 'participant' }, voice: 'participant' });
  });

  it('“edits” identical to the suggested words are an acceptance as is', async () => {
    const { p, pid } = await freshParticipant();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Drink water', lifeArea: 'health' },
    });
    const [goalId = ''] = (
      await run(t, p, pid, { type: 'suggestion.accept', suggestionId, edits: { title: 'Drink water' } })
    ).ids;
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, goalId)?.voice).toBe('specialist');
    expect(suggestion(plan, suggestionId)?.status).toBe('accepted');
  });

  it('a later edit of the text by the participant makes a specialist-voiced goal theirs', async () => {
    const { p, pid } = await freshParticipant();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Cook on Sundays', lifeArea: 'home' },
    });
    const [goalId = ''] = (await run(t, p, pid, { type: 'suggestion.accept', suggestionId })).ids;
    // Moving it to another life area changes no words: still the specialist's.
    await run(t, p, pid, { type: 'goal.edit', goalId, version: 1, lifeArea: 'health' });
    expect(goal(await readPlan(t, p, pid), goalId)).toMatchObject({ voice: 'specialist', version: 2 });
    const edited = await run(t, p, pid, { type: 'goal.edit', goalId, version: 2, title: 'Cook with my kids' });
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, goalId)).toMatchObject({
      title: 'Cook with my kids',
      voice: 'participant',
      fromSuggestionId: suggestionId,
      version: 3,
    });
    expect(eventFor(await readHistory(t, p, pid), edited.seq)).toMatchObject({
      actor: { role: 'participant' },
      voice: 'participant',
    });
  });

  it('a step suggestion accepted as is and a step rewording edited first', async () => {
    const { p, pid } = await freshParticipant();
    const goalId = await runForId(t, p, pid, { type: 'goal.create', title: 'Sleep', lifeArea: 'health' });
    const stepSuggestion = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId, text: 'No coffee after noon' },
    });
    const [stepId = ''] = (await run(t, p, pid, { type: 'suggestion.accept', suggestionId: stepSuggestion })).ids;
    let plan = await readPlan(t, p, pid);
    expect(plan.steps.find((s) => s.id === stepId)).toMatchObject({
      goalId,
      text: 'No coffee after noon',
      voice: 'specialist',
      fromSuggestionId: stepSuggestion,
    });
    const rewording = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step-rewording', stepId, version: 1, text: 'No coffee after 11' },
    });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: rewording, edits: { text: 'Decaf after lunch' } });
    plan = await readPlan(t, p, pid);
    expect(plan.steps.find((s) => s.id === stepId)).toMatchObject({
      text: 'Decaf after lunch',
      voice: 'participant',
      version: 2,
    });
    expect(suggestion(plan, rewording)).toMatchObject({ status: 'edited', resultId: stepId });
  });

  it('a goal rewording accepted as is puts the goal text in the specialist’s words', async () => {
    const { p, pid } = await freshParticipant();
    const goalId = await runForId(t, p, pid, { type: 'goal.create', title: 'be better', lifeArea: 'purpose' });
    const rewording = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal-rewording', goalId, version: 1, title: 'Find work I enjoy' },
    });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: rewording });
    const plan = await readPlan(t, p, pid);
    expect(goal(plan, goalId)).toMatchObject({ title: 'Find work I enjoy', voice: 'specialist', version: 2 });
    expect(suggestion(plan, rewording)).toMatchObject({ status: 'accepted', resultId: goalId });
  });

  it('an option suggested by the specialist stays raised by the specialist; reworded, its label is in the person’s words', async () => {
    const { p, pid } = await freshParticipant();
    const choiceId = await runForId(t, p, pid, { type: 'choice.create', question: 'Evenings?' });
    const asIs = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'option', choiceId, label: 'SMART Recovery meeting', pathway: 'mutual-help' },
    });
    const edited = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'option', choiceId, label: 'Talk to a doctor', pathway: 'medication' },
    });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: asIs });
    await run(t, p, pid, { type: 'suggestion.accept', suggestionId: edited, edits: { label: 'Ask my GP' } });
    const plan = await readPlan(t, p, pid);
    expect(plan.choices[0]?.options).toMatchObject([
      { label: 'SMART Recovery meeting', raisedBy: 'specialist', voice: 'specialist', fromSuggestionId: asIs },
      { label: 'Ask my GP', raisedBy: 'specialist', voice: 'participant', fromSuggestionId: edited },
    ]);
    expect([suggestion(plan, asIs)?.status, suggestion(plan, edited)?.status]).toEqual(['accepted', 'edited']);
  });

  it('a support suggestion edited first: what the person wrote is in their voice, the label still the specialist’s', async () => {
    const { p, pid } = await freshParticipant();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'support', label: 'Community garden', supportKind: 'community-organisation' },
    });
    const [supportId = ''] = (
      await run(t, p, pid, { type: 'suggestion.accept', suggestionId, edits: { howToReach: 'Saturdays 10am' } })
    ).ids;
    const plan = await readPlan(t, p, pid);
    expect(plan.supports.find((s) => s.id === supportId)).toMatchObject({
      label: 'Community garden',
      kind: 'community-organisation',
      howToReach: 'Saturdays 10am',
      voice: 'specialist',
      howToReachVoice: 'participant',
      fromSuggestionId: suggestionId,
    });
  });

  it('declining is the participant’s act, costs nothing, and adds nothing to the plan', async () => {
    const { p, pid } = await freshParticipant();
    const suggestionId = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Stop seeing old friends', lifeArea: 'community' },
    });
    const before = await readPlan(t, p, pid);
    const declined = await run(t, p, pid, { type: 'suggestion.decline', suggestionId });
    const plan = await readPlan(t, p, pid);
    expect(suggestion(plan, suggestionId)).toMatchObject({ status: 'declined', decisionNote: null });
    expect(plan.goals).toEqual(before.goals);
    expect(eventFor(await readHistory(t, p, pid), declined.seq)).toMatchObject({
      actor: { role: 'participant' },
      voice: 'participant',
    });
  });
});
