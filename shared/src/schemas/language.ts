import { z } from 'zod';
import { languageCodes, languageTermKinds } from '../language/language-term.js';
import { zId, zIsoDateTime, zText } from './common.js';

/**
 * Respectful-language terms: an organisation adds its own (its community's words) and switches
 * built-in ones off. Staff read the organisation's settings and merge them with the built-in list
 * (`builtInTerms`), which the web app already has. Nudge events are counts for the supervisors'
 * reports: a term key and an outcome — never the text written, never whom it was about.
 */
export const languageTermLimits = { label: 80, form: 80, forms: 20, alternative: 120, why: 200 } as const;

export const zLanguageCode = z.enum(languageCodes);
export const zLanguageTermKind = z.enum(languageTermKinds);

const zForm = zText(languageTermLimits.form, 1);

/** An organisation's own term: the word, its other forms, one alternative (or none: a "choice" nudge). */
export const zCustomTermInput = z.strictObject({
  language: zLanguageCode,
  label: zText(languageTermLimits.label, 1),
  variants: z.array(zForm).max(languageTermLimits.forms).default([]),
  alternative: zText(languageTermLimits.alternative).default(''),
  why: zText(languageTermLimits.why, 1),
});
export type CustomTermInput = z.input<typeof zCustomTermInput>;
/** A term as the route hands it on: trimmed, defaults filled in. */
export type CustomTermFields = z.output<typeof zCustomTermInput>;

export const zCustomTerm = z.strictObject({
  id: zId,
  /** `custom:<id>`: what nudge events name. */
  key: z.string(),
  language: zLanguageCode,
  label: z.string(),
  variants: z.array(z.string()),
  alternative: z.string(),
  why: z.string(),
  updatedAt: zIsoDateTime,
});
export type CustomTerm = z.infer<typeof zCustomTerm>;

/** Built-in keys look like `en.addict`: a short pattern, checked against the list by the server. */
export const zBuiltInTermKey = z.string().regex(/^(en|es)\.[a-z-]{1,40}$/, 'not a term key');
export const zLanguageTermIdParams = z.strictObject({ termId: zId });
export const zBuiltInTermParams = z.strictObject({ key: zBuiltInTermKey });
export const zBuiltInTermSwitch = z.strictObject({ enabled: z.boolean() });

/** What staff read: the organisation's terms and the built-in ones it switched off. */
export const zLanguageSettings = z.strictObject({
  custom: z.array(zCustomTerm),
  disabledBuiltIn: z.array(z.string()),
});
export type LanguageSettings = z.infer<typeof zLanguageSettings>;

export const nudgeOutcomes = ['shown', 'replaced', 'kept'] as const;
export const zNudgeOutcome = z.enum(nudgeOutcomes);
export type NudgeOutcome = z.infer<typeof zNudgeOutcome>;

export const zTermKey = z.union([zBuiltInTermKey, z.string().regex(/^custom:[0-9a-f-]{36}$/, 'not a term key')]);

/** Nudge outcomes, batched by the browser: no text, no person — a term key and what happened. */
export const maxNudgeEventsPerBatch = 50;
export const zNudgeEventBatch = z.strictObject({
  events: z
    .array(z.strictObject({ termKey: zTermKey, outcome: zNudgeOutcome }))
    .min(1)
    .max(maxNudgeEventsPerBatch),
});
export type NudgeEventBatch = z.infer<typeof zNudgeEventBatch>;
export const zNudgeEventsRecorded = z.strictObject({ recorded: z.int().min(0) });
