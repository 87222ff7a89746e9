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
    case 'wellness-item':
      return {
        kind: tp('suggestions.kind.wellness-item', { section: tp(`wellness.section.${p.section}`) }),
        text: p.text,
        detail: p.response ?? '',
      };
  }
}

/** A text of a suggestion the person may put in their own words before accepting it. */
export interface EditableText {
  field: 'title' | 'why' | 'text' | 'label' | 'notes' | 'howToReach' | 'response';
  /** The words as suggested ('' when the suggestion left it empty). */
  value: string;
  /** The main text: it cannot be left empty. */
  required: boolean;
  multiline: boolean;
  maxlength: number;
}

/**
 * Every text a suggestion carried, which the person may change before accepting it — the main
 * words first; none for a referral (a directory entry is saved as it is). A text the person
 * leaves as it was stays in the specialist's words.
 */
export function editableTexts(s: Suggestion): EditableText[] {
  const p = s.proposal;
  const main = (field: EditableText['field'], value: string, maxlength: number): EditableText => ({
    field,
    value,
    required: true,
    multiline: false,
    maxlength,
  });
  const extra = (field: EditableText['field'], value: string | undefined, maxlength: number): EditableText => ({
    field,
    value: value ?? '',
    required: false,
    multiline: true,
    maxlength,
  });
  switch (p.kind) {
    case 'goal':
      return [main('title', p.title, 280), extra('why', p.why, 2000)];
    case 'goal-rewording':
      // Only the texts the rewording proposes: the goal's other words are not part of it.
      return [
        ...(p.title === undefined ? [] : [main('title', p.title, 280)]),
        ...(p.why === undefined ? [] : [extra('why', p.why, 2000)]),
      ];
    case 'step':
    case 'step-rewording':
      return [main('text', p.text, 280)];
    case 'option':
      return [main('label', p.label, 200), extra('notes', p.notes, 1000)];
    case 'support':
      return [main('label', p.label, 200), extra('howToReach', p.howToReach, 300)];
    case 'referral':
      return [];
    case 'wellness-item':
      return [main('text', p.text, 280), extra('response', p.response, 1000)];
  }
}
