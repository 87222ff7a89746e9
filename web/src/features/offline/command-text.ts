import type { PlanCommand } from '@alongside/shared';
import { currentLanguage } from '../../i18n/i18n.js';
import { toff } from '../../i18n/offline-i18n.js';

/** A queued command in a few words, for the "waiting to be sent" and "could not be saved" lists. */
export function commandText(command: PlanCommand): string {
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
