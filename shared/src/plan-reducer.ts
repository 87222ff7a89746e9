import type { PlanEffect, PlanSnapshot } from './schemas/plan.js';

type Keyed = { id: string };

function upsert<T extends Keyed>(list: T[], value: T): T[] {
  const index = list.findIndex((x) => x.id === value.id);
  if (index === -1) return [...list, value];
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

const byPosition = (a: { position: number; id: string }, b: { position: number; id: string }) =>
  a.position - b.position || a.id.localeCompare(b.id);

/**
 * Applies one event's effects to a plan snapshot, purely. The web app uses it to follow a live
 * plan; tests use it to check that the plan rebuilt from its log equals the plan in the tables.
 */
export function applyPlanEffects(plan: PlanSnapshot, effects: readonly PlanEffect[], seq: number): PlanSnapshot {
  let next: PlanSnapshot = { ...plan, seq };
  for (const effect of effects) {
    switch (effect.kind) {
      case 'goal':
        next = { ...next, goals: upsert(next.goals, effect.value).sort(byPosition) };
        break;
      case 'goal-removed':
        next = { ...next, goals: next.goals.filter((g) => g.id !== effect.id) };
        break;
      case 'step':
        next = { ...next, steps: upsert(next.steps, effect.value).sort(byPosition) };
        break;
      case 'step-removed':
        next = { ...next, steps: next.steps.filter((s) => s.id !== effect.id) };
        break;
      case 'suggestion':
        next = { ...next, suggestions: upsert(next.suggestions, effect.value) };
        break;
      case 'choice':
        next = { ...next, choices: upsert(next.choices, effect.value) };
        break;
      case 'choice-removed':
        next = { ...next, choices: next.choices.filter((c) => c.id !== effect.id) };
        break;
      case 'check-in':
        next = { ...next, checkIns: upsert(next.checkIns, effect.value) };
        break;
      case 'check-in-removed':
        next = { ...next, checkIns: next.checkIns.filter((c) => c.id !== effect.id) };
        break;
      case 'support':
        next = { ...next, supports: upsert(next.supports, effect.value) };
        break;
      case 'support-removed':
        next = { ...next, supports: next.supports.filter((s) => s.id !== effect.id) };
        break;
      case 'referral':
        next = { ...next, referrals: upsert(next.referrals, effect.value) };
        break;
      case 'referral-removed':
        next = { ...next, referrals: next.referrals.filter((r) => r.id !== effect.id) };
        break;
      case 'wellness-item':
        next = { ...next, wellnessItems: upsert(next.wellnessItems, effect.value).sort(byPosition) };
        break;
      case 'wellness-item-removed':
        next = { ...next, wellnessItems: next.wellnessItems.filter((i) => i.id !== effect.id) };
        break;
      case 'wellness-review':
        next = { ...next, wellnessReviewedOn: effect.reviewedOn };
        break;
      case 'self-check':
        next = { ...next, selfChecks: upsert(next.selfChecks, effect.value) };
        break;
      case 'questionnaire-response':
        next = { ...next, questionnaireResponses: upsert(next.questionnaireResponses, effect.value) };
        break;
    }
  }
  return next;
}
