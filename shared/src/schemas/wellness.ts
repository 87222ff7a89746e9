import { z } from 'zod';
import { zId, zIsoDateTime, zText } from './common.js';
import { zCalendarDate } from './dates.js';
import { zVoice } from './voice.js';

/**
 * The person's wellness and crisis plan: the structure peer programs teach, in the person's own
 * words, section by section (no program's trademarked name, no licensed form's wording). Each
 * section is an ordered list of items; some items carry a response ("what I'll do", "what I want
 * to happen"); an item may point at one of the person's supports or a directory resource.
 */
export const wellnessSections = [
  'well', // What I'm like when I'm well
  'daily', // Things I do every day or week to stay well
  'triggers', // Things that can throw me off — and what I'll do
  'early-signs', // Early signs that things are slipping — and what I'll do
  'breaking-down', // When things are breaking down — and what I want to happen
  'crisis-signs', // Signs that others need to step in
  'crisis-involve', // Who I want involved (from my supports)
  'crisis-not-involve', // Who I do not want involved
  'crisis-helps', // What helps
  'crisis-not-helpful', // What does not help
  'crisis-places', // Places I'd go
  'crisis-not-places', // Places I would not go
  'crisis-stop', // When supporters should stop using this plan
  'after-crisis', // After a crisis: getting back on my feet
] as const;
export const zWellnessSection = z.enum(wellnessSections);
export type WellnessSection = z.infer<typeof zWellnessSection>;

/** Sections whose items carry a response: a trigger and what I'll do about it, and so on. */
export const wellnessSectionsWithResponse: readonly WellnessSection[] = ['triggers', 'early-signs', 'breaking-down'];
/** The crisis part: what others should know when the person cannot decide for themselves. */
export const crisisSections: readonly WellnessSection[] = wellnessSections.filter((s) => s.startsWith('crisis-'));

export const zWellnessText = zText(280, 1);
export const zWellnessResponse = zText(1000);

export const zWellnessItem = z.object({
  id: zId,
  section: zWellnessSection,
  text: z.string(),
  response: z.string().nullable(),
  supportId: zId.nullable(),
  resourceId: zId.nullable(),
  position: z.int(),
  voice: zVoice,
  /** Whose words the response is (`voice` is the text's). */
  responseVoice: zVoice,
  fromSuggestionId: zId.nullable(),
  version: z.int(),
  createdAt: zIsoDateTime,
  updatedAt: zIsoDateTime,
});
export type WellnessItem = z.infer<typeof zWellnessItem>;

/** The day the person last went through their wellness plan and said it still holds. */
export const zWellnessReview = z.object({ reviewedOn: zCalendarDate.nullable() });
