import {
  type PlanCommand,
  type PlanSnapshot,
  type SuggestionProposal,
  wellnessSectionsWithResponse,
} from '@alongside/shared';
import type { Move } from './plan-arbitraries.js';

/** Turns a move into a command against `plan`, picking real ids (or, now and then, a stray one). */
export function commandFor(move: Move, plan: PlanSnapshot): PlanCommand {
  const pickFrom = <T extends { id: string }>(items: readonly T[], n = move.pick): T | undefined =>
    move.strayId || items.length === 0 ? undefined : items[n % items.length];
  const idOf = (item: { id: string } | undefined) => item?.id ?? crypto.randomUUID();
  const goal = pickFrom(plan.goals);
  const step = pickFrom(plan.steps);
  const choice = pickFrom(plan.choices);
  const option = choice ? pickFrom(choice.options, move.pick2) : undefined;
  const support = pickFrom(plan.supports);
  const pending = plan.suggestions.filter((s) => s.status === 'pending');
  // Mostly a pending suggestion; sometimes any, to try deciding one twice.
  const suggestion = pickFrom(move.flag && move.pick2 % 4 === 0 ? plan.suggestions : pending);
  // Usually the current version; one time in four a stale one.
  const version = (item: { version: number } | undefined) =>
    Math.max(1, (item?.version ?? 1) - (move.pick2 % 4 === 0 ? 1 : 0));
  const { text } = move;

  switch (move.type) {
    case 'goal.create':
      return { type: 'goal.create', title: text, lifeArea: move.lifeArea };
    case 'goal.edit':
      return move.flag
        ? { type: 'goal.edit', goalId: idOf(goal), version: version(goal), title: text }
        : { type: 'goal.edit', goalId: idOf(goal), version: version(goal), lifeArea: move.lifeArea };
    case 'goal.set-status':
      return { type: 'goal.set-status', goalId: idOf(goal), status: move.status };
    case 'goal.reorder': {
      const ids = rotate(
        plan.goals.map((g) => g.id),
        move.pick,
      );
      // Now and then one left out, which must be refused.
      const list = move.flag && move.pick2 % 3 === 0 ? ids.slice(1) : ids;
      return { type: 'goal.reorder', goalIds: list.length > 0 ? list : [crypto.randomUUID()] };
    }
    case 'goal.delete':
      return { type: 'goal.delete', goalId: idOf(goal) };
    case 'step.create':
      return { type: 'step.create', goalId: idOf(goal), text };
    case 'step.edit':
      return { type: 'step.edit', stepId: idOf(step), version: version(step), text };
    case 'step.set-done':
      return { type: 'step.set-done', stepId: idOf(step), done: move.flag };
    case 'step.reorder': {
      const goalId = step?.goalId ?? idOf(goal);
      const ids = rotate(
        plan.steps.filter((s) => s.goalId === goalId).map((s) => s.id),
        move.pick2,
      );
      return { type: 'step.reorder', goalId, stepIds: ids.length > 0 ? ids : [crypto.randomUUID()] };
    }
    case 'step.delete':
      return { type: 'step.delete', stepId: idOf(step) };
    case 'suggestion.create':
      return { type: 'suggestion.create', proposal: proposalFor(move, plan, { goal, step, choice }) };
    case 'suggestion.accept': {
      if (!move.flag || !suggestion) return { type: 'suggestion.accept', suggestionId: idOf(suggestion) };
      const kind = suggestion.proposal.kind;
      const edits =
        kind === 'goal' || kind === 'goal-rewording'
          ? { title: `${text} (my words)` }
          : kind === 'step' || kind === 'step-rewording'
            ? { text: `${text} (my words)` }
            : { label: `${text} (my words)` };
      return { type: 'suggestion.accept', suggestionId: suggestion.id, edits };
    }
    case 'suggestion.decline':
      return { type: 'suggestion.decline', suggestionId: idOf(suggestion), ...(move.flag ? { note: text } : {}) };
    case 'suggestion.withdraw':
      return { type: 'suggestion.withdraw', suggestionId: idOf(suggestion) };
    case 'choice.create':
      return {
        type: 'choice.create',
        question: `${text}?`,
        ...(goal && move.flag ? { goalId: goal.id } : {}),
        options: move.flag
          ? [
              { label: text, pathway: move.pathway },
              { label: 'Something else', pathway: 'other' },
            ]
          : [],
      };
    case 'choice.edit':
      return { type: 'choice.edit', choiceId: idOf(choice), version: version(choice), question: `${text}?` };
    case 'choice.add-option':
      return { type: 'choice.add-option', choiceId: idOf(choice), label: text, pathway: move.pathway };
    case 'choice.remove-option':
      return { type: 'choice.remove-option', choiceId: idOf(choice), optionId: idOf(option) };
    case 'choice.decide':
      return { type: 'choice.decide', choiceId: idOf(choice), optionId: idOf(option), reasons: text };
    case 'choice.record-disagreement':
      return { type: 'choice.record-disagreement', choiceId: idOf(choice), disagrees: move.flag, note: text };
    case 'choice.revisit':
      return { type: 'choice.revisit', choiceId: idOf(choice) };
    case 'choice.delete':
      return { type: 'choice.delete', choiceId: idOf(choice) };
    case 'check-in.record':
      return move.flag
        ? { type: 'check-in.record', goalId: idOf(goal), confidence: move.rating }
        : { type: 'check-in.record', wellbeing: move.rating, note: text };
    case 'self-check.record':
      return move.flag
        ? { type: 'self-check.record', health: move.rating, community: 10 - move.rating }
        : { type: 'self-check.record', note: text };
    case 'questionnaire.answer':
      // The plan under test has no questionnaire offered: an answer is refused, changing nothing.
      return { type: 'questionnaire.answer', questionnaireId: crypto.randomUUID(), answers: [] };
    case 'support.create':
      return {
        type: 'support.create',
        label: text,
        kind: move.supportKind,
        goalIds: goal && move.flag ? [goal.id] : [],
      };
    case 'support.edit':
      return move.flag
        ? { type: 'support.edit', supportId: idOf(support), version: version(support), label: text }
        : {
            type: 'support.edit',
            supportId: idOf(support),
            version: version(support),
            goalIds: goal ? [goal.id] : [],
          };
    case 'support.delete':
      return { type: 'support.delete', supportId: idOf(support) };
    // No directory entries exist in these plans' organisation: a referral names a stray resource
    // (refused, changing nothing), and updates pick a referral only if one exists.
    case 'referral.create':
      return { type: 'referral.create', resourceId: crypto.randomUUID(), ...(goal ? { goalId: goal.id } : {}) };
    case 'referral.update':
      return { type: 'referral.update', referralId: idOf(pickFrom(plan.referrals)), status: 'contacted' };
    case 'referral.delete':
      return { type: 'referral.delete', referralId: idOf(pickFrom(plan.referrals)) };
    case 'wellness.create':
      return {
        type: 'wellness.create',
        section: move.section,
        text,
        // A response where the section has none must be refused, changing nothing.
        ...(move.flag ? { response: 'Call someone' } : {}),
        ...(support && move.pick2 % 3 === 0 ? { supportId: support.id } : {}),
      };
    case 'wellness.edit': {
      const item = pickFrom(plan.wellnessItems);
      return move.flag
        ? { type: 'wellness.edit', itemId: idOf(item), version: version(item), text }
        : { type: 'wellness.edit', itemId: idOf(item), version: version(item), response: null };
    }
    case 'wellness.reorder': {
      const ids = rotate(
        plan.wellnessItems.filter((i) => i.section === move.section).map((i) => i.id),
        move.pick,
      );
      return { type: 'wellness.reorder', section: move.section, itemIds: ids.length > 0 ? ids : [crypto.randomUUID()] };
    }
    case 'wellness.delete':
      return { type: 'wellness.delete', itemId: idOf(pickFrom(plan.wellnessItems)) };
    case 'wellness.review':
      return { type: 'wellness.review' };
  }
}

