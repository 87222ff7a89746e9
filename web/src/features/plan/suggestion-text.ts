import type { PlanSnapshot, Suggestion } from '@alongside/shared';
import { tp } from '../../i18n/plan-i18n.js';

/** What a suggestion is about ("A new step for …") and the words it proposes. */
export function describeSuggestion(s: Suggestion, plan: PlanSnapshot): { kind: string; text: string; detail: string } {
  const p = s.proposal;
  const goalTitle = (id: string) => plan.goals.find((g) => g.id === id)?.title ?? '';
  switch (p.kind) {
    case 'goal':
      return {
        kind: tp('suggestions.kind.goal', { area: tp(`area.${p.lifeArea}`) }),
        text: p.title,
        detail: p.why ?? '',
      };
    case 'step':
      return { kind: tp('suggestions.kind.step', { goal: goalTitle(p.goalId) }), text: p.text, detail: '' };
    case 'goal-rewording':
      return {
        kind: tp('suggestions.kind.goal-rewording', { goal: goalTitle(p.goalId) }),
        text: p.title ?? goalTitle(p.goalId),
        detail: p.why ?? '',
      };
    case 'step-rewording':
      return {
        kind: tp('suggestions.kind.step-rewording', {
          step: plan.steps.find((x) => x.id === p.stepId)?.text ?? '',
        }),
        text: p.text,
        detail: '',
      };
    case 'option':
      return { kind: tp('suggestions.kind.option'), text: p.label, detail: p.notes ?? '' };
    case 'support':
      return { kind: tp('suggestions.kind.support'), text: p.label, detail: p.howToReach ?? '' };
    case 'referral':
      return {
        kind: tp('suggestions.kind.referral'),
        text: s.resourceName ?? '',
        detail: p.goalId ? tp('suggestions.forGoal', { goal: goalTitle(p.goalId) }) : '',
      };
  }
}

/** The field a person rewords when they edit a suggestion before accepting it (none for a referral). */
export function editableField(s: Suggestion): 'title' | 'text' | 'label' | undefined {
  switch (s.proposal.kind) {
    case 'goal':
    case 'goal-rewording':
      return 'title';
    case 'step':
    case 'step-rewording':
      return 'text';
    case 'option':
    case 'support':
      return 'label';
    case 'referral':
      return undefined;
  }
}
