import { z } from 'zod';
import { zText } from './common.js';

/**
 * Crisis lines: shown on the person's wellness plan at all times, and on its printed versions.
 * Each organisation sets its own (a program outside the US has other numbers); an organisation
 * that has set none gets the US line, 988, by call, text and chat.
 */
export const zCrisisLine = z
  .strictObject({
    name: zText(80, 2),
    /** A number to call, as people write it ("988", "1-800-662-4357"). */
    call: zText(40, 1).optional(),
    /** A number (or short code) to text. */
    text: zText(40, 1).optional(),
    /** A web chat: https only, so a printed link cannot send the person somewhere unsafe. */
    chat: z
      .url({ protocol: /^https$/ })
      .max(300)
      // A full host name ("988lifeline.org"), not "localhost" or a bare word.
      .refine((url) => /^https:\/\/[^/?#]+\.[^/?#.]+(?:[/?#]|$)/.test(url), 'Give the chat’s full web address.')
      .optional(),
  })
  .refine((line) => line.call || line.text || line.chat, {
    message: 'Give at least one way to reach this line: call, text or chat.',
    path: ['call'],
  });
export type CrisisLine = z.infer<typeof zCrisisLine>;

/** At least one line: a plan that says what to do in a crisis always says whom to call. */
export const zCrisisLines = z.array(zCrisisLine).min(1).max(6);

/** The 988 Suicide & Crisis Lifeline (US): call or text 988, or chat online. */
export const defaultCrisisLines: readonly CrisisLine[] = [
  { name: '988 Suicide & Crisis Lifeline', call: '988', text: '988', chat: 'https://988lifeline.org/chat' },
];

/** The lines an organisation's people see: its own, or the US default when it has set none. */
export function effectiveCrisisLines(settings: { crisisLines?: readonly CrisisLine[] | undefined }): CrisisLine[] {
  return [...(settings.crisisLines ?? defaultCrisisLines)];
}
