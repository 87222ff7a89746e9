import type { PlanCommand, PlanSnapshot } from '@alongside/shared';
import { currentLanguage } from '../../i18n/i18n.js';
import { toff } from '../../i18n/offline-i18n.js';
import { describeSuggestion } from '../plan/suggestion-text.js';

/**
 * The words of what a command acts on, read from the plan as kept (a step's text, a suggestion's
 * words, a goal's title); undefined when the plan does not have it.
 */
function namedIn(command: PlanCommand, plan: PlanSnapshot | undefined): string | undefined {
  if (!plan) return undefined;
  switch (command.type) {
    case 'step.set-done':
      return plan.steps.find((s) => s.id === command.stepId)?.text;
    case 'suggestion.accept':
    case 'suggestion.decline': {
      const suggestion = plan.suggestions.find((s) => s.id === command.suggestionId);
      return suggestion ? describeSuggestion(suggestion, plan).text || undefined : undefined;
    }
    case 'check-in.record':
      return command.goalId ? plan.goals.find((g) => g.id === command.goalId)?.title : undefined;
    default:
      return undefined;
  }
}

/**
 * A queued command in a few words, for the "waiting to be sent" and "could not be saved" lists:
 * naming the step, suggestion or goal it acts on when the kept plan has it.
 */
export function commandText(command: PlanCommand, plan?: PlanSnapshot): string {
  const text = namedIn(command, plan);
  if (text !== undefined) {
    switch (command.type) {
      case 'step.set-done':
        return toff(command.done ? 'offline.cmd.step.done' : 'offline.cmd.step.undone', { text });
      case 'suggestion.accept':
      case 'suggestion.decline':
        return toff(`offline.cmd.${command.type}.named`, { text });
      case 'check-in.record':
        if (command.confidence !== undefined) {
          return toff('offline.cmd.check-in.confidence', { text, rating: command.confidence });
        }
        break;
    }
  }
  switch (command.type) {
    case 'goal.create':
      return toff('offline.cmd.goal.create', { text: command.title });
    case 'goal.edit':
      return toff('offline.cmd.goal.edit', { text: command.title ?? command.why ?? '' });
    case 'step.create':
      return toff('offline.cmd.step.create', { text: command.text });
    case 'step.edit':
      return toff('offline.cmd.step.edit', { text: command.text });
    case 'step.set-done':
    case 'suggestion.accept':
    case 'suggestion.decline':
    case 'check-in.record':
      return toff(`offline.cmd.${command.type}`);
    case 'wellness.create':
      return toff('offline.cmd.wellness.create', { text: command.text });
    default:
      return toff('offline.cmd.other');
  }
}

/** "14:32" today, or the day and time when the save is older: the notice says which. */
export function savedAtText(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const lang = currentLanguage();
  const time = at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (at.toDateString() === now.toDateString()) return toff('offline.savedAt', { time });
  const day = at.toLocaleDateString(lang, { day: 'numeric', month: 'long' });
  return toff('offline.savedOn', { time: `${day}, ${time}` });
}
