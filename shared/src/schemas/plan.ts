import { z } from 'zod';
import { zRole } from '../roles.js';
import { zId, zIsoDateTime, zText, zVersion } from './common.js';
import { zCalendarDate } from './dates.js';
import { zQuestionnaireResponse, zSelfCheck } from './self-checks.js';
import { zVoice } from './voice.js';
import { zWellnessItem, zWellnessResponse, zWellnessSection, zWellnessText } from './wellness.js';

/** SAMHSA's four dimensions of recovery. */
export const lifeAreas = ['health', 'home', 'purpose', 'community'] as const;
export const zLifeArea = z.enum(lifeAreas);
export type LifeArea = z.infer<typeof zLifeArea>;

export const goalStatuses = ['active', 'on-hold', 'achieved', 'set-aside'] as const;
export const zGoalStatus = z.enum(goalStatuses);
export type GoalStatus = z.infer<typeof zGoalStatus>;

export { type Voice, voices, zVoice } from './voice.js';

export const pathways = [
  'mutual-help',
  'medication',
  'faith-based',
  'harm-reduction',
  'clinical-treatment',
  'peer-community',
  'self-directed',
  'other',
] as const;
export const zPathway = z.enum(pathways);
export type Pathway = z.infer<typeof zPathway>;

export const supportKinds = [
  'family',
  'friend',
  'peer',
  'mutual-help-group',
  'faith-community',
  'community-organisation',
  'professional',
  'other',
] as const;
export const zSupportKind = z.enum(supportKinds);
export type SupportKind = z.infer<typeof zSupportKind>;

export const suggestionStatuses = ['pending', 'accepted', 'edited', 'declined', 'withdrawn'] as const;
export const zSuggestionStatus = z.enum(suggestionStatuses);
export type SuggestionStatus = z.infer<typeof zSuggestionStatus>;

/**
 * Where a referral to a community resource stands. "Suggested" is the pending suggestion itself;
 * once the person saves it to their plan it is `chosen`, and they move it on from there.
 */
export const referralStatuses = ['chosen', 'contacted', 'connected', 'not-connected'] as const;
export const zReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof zReferralStatus>;

// Text limits, shared by commands and the web forms.
export const zGoalTitle = zText(280, 1);
export const zGoalWhy = zText(2000);
export const zStepText = zText(280, 1);
export const zQuestion = zText(280, 1);
export const zOptionLabel = zText(200, 1);
export const zLongNote = zText(2000);
export const zShortNote = zText(1000);
export const zCheckInNote = zText(500);
export const zSupportLabel = zText(200, 1);
export const zHowToReach = zText(300);
export const zRating = z.int().min(0).max(10);

/** What every piece of the person's plan that carries text has: whose words, where from, which version. */
const textItem = {
  voice: zVoice,
  fromSuggestionId: zId.nullable(),
  version: z.int(),
  createdAt: zIsoDateTime,
  updatedAt: zIsoDateTime,
};

export const zGoal = z.object({
  id: zId,
  title: z.string(),
  why: z.string().nullable(),
  lifeArea: zLifeArea,
  status: zGoalStatus,
  targetDate: zCalendarDate.nullable(),
  position: z.int(),
  ...textItem,
  /** Whose words "why it matters" is (`voice` is the title's): the two can differ after an edit-then-accept. */
  whyVoice: zVoice,
});
export type Goal = z.infer<typeof zGoal>;

export const zStep = z.object({
  id: zId,
  goalId: zId,
  text: z.string(),
  doneOn: zCalendarDate.nullable(),
  position: z.int(),
  ...textItem,
});
export type Step = z.infer<typeof zStep>;

export const zChoiceOption = z.object({
  id: zId,
  label: z.string(),
  notes: z.string().nullable(),
  pathway: zPathway,
  raisedBy: zVoice,
  /** Whose words the label is: an option the specialist raised, reworded by the person, is in the person's. */
  voice: zVoice,
  notesVoice: zVoice,
  fromSuggestionId: zId.nullable(),
});
export type ChoiceOption = z.infer<typeof zChoiceOption>;

export const zPastDecision = z.object({
  optionLabel: z.string(),
  reasons: z.string().nullable(),
  decidedOn: zCalendarDate,
  revisitedAt: zIsoDateTime,
});

export const zChoice = z.object({
  id: zId,
  question: z.string(),
  goalId: zId.nullable(),
  options: z.array(zChoiceOption),
  chosenOptionId: zId.nullable(),
  reasons: z.string().nullable(),
  decidedOn: zCalendarDate.nullable(),
  disagreesWithSpecialist: z.boolean(),
  disagreementNote: z.string().nullable(),
  pastDecisions: z.array(zPastDecision),
  voice: zVoice,
  version: z.int(),
  createdAt: zIsoDateTime,
  updatedAt: zIsoDateTime,
});
export type Choice = z.infer<typeof zChoice>;

export const zCheckIn = z.object({
  id: zId,
  goalId: zId.nullable(),
  confidence: zRating.nullable(),
  wellbeing: zRating.nullable(),
  note: z.string().nullable(),
  /** True when a specialist recorded it with the person during a live session. */
  recordedTogether: z.boolean(),
  recordedBy: zVoice,
  at: zIsoDateTime,
});
export type CheckIn = z.infer<typeof zCheckIn>;

