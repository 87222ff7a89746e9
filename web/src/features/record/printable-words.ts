import type { ChoiceOption, PlanSnapshot, Voice } from '@alongside/shared';
import { formatDate } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { trec } from '../../i18n/record-i18n.js';

/**
 * The printed plan's words about whose words each text is, worked out from the snapshot alone:
 * a specialist's text names its author through the suggestion it came from. The paper is the
 * person's own copy, so their words read "in your words" and "raised by you".
 */

/** The specialist who wrote a suggestion, by its id ('' when it is not in the plan). */
export function suggestionAuthor(plan: PlanSnapshot, suggestionId: string | null): string {
  if (!suggestionId) return '';
  return plan.suggestions.find((s) => s.id === suggestionId)?.author.name ?? '';
}

/** "In your words", or "Suggested by Sam Specialist" for a text left as a specialist suggested it. */
export function voiceText(plan: PlanSnapshot, voice: Voice, fromSuggestionId: string | null): string {
  if (voice === 'participant') return tp('voice.participant');
  const name = suggestionAuthor(plan, fromSuggestionId);
  return name ? tp('voice.specialist', { name }) : tp('voice.specialistGeneric');
}

/**
 * Who put an option on the table — "raised by you" or "raised by Sam Specialist" — and, when the
 * words are no longer the raiser's (the person reworded a specialist's option), whose they are.
 */
export function optionOrigin(plan: PlanSnapshot, option: ChoiceOption): string {
  const author = suggestionAuthor(plan, option.fromSuggestionId);
  const raised =
    option.raisedBy === 'participant'
      ? trec('print.raisedByYou')
      : author
        ? trec('print.raisedBy', { name: author })
        : trec('print.raisedBySpecialist');
  if (option.voice === option.raisedBy) return raised;
  const words =
    option.voice === 'participant'
      ? trec('print.inYourWords')
      : trec('print.inWordsOf', { name: author || tp('voice.specialistGeneric') });
  return `${raised}, ${words}`;
}

/** The person's latest confidence rating in a goal, with when they gave it; null before the first. */
export function latestConfidence(plan: PlanSnapshot, goalId: string): { value: number; when: string } | null {
  let latest: { value: number; at: string } | null = null;
  for (const c of plan.checkIns) {
    if (c.goalId !== goalId || c.confidence === null) continue;
    if (!latest || c.at > latest.at) latest = { value: c.confidence, at: c.at };
  }
  return latest ? { value: latest.value, when: formatDate(latest.at) } : null;
}
