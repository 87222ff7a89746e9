import type { PlanCommand, PlanCommandType, PlanSnapshot } from '@alongside/shared';
import { type As, readPlan, run, runForId } from './plan-api.js';
import { insertQuestionnaire } from './questionnaire-fixtures.js';
import type { SignedInPerson, TestApp } from './test-app.js';

/**
 * One of each kind of plan item, all valid, so that a refused command is refused by the rules and
 * never by bad input: a goal with two steps and a check-in, a choice (linked to the goal) with two
 * options (the first one chosen), a support linked to the goal, and a pending goal suggestion by
 * the specialist. Every command of `validCommands` is valid against it.
 */
export interface PlanFixture {
  goalId: string;
  goalVersion: number;
  stepId: string;
  stepVersion: number;
  choiceId: string;
  choiceVersion: number;
  optionIds: [string, string];
  supportId: string;
  supportVersion: number;
  suggestionId: string;
  resourceId: string;
  referralId: string;
  wellnessItemId: string;
  wellnessItemVersion: number;
  /** One of the organisation's questionnaires (see questionnaire-fixtures.ts). */
  questionnaireId: string;
}

export async function createPlanFixture(
  t: TestApp,
  participant: SignedInPerson,
  specialist: SignedInPerson,
): Promise<PlanFixture> {
  const pid = participant.me.id;
  const goalId = await runForId(t, participant, pid, {
    type: 'goal.create',
    title: 'Sleep through the night',
    why: 'Mornings feel possible',
    lifeArea: 'health',
  });
  const stepId = await runForId(t, participant, pid, { type: 'step.create', goalId, text: 'Phone off at ten' });
  await run(t, participant, pid, { type: 'step.create', goalId, text: 'Lights low after nine' });
  await run(t, participant, pid, { type: 'check-in.record', goalId, confidence: 6 });
  const choiceId = await runForId(t, participant, pid, {
    type: 'choice.create',
    question: 'How do I want to handle evenings?',
    goalId,
    options: [
      { label: 'A Tuesday meeting', pathway: 'mutual-help' },
      { label: 'Evening walks', pathway: 'self-directed' },
    ],
  });
  const options = (await readPlan(t, participant, pid)).choices.find((c) => c.id === choiceId)?.options ?? [];
  const [first, second] = options;
  if (!first || !second) throw new Error('fixture choice lost its options');
  // Decided, so that every choice command (revisit included) is valid against the fixture.
  await run(t, participant, pid, { type: 'choice.decide', choiceId, optionId: first.id, reasons: 'Company' });
  const supportId = await runForId(t, participant, pid, {
    type: 'support.create',
    label: 'My sister Ana',
    kind: 'family',
    howToReach: 'text her',
    goalIds: [goalId],
  });
  const suggestionId = await suggestGoal(t, specialist, pid, 'Walk every morning');
  const resourceId = await createResource(t, specialist, 'Riverside Tuesday meeting');
  const referralId = await runForId(t, participant, pid, { type: 'referral.create', resourceId, goalId });
  const wellnessItemId = await runForId(t, participant, pid, {
    type: 'wellness.create',
    section: 'triggers',
    text: 'Payday weekends',
    response: 'Plan the weekend with Ana',
    supportId,
  });
  await run(t, participant, pid, { type: 'wellness.create', section: 'triggers', text: 'Long nights alone' });
  const questionnaireId = await insertQuestionnaire(t, specialist);
  const plan = await readPlan(t, participant, pid);
  const choice = plan.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error('fixture choice missing');
  return {
    goalId,
    goalVersion: versionOf(plan.goals, goalId),
    stepId,
    stepVersion: versionOf(plan.steps, stepId),
    choiceId,
    choiceVersion: choice.version,
    optionIds: [first.id, second.id],
    supportId,
    supportVersion: versionOf(plan.supports, supportId),
    suggestionId,
    resourceId,
    referralId,
    wellnessItemId,
    wellnessItemVersion: versionOf(plan.wellnessItems, wellnessItemId),
    questionnaireId,
  };
}

