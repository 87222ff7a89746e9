import { z } from 'zod';
import { zCrisisLine } from './crisis-lines.js';
import { zCalendarDate } from './dates.js';
import { zCheckIn, zChoice, zGoal, zReferral, zStep, zSuggestion, zSupport } from './plan.js';
import { zQuestionnaireResponse, zSelfCheck } from './self-checks.js';
import { zWellnessItem } from './wellness.js';

/** Reads of one part of the plan, each with the seq it is current as of. */
export const zPlanGoalsPart = z.object({ seq: z.int(), goals: z.array(zGoal), steps: z.array(zStep) });
export const zPlanSuggestionsPart = z.object({ seq: z.int(), suggestions: z.array(zSuggestion) });
export const zPlanChoicesPart = z.object({ seq: z.int(), choices: z.array(zChoice) });
export const zPlanCheckInsPart = z.object({ seq: z.int(), checkIns: z.array(zCheckIn) });
export const zPlanSupportsPart = z.object({ seq: z.int(), supports: z.array(zSupport) });
export const zPlanReferralsPart = z.object({ seq: z.int(), referrals: z.array(zReferral) });
export const zPlanWellnessPart = z.object({
  seq: z.int(),
  items: z.array(zWellnessItem),
  reviewedOn: zCalendarDate.nullable(),
  /** The crisis lines of the person's organisation (its own, or the US default), shown with the plan. */
  crisisLines: z.array(zCrisisLine),
});
export const zPlanSelfChecksPart = z.object({
  seq: z.int(),
  selfChecks: z.array(zSelfCheck),
  questionnaireResponses: z.array(zQuestionnaireResponse),
});