export const zSupport = z.object({
  id: zId,
  label: z.string(),
  kind: zSupportKind,
  howToReach: z.string().nullable(),
  goalIds: z.array(zId),
  ...textItem,
  /** Whose words "how to reach" is (`voice` is the label's). */
  howToReachVoice: zVoice,
});
export type Support = z.infer<typeof zSupport>;

/** A community resource saved to the person's plan, linked to a goal when they want. */
export const zReferral = z.object({
  id: zId,
  resourceId: zId.nullable(),
  /** Kept as it was when saved, so the plan still reads well if the directory entry goes. */
  resourceName: z.string(),
  goalId: zId.nullable(),
  status: zReferralStatus,
  followUpOn: zCalendarDate.nullable(),
  fromSuggestionId: zId.nullable(),
  createdAt: zIsoDateTime,
  updatedAt: zIsoDateTime,
});
export type Referral = z.infer<typeof zReferral>;

/** What a specialist proposes; the participant accepts it, edits then accepts it, or declines it. */
export const zSuggestionProposal = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('goal'), title: zGoalTitle, why: zGoalWhy.optional(), lifeArea: zLifeArea }),
  z.strictObject({ kind: z.literal('step'), goalId: zId, text: zStepText }),
  z.strictObject({
    kind: z.literal('goal-rewording'),
    goalId: zId,
    /** The goal version the rewording was written against: accepting it over newer text is refused. */
    version: zVersion,
    title: zGoalTitle.optional(),
    why: zGoalWhy.optional(),
  }),
  z.strictObject({ kind: z.literal('step-rewording'), stepId: zId, version: zVersion, text: zStepText }),
  z.strictObject({
    kind: z.literal('option'),
    choiceId: zId,
    label: zOptionLabel,
    notes: zShortNote.optional(),
    pathway: zPathway,
  }),
  z.strictObject({ kind: z.literal('referral'), resourceId: zId, goalId: zId.optional() }),
  z.strictObject({
    kind: z.literal('support'),
    label: zSupportLabel,
    supportKind: zSupportKind,
    howToReach: zHowToReach.optional(),
    goalIds: z.array(zId).max(50).optional(),
  }),
  z.strictObject({
    kind: z.literal('wellness-item'),
    section: zWellnessSection,
    text: zWellnessText,
    response: zWellnessResponse.optional(),
    supportId: zId.optional(),
    resourceId: zId.optional(),
  }),
]);
export type SuggestionProposal = z.infer<typeof zSuggestionProposal>;

export const zSuggestion = z.object({
  id: zId,
  proposal: zSuggestionProposal,
  rationale: z.string().nullable(),
  author: z.object({ id: zId, name: z.string() }),
  status: zSuggestionStatus,
  /** For a referral suggestion: the resource's name as it was when suggested. */
  resourceName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: zIsoDateTime.nullable(),
  /** The plan item the accepted suggestion became or changed. */
  resultId: zId.nullable(),
  createdAt: zIsoDateTime,
});
export type Suggestion = z.infer<typeof zSuggestion>;

/**
 * What one command changed, item by item, with the item's full new state. Events carry these, so
 * a client applies an event without asking again, and the plan can be rebuilt from its log.
 */
export const zPlanEffect = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('goal'), value: zGoal }),
  z.object({ kind: z.literal('goal-removed'), id: zId }),
  z.object({ kind: z.literal('step'), value: zStep }),
  z.object({ kind: z.literal('step-removed'), id: zId }),
  z.object({ kind: z.literal('suggestion'), value: zSuggestion }),
  z.object({ kind: z.literal('choice'), value: zChoice }),
  z.object({ kind: z.literal('choice-removed'), id: zId }),
  z.object({ kind: z.literal('check-in'), value: zCheckIn }),
  z.object({ kind: z.literal('check-in-removed'), id: zId }),
  z.object({ kind: z.literal('support'), value: zSupport }),
  z.object({ kind: z.literal('support-removed'), id: zId }),
  z.object({ kind: z.literal('referral'), value: zReferral }),
  z.object({ kind: z.literal('referral-removed'), id: zId }),
  z.object({ kind: z.literal('wellness-item'), value: zWellnessItem }),
  z.object({ kind: z.literal('wellness-item-removed'), id: zId }),
  z.object({ kind: z.literal('wellness-review'), reviewedOn: zCalendarDate }),
  z.object({ kind: z.literal('self-check'), value: zSelfCheck }),
  z.object({ kind: z.literal('questionnaire-response'), value: zQuestionnaireResponse }),
]);
export type PlanEffect = z.infer<typeof zPlanEffect>;

export const zPlanSnapshot = z.object({
  participant: z.object({ id: zId, name: z.string() }),
  seq: z.int().min(0),
  goals: z.array(zGoal),
  steps: z.array(zStep),
  suggestions: z.array(zSuggestion),
  choices: z.array(zChoice),
  checkIns: z.array(zCheckIn),
  supports: z.array(zSupport),
  referrals: z.array(zReferral),
  /** The wellness and crisis plan: its items in every section, and the day it was last reviewed. */
  wellnessItems: z.array(zWellnessItem),
  wellnessReviewedOn: zCalendarDate.nullable(),
  /** The person's self-checks and answers to their organisation's questionnaires, oldest first. */
  selfChecks: z.array(zSelfCheck),
  questionnaireResponses: z.array(zQuestionnaireResponse),
});
export type PlanSnapshot = z.infer<typeof zPlanSnapshot>;

export const zPlanActor = z.object({ id: zId, name: z.string(), role: zRole });

export const zParticipantParams = z.strictObject({ participantId: zId });