/** An entry in the organisation's resource directory (specialists maintain it). */
export async function createResource(t: TestApp, by: SignedInPerson, name: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/resources',
    as: by,
    body: { name, category: 'mutual-help-meeting', cost: 'free' },
  });
  if (res.statusCode !== 201) throw new Error(`resource not created: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A pending goal suggestion by `specialist`. */
export function suggestGoal(t: TestApp, specialist: As, participantId: string, title: string): Promise<string> {
  return runForId(t, specialist, participantId, {
    type: 'suggestion.create',
    proposal: { kind: 'goal', title, lifeArea: 'community' },
    rationale: 'You mentioned feeling better outside',
  });
}

function versionOf(items: readonly { id: string; version: number }[], id: string): number {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`fixture item ${id} missing`);
  return item.version;
}

/**
 * A valid command of every type against the fixture. The record is total over the command union,
 * so a new command type fails to compile here until the matrix knows how to exercise it.
 */
export function validCommands(fx: PlanFixture, plan: PlanSnapshot): { [T in PlanCommandType]: PlanCommand } {
  return {
    'goal.create': { type: 'goal.create', title: 'Cook at home twice a week', lifeArea: 'home' },
    'goal.edit': { type: 'goal.edit', goalId: fx.goalId, version: fx.goalVersion, title: 'Sleep most nights' },
    'goal.set-status': { type: 'goal.set-status', goalId: fx.goalId, status: 'achieved' },
    'goal.reorder': { type: 'goal.reorder', goalIds: plan.goals.map((g) => g.id).reverse() },
    'goal.delete': { type: 'goal.delete', goalId: fx.goalId },
    'step.create': { type: 'step.create', goalId: fx.goalId, text: 'Warm milk' },
    'step.edit': { type: 'step.edit', stepId: fx.stepId, version: fx.stepVersion, text: 'Phone off at nine' },
    'step.set-done': { type: 'step.set-done', stepId: fx.stepId, done: true },
    'step.reorder': {
      type: 'step.reorder',
      goalId: fx.goalId,
      stepIds: plan.steps
        .filter((s) => s.goalId === fx.goalId)
        .map((s) => s.id)
        .reverse(),
    },
    'step.delete': { type: 'step.delete', stepId: fx.stepId },
    'suggestion.create': {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId: fx.goalId, text: 'Try a wind-down playlist' },
    },
    'suggestion.accept': { type: 'suggestion.accept', suggestionId: fx.suggestionId },
    'suggestion.decline': { type: 'suggestion.decline', suggestionId: fx.suggestionId },
    'suggestion.withdraw': { type: 'suggestion.withdraw', suggestionId: fx.suggestionId },
    'choice.create': { type: 'choice.create', question: 'Who do I tell first?' },
    'choice.edit': {
      type: 'choice.edit',
      choiceId: fx.choiceId,
      version: fx.choiceVersion,
      question: 'What do I do after work?',
    },
    'choice.add-option': {
      type: 'choice.add-option',
      choiceId: fx.choiceId,
      label: 'Church choir',
      pathway: 'faith-based',
    },
    'choice.remove-option': { type: 'choice.remove-option', choiceId: fx.choiceId, optionId: fx.optionIds[1] },
    'choice.decide': {
      type: 'choice.decide',
      choiceId: fx.choiceId,
      optionId: fx.optionIds[0],
      reasons: 'I like the people there',
    },
    'choice.record-disagreement': {
      type: 'choice.record-disagreement',
      choiceId: fx.choiceId,
      disagrees: true,
      note: 'My specialist thinks walks are enough',
    },
    'choice.revisit': { type: 'choice.revisit', choiceId: fx.choiceId },
    'choice.delete': { type: 'choice.delete', choiceId: fx.choiceId },
    'check-in.record': { type: 'check-in.record', goalId: fx.goalId, confidence: 7, wellbeing: 5 },
    'self-check.record': { type: 'self-check.record', health: 6, home: 7, purpose: 5, community: 4, note: 'Steadier' },
    'questionnaire.answer': {
      type: 'questionnaire.answer',
      questionnaireId: fx.questionnaireId,
      answers: [
        { linkId: 'nights', value: 4 },
        { linkId: 'mood', value: 'good' },
      ],
    },
    'support.create': { type: 'support.create', label: 'Thursday group', kind: 'mutual-help-group' },
    'support.edit': {
      type: 'support.edit',
      supportId: fx.supportId,
      version: fx.supportVersion,
      howToReach: 'call after six',
    },
    'support.delete': { type: 'support.delete', supportId: fx.supportId },
    'referral.create': { type: 'referral.create', resourceId: fx.resourceId },
    'referral.update': {
      type: 'referral.update',
      referralId: fx.referralId,
      status: 'contacted',
      followUpOn: '2026-12-01',
    },
    'referral.delete': { type: 'referral.delete', referralId: fx.referralId },
    'wellness.create': { type: 'wellness.create', section: 'crisis-helps', text: 'Quiet room, lights low' },
    'wellness.edit': {
      type: 'wellness.edit',
      itemId: fx.wellnessItemId,
      version: fx.wellnessItemVersion,
      response: 'Spend it with my sister',
    },
    'wellness.reorder': {
      type: 'wellness.reorder',
      section: 'triggers',
      itemIds: plan.wellnessItems
        .filter((i) => i.section === 'triggers')
        .map((i) => i.id)
        .reverse(),
    },
    'wellness.delete': { type: 'wellness.delete', itemId: fx.wellnessItemId },
    'wellness.review': { type: 'wellness.review' },
  };
}
