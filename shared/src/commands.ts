import { z } from 'zod';
import { zId, zIsoDateTime, zSeqCursorQuery, zVersion } from './schemas/common.js';
import { zCalendarDate, zPastDay, zPlannedDay } from './schemas/dates.js';
import {
  zCheckInNote,
  zGoalStatus,
  zGoalTitle,
  zGoalWhy,
  zHowToReach,
  zLifeArea,
  zLongNote,
  zOptionLabel,
  zPathway,
  zPlanActor,
  zPlanEffect,
  zPlanSnapshot,
  zQuestion,
  zRating,
  zReferralStatus,
  zShortNote,
  zStepText,
  zSuggestionProposal,
  zSupportKind,
  zSupportLabel,
  zVoice,
} from './schemas/plan.js';
import { zQuestionnaireAnswer, zSelfCheckNote, zSelfCheckRating } from './schemas/self-checks.js';
import { zWellnessResponse, zWellnessSection, zWellnessText } from './schemas/wellness.js';

/**
 * Every change to a participant's plan is one of these commands. The REST routes and the live
 * socket hand them to one executor on the server, which checks the partnership rules, applies the
 * change, and appends it to the plan's event log in one transaction.
 *
 * Text edits carry the `version` they were made against: an edit of newer text is refused (409)
 * with the current value, never silently overwritten.
 *
 * The members are made twice from one list: with the date fields bounded (`zPlanCommand`, what a
 * client may send) and with any real day (`zRecordedPlanCommand`, what the event log holds). A
 * bound is checked against today, and a browser's clock may be behind the server's: an event
 * accepted once must read, and replay, on every client and after every change to the bounds.
 */
const version = zVersion;
const optionInput = z.strictObject({ label: zOptionLabel, notes: zShortNote.optional(), pathway: zPathway });

interface CommandDays {
  /** A day something happened. */
  past: typeof zCalendarDate;
  /** A day planned ahead. */
  planned: typeof zCalendarDate;
}

