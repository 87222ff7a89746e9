import { applyPlanEffects, type PlanEvent, type PlanSnapshot } from '@alongside/shared';

/** A person's plan before anything is in it. */
export function emptyPlan(participant: PlanSnapshot['participant']): PlanSnapshot {
  return {
    participant,
    seq: 0,
    goals: [],
    steps: [],
    suggestions: [],
    choices: [],
    checkIns: [],
    supports: [],
    referrals: [],
    wellnessItems: [],
    wellnessReviewedOn: null,
    selfChecks: [],
    questionnaireResponses: [],
  };
}

/** The plan as rebuilt from its event log alone, with the shared reducer the web app uses. */
export function rebuildFromEvents(
  participant: PlanSnapshot['participant'],
  events: readonly PlanEvent[],
): PlanSnapshot {
  return events.reduce((plan, event) => applyPlanEffects(plan, event.effects, event.seq), emptyPlan(participant));
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

/** The same plan compares equal however its lists happen to be ordered. */
export function normalisePlan(plan: PlanSnapshot): PlanSnapshot {
  return {
    ...plan,
    goals: byId(plan.goals),
    steps: byId(plan.steps),
    suggestions: byId(plan.suggestions),
    choices: byId(plan.choices),
    checkIns: byId(plan.checkIns),
    supports: byId(plan.supports),
    referrals: byId(plan.referrals),
    wellnessItems: byId(plan.wellnessItems),
    selfChecks: byId(plan.selfChecks),
    questionnaireResponses: byId(plan.questionnaireResponses),
  };
}

/** Events in which a goal became active (created active, or moved to active), with who did it. */
export function activations(events: readonly PlanEvent[]): { seq: number; goalId: string; role: string }[] {
  const status = new Map<string, string>();
  const found: { seq: number; goalId: string; role: string }[] = [];
  for (const event of events) {
    for (const effect of event.effects) {
      if (effect.kind === 'goal') {
        if (effect.value.status === 'active' && status.get(effect.value.id) !== 'active') {
          found.push({ seq: event.seq, goalId: effect.value.id, role: event.actor.role });
        }
        status.set(effect.value.id, effect.value.status);
      } else if (effect.kind === 'goal-removed') {
        status.delete(effect.id);
      }
    }
  }
  return found;
}

/** Every plan item that came from a suggestion, with the suggestion's id. */
export function itemsFromSuggestions(plan: PlanSnapshot): { item: string; fromSuggestionId: string }[] {
  const items = [...plan.goals, ...plan.steps, ...plan.supports, ...plan.choices.flatMap((c) => c.options)];
  return items.flatMap((i) => (i.fromSuggestionId ? [{ item: i.id, fromSuggestionId: i.fromSuggestionId }] : []));
}
