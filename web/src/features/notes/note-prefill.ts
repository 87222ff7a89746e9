import type { DraftNote, PlanEvent, PlanSnapshot, Suggestion } from '@alongside/shared';
import { tp } from '../../i18n/plan-i18n.js';
import { describeSuggestion } from '../plan/suggestion-text.js';

/**
 * The first words of a session's note, from what happened in the session: the goals touched,
 * the check-ins, the suggestions the person decided on and the choices they made, and the steps
 * added. Only a start — the specialist and the person rewrite it together — so it says plainly
 * what the plan's log says, in the reader's language, and leaves a text empty when nothing
 * happened there.
 *
 * @param events - the plan events recorded during the session (`LiveSession.eventSeqs`)
 * @param plan - the plan as it is now, to name goals the events only point at
 */
export function draftFromSession(events: readonly PlanEvent[], plan: PlanSnapshot): DraftNote {
  const name = plan.participant.name;
  const goalTitles = new Map(plan.goals.map((g) => [g.id, g.title]));
  const touched = new Set<string>();
  const checkIns: string[] = [];
  const decided: string[] = [];
  const newSteps: string[] = [];
  const seen = new Set<string>();

  for (const e of events) {
    for (const effect of e.effects) {
      if (effect.kind === 'goal') {
        goalTitles.set(effect.value.id, effect.value.title);
        touched.add(effect.value.id);
      }
      if (effect.kind === 'step') {
        touched.add(effect.value.goalId);
        if (e.command.type === 'step.create' || e.command.type === 'suggestion.accept')
          newSteps.push(effect.value.text);
      }
      if (effect.kind === 'check-in' && effect.value.goalId) {
        touched.add(effect.value.goalId);
        const goal = goalTitles.get(effect.value.goalId) ?? '';
        if (effect.value.confidence !== null) {
          checkIns.push(tp('prefill.confidence', { goal, value: effect.value.confidence }));
        }
      }
      // A suggestion's effect after the person decided on it (a new or withdrawn one says nothing).
      const line = effect.kind === 'suggestion' ? decisionLine(effect.value, plan, name) : '';
      if (effect.kind === 'suggestion' && line && !seen.has(effect.value.id)) {
        seen.add(effect.value.id);
        decided.push(line);
      }
      if (effect.kind === 'choice' && e.command.type === 'choice.decide') {
        const chosen = effect.value.options.find((o) => o.id === effect.value.chosenOptionId);
        if (chosen) decided.push(tp('prefill.chose', { name, option: chosen.label, question: effect.value.question }));
      }
    }
  }

  const goals = [...touched].map((id) => goalTitles.get(id)).filter((t): t is string => Boolean(t));
  const workedOn = [
    goals.length > 0 ? tp('prefill.goals', { goals: goals.map(quote).join(', ') }) : '',
    ...checkIns,
  ].filter(Boolean);
  return {
    workedOn: workedOn.join('\n'),
    chosen: decided.join('\n'),
    nextSteps: newSteps.length > 0 ? tp('prefill.steps', { steps: newSteps.map(quote).join(', ') }) : '',
  };
}

const quote = (text: string) => `“${text}”`;

function decisionLine(s: Suggestion, plan: PlanSnapshot, name: string): string {
  const text = quote(describeSuggestion(s, plan).text);
  switch (s.status) {
    case 'accepted':
      return tp('prefill.accepted', { name, text });
    case 'edited':
      return tp('prefill.edited', { name, text });
    case 'declined':
      return tp('prefill.declined', { name, text });
    default:
      return '';
  }
}