const commandMembers = (days: CommandDays) =>
  [
    // Goals — the participant's alone.
    z.strictObject({
      type: z.literal('goal.create'),
      title: zGoalTitle,
      why: zGoalWhy.optional(),
      lifeArea: zLifeArea,
      targetDate: days.planned.optional(),
    }),
    z.strictObject({
      type: z.literal('goal.edit'),
      goalId: zId,
      version,
      title: zGoalTitle.optional(),
      why: zGoalWhy.nullable().optional(),
      lifeArea: zLifeArea.optional(),
      targetDate: days.planned.nullable().optional(),
    }),
    z.strictObject({ type: z.literal('goal.set-status'), goalId: zId, status: zGoalStatus }),
    z.strictObject({ type: z.literal('goal.reorder'), goalIds: z.array(zId).min(1).max(500) }),
    z.strictObject({ type: z.literal('goal.delete'), goalId: zId }),
    // Steps.
    z.strictObject({ type: z.literal('step.create'), goalId: zId, text: zStepText }),
    z.strictObject({ type: z.literal('step.edit'), stepId: zId, version, text: zStepText }),
    z.strictObject({
      type: z.literal('step.set-done'),
      stepId: zId,
      done: z.boolean(),
      /** The day it was done, in the person's own calendar; today (server time) when left out. */
      doneOn: days.past.optional(),
    }),
    z.strictObject({ type: z.literal('step.reorder'), goalId: zId, stepIds: z.array(zId).min(1).max(500) }),
    z.strictObject({ type: z.literal('step.delete'), stepId: zId }),
    // Suggestions — a specialist suggests; the participant decides.
    z.strictObject({
      type: z.literal('suggestion.create'),
      proposal: zSuggestionProposal,
      rationale: zShortNote.optional(),
    }),
    z.strictObject({
      type: z.literal('suggestion.accept'),
      suggestionId: zId,
      /**
       * Edit-then-accept: the person's own wording of the text fields that fit the suggestion's kind
       * (title/why for goals, text for steps, label/notes for options, label/howToReach for supports).
       * The text then becomes the participant's voice.
       */
      edits: z
        .strictObject({
          title: zGoalTitle.optional(),
          why: zGoalWhy.optional(),
          text: zStepText.optional(),
          label: zOptionLabel.optional(),
          notes: zShortNote.optional(),
          howToReach: zHowToReach.optional(),
          response: zWellnessResponse.optional(),
        })
        .optional(),
    }),
    z.strictObject({ type: z.literal('suggestion.decline'), suggestionId: zId, note: zShortNote.optional() }),
    z.strictObject({ type: z.literal('suggestion.withdraw'), suggestionId: zId }),
    // Choices — many pathways, the person's decision.
    z.strictObject({
      type: z.literal('choice.create'),
      question: zQuestion,
      goalId: zId.optional(),
      options: z.array(optionInput).max(20).optional(),
    }),
    z.strictObject({ type: z.literal('choice.edit'), choiceId: zId, version, question: zQuestion }),
    z.strictObject({ type: z.literal('choice.add-option'), choiceId: zId, ...optionInput.shape }),
    z.strictObject({ type: z.literal('choice.remove-option'), choiceId: zId, optionId: zId }),
    z.strictObject({
      type: z.literal('choice.decide'),
      choiceId: zId,
      optionId: zId,
      reasons: zLongNote.optional(),
      decidedOn: days.past.optional(),
    }),
    z.strictObject({
      type: z.literal('choice.record-disagreement'),
      choiceId: zId,
      disagrees: z.boolean(),
      note: zShortNote.optional(),
    }),
    /** Re-opens a decided choice; the earlier decision is kept in the choice's history. */
    z.strictObject({ type: z.literal('choice.revisit'), choiceId: zId }),
    z.strictObject({ type: z.literal('choice.delete'), choiceId: zId }),
    // Check-ins — the person's own ratings.
    z.strictObject({
      type: z.literal('check-in.record'),
      goalId: zId.optional(),
      confidence: zRating.optional(),
      wellbeing: zRating.optional(),
      note: zCheckInNote.optional(),
    }),
    // Self-checks — the person's own ratings of the four dimensions (at least one; the handler says so).
    z.strictObject({
      type: z.literal('self-check.record'),
      health: zSelfCheckRating.optional(),
      home: zSelfCheckRating.optional(),
      purpose: zSelfCheckRating.optional(),
      community: zSelfCheckRating.optional(),
      note: zSelfCheckNote.optional(),
    }),
    /** Answers to one of the organisation's questionnaires; checked against it and scored by the server. */
    z.strictObject({
      type: z.literal('questionnaire.answer'),
      questionnaireId: zId,
      answers: z.array(zQuestionnaireAnswer).max(200),
    }),
    // Supports — people, groups and places in the person's network.
    z.strictObject({
      type: z.literal('support.create'),
      label: zSupportLabel,
      kind: zSupportKind,
      howToReach: zHowToReach.optional(),
      goalIds: z.array(zId).max(50).optional(),
    }),
    z.strictObject({
      type: z.literal('support.edit'),
      supportId: zId,
      version,
      label: zSupportLabel.optional(),
      kind: zSupportKind.optional(),
      howToReach: zHowToReach.nullable().optional(),
      goalIds: z.array(zId).max(50).optional(),
    }),
    z.strictObject({ type: z.literal('support.delete'), supportId: zId }),
    // Referrals — community resources the person saves to their plan and follows up themselves.
    z.strictObject({
      type: z.literal('referral.create'),
      resourceId: zId,
      goalId: zId.optional(),
      followUpOn: days.planned.optional(),
    }),
    z.strictObject({
      type: z.literal('referral.update'),
      referralId: zId,
      status: zReferralStatus.optional(),
      followUpOn: days.planned.nullable().optional(),
      goalId: zId.nullable().optional(),
    }),
    z.strictObject({ type: z.literal('referral.delete'), referralId: zId }),
    // The wellness and crisis plan — the participant's alone, like goals.
    z.strictObject({
      type: z.literal('wellness.create'),
      section: zWellnessSection,
      text: zWellnessText,
      response: zWellnessResponse.optional(),
      supportId: zId.optional(),
      resourceId: zId.optional(),
    }),
    z.strictObject({
      type: z.literal('wellness.edit'),
      itemId: zId,
      version,
      text: zWellnessText.optional(),
      response: zWellnessResponse.nullable().optional(),
      supportId: zId.nullable().optional(),
      resourceId: zId.nullable().optional(),
    }),
    z.strictObject({
      type: z.literal('wellness.reorder'),
      section: zWellnessSection,
      itemIds: z.array(zId).min(1).max(200),
    }),
    z.strictObject({ type: z.literal('wellness.delete'), itemId: zId }),
    /** "I went through my wellness plan and it still holds" — on the day given, or today. */
    z.strictObject({ type: z.literal('wellness.review'), reviewedOn: days.past.optional() }),
  ] as const;