function proposalFor(
  move: Move,
  plan: PlanSnapshot,
  picked: {
    goal: { id: string; version: number } | undefined;
    step: { id: string; version: number } | undefined;
    choice: { id: string } | undefined;
  },
): SuggestionProposal {
  const stray = () => crypto.randomUUID();
  const { text } = move;
  // Without the item a kind needs, suggest a new goal instead (unless a stray id was asked for).
  const needs = {
    goal: true,
    step: picked.goal,
    'goal-rewording': picked.goal,
    'step-rewording': picked.step,
    option: picked.choice,
    support: true,
    referral: false,
    'wellness-item': true,
  };
  const kind = needs[move.proposalKind] || move.strayId ? move.proposalKind : 'goal';
  switch (kind) {
    case 'goal':
      return { kind: 'goal', title: text, lifeArea: move.lifeArea, ...(move.flag ? { why: 'It came up today' } : {}) };
    case 'step':
      return { kind: 'step', goalId: picked.goal?.id ?? stray(), text };
    case 'goal-rewording':
      return {
        kind: 'goal-rewording',
        goalId: picked.goal?.id ?? stray(),
        version: picked.goal?.version ?? 1,
        title: `${text}, gently`,
      };
    case 'step-rewording':
      return {
        kind: 'step-rewording',
        stepId: picked.step?.id ?? stray(),
        version: picked.step?.version ?? 1,
        text: `${text}, gently`,
      };
    case 'option':
      return { kind: 'option', choiceId: picked.choice?.id ?? stray(), label: text, pathway: move.pathway };
    case 'referral':
      return { kind: 'referral', resourceId: stray() };
    case 'support':
      return {
        kind: 'support',
        label: text,
        supportKind: move.supportKind,
        goalIds: move.flag ? plan.goals.slice(0, 2).map((g) => g.id) : [],
      };
    case 'wellness-item':
      return {
        kind: 'wellness-item',
        section: move.section,
        text,
        ...(move.flag && wellnessSectionsWithResponse.includes(move.section) ? { response: 'Go for a walk' } : {}),
      };
  }
}

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)].reverse();
}
