import { z } from 'zod';
import { zId, zIsoDateTime, zText } from './common.js';
import { zVoice } from './voice.js';

/**
 * Self-checks: the person rates their own wellbeing in the four dimensions of recovery (SAMHSA's
 * health, home, purpose, community — the plan's life areas), 0–10 each, whenever they like. Recovery
 * capital grows slowly, so screens never judge a change; they show the lines.
 */
export const selfCheckDimensions = ['health', 'home', 'purpose', 'community'] as const;
export type SelfCheckDimension = (typeof selfCheckDimensions)[number];

export const zSelfCheckRating = z.int().min(0).max(10);
export const zSelfCheckNote = zText(1000);

export const zSelfCheck = z.object({
  id: zId,
  health: zSelfCheckRating.nullable(),
  home: zSelfCheckRating.nullable(),
  purpose: zSelfCheckRating.nullable(),
  community: zSelfCheckRating.nullable(),
  note: z.string().nullable(),
  /** True when a specialist recorded it with the person during a live session. */
  recordedTogether: z.boolean(),
  recordedBy: zVoice,
  at: zIsoDateTime,
});
export type SelfCheck = z.infer<typeof zSelfCheck>;

/** One answer to one item of an organisation's questionnaire: a number, a choice's value, yes/no or words. */
export const zQuestionnaireAnswerValue = z.union([z.int().min(-1_000_000).max(1_000_000), z.boolean(), zText(1000)]);
export const zQuestionnaireAnswer = z.strictObject({
  linkId: z.string().min(1).max(100),
  value: zQuestionnaireAnswerValue,
});
export type QuestionnaireAnswer = z.infer<typeof zQuestionnaireAnswer>;

/** The person's answers to a questionnaire (a FHIR QuestionnaireResponse, in our shape) and their score. */
export const zQuestionnaireResponse = z.object({
  id: zId,
  questionnaireId: zId,
  /** The questionnaire's title when answered: the line keeps its name if the instrument is retired. */
  questionnaireTitle: z.string(),
  answers: z.array(z.object({ linkId: z.string(), value: z.union([z.number(), z.boolean(), z.string()]) })),
  /** The sum of the weights the organisation declared for the answers given. */
  score: z.number(),
  at: zIsoDateTime,
});
export type QuestionnaireResponse = z.infer<typeof zQuestionnaireResponse>;