export const planCommandMembers = commandMembers({ past: zPastDay, planned: zPlannedDay });
export const zPlanCommand = z.discriminatedUnion('type', planCommandMembers);
/** A command as the plan's event log recorded it (see above: its days are not re-checked). */
export const zRecordedPlanCommand = z.discriminatedUnion(
  'type',
  commandMembers({ past: zCalendarDate, planned: zCalendarDate }),
);
export type PlanCommand = z.infer<typeof zPlanCommand>;
export type PlanCommandType = PlanCommand['type'];
export type PlanCommandOf<T extends PlanCommandType> = Extract<PlanCommand, { type: T }>;
export const planCommandTypes = planCommandMembers.map((m) => m.shape.type.value) as PlanCommandType[];

/** A client's operation id: retrying with the same id returns the first answer and changes nothing. */
export const zClientOpId = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** What the executor answers once the change is committed. */
export const zCommandResult = z.object({
  seq: z.int().min(1),
  /** Ids of the items the command created or changed, first the main one. */
  ids: z.array(z.string()),
});
export type CommandResult = z.infer<typeof zCommandResult>;

/** One entry of the plan's event log. */
export const zPlanEvent = z.object({
  seq: z.int().min(1),
  at: zIsoDateTime,
  actor: zPlanActor,
  /** Whose words the text this event introduced is. */
  voice: zVoice,
  command: zRecordedPlanCommand,
  effects: z.array(zPlanEffect),
  /** The peer-support session it happened in, if any. */
  liveSessionId: zId.nullable(),
  /**
   * The person made this decision on their specialist's screen, in a session where they confirmed
   * they were there: the actor is the signed-in specialist, the voice the person's.
   */
  atOneScreen: z.boolean(),
});
export type PlanEvent = z.infer<typeof zPlanEvent>;

export const zPlanHistoryQuery = z.strictObject({
  after: zSeqCursorQuery.default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const zPlanHistoryPage = z.object({
  events: z.array(zPlanEvent),
  /** Pass as `after` for the next page; null when this page reached the newest event. */
  nextAfter: z.int().nullable(),
  seq: z.int(),
});
export type PlanHistoryPage = z.infer<typeof zPlanHistoryPage>;

export { zPlanSnapshot };

/**
 * Sent with a command from a specialist's device: the person is making this decision on that
 * screen, in a session where they confirmed they are there. The server checks that session.
 */
export const zAtOneScreen = z.literal(true).optional();

/** Body of `POST …/plan/commands`: any command, with an optional operation id for safe retries. */
export const zCommandRequest = z.strictObject({
  clientOpId: zClientOpId.optional(),
  command: zPlanCommand,
  atOneScreen: zAtOneScreen,
});
export type CommandRequest = z.infer<typeof zCommandRequest>;
