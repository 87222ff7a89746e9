import { z } from 'zod';

/** Whose words a piece of text is. */
export const voices = ['participant', 'specialist'] as const;
export const zVoice = z.enum(voices);
export type Voice = z.infer<typeof zVoice>;
