import type {
  GoalStatus,
  LifeArea,
  Pathway,
  ReferralStatus,
  SuggestionProposal,
  SuggestionStatus,
  SupportKind,
  Voice,
} from '@alongside/shared';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { participantOwner, recordedWith } from './owner.js';
import { users } from './people.js';
import { resources } from './resources.js';

/**
 * A participant's plan. Every row carries organisation_id and participant_id, and every query
 * filters by both, so a tenant never reaches another's rows (and sharding by organisation stays
 * possible). Rows change only through the plan command executor.
 */
const owner = participantOwner;
const stamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    title: text('title').notNull(),
    why: text('why'),
    lifeArea: text('life_area').$type<LifeArea>().notNull(),
    status: text('status').$type<GoalStatus>().notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    position: integer('position').notNull(),
    voice: text('voice').$type<Voice>().notNull(),
    /**
     * Whose words "why it matters" is, when it differs from the title's: a person who rewords
     * only the title of a suggested goal leaves its "why" in the specialist's words. Null on rows
     * written before migration 0013: the same as `voice`.
     */
    whyVoice: text('why_voice').$type<Voice>(),
    fromSuggestionId: uuid('from_suggestion_id'),
    version: integer('version').notNull().default(1),
    ...stamps(),
  },
  (t) => [
    index('goals_owner_idx').on(t.organisationId, t.participantId),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('goals_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

export const steps = pgTable(
  'steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    position: integer('position').notNull(),
    voice: text('voice').$type<Voice>().notNull(),
    fromSuggestionId: uuid('from_suggestion_id'),
    version: integer('version').notNull().default(1),
    ...stamps(),
  },
  (t) => [
    index('steps_owner_idx').on(t.organisationId, t.participantId),
    index('steps_goal_idx').on(t.goalId),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('steps_org_done_idx').on(t.organisationId, t.doneOn).where(sql`${t.doneOn} IS NOT NULL`),
  ],
);

export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    proposal: jsonb('proposal').$type<SuggestionProposal>().notNull(),
    /** Denormalised from proposal.kind for reports. */
    kind: text('kind').$type<SuggestionProposal['kind']>().notNull(),
    rationale: text('rationale'),
    status: text('status').$type<SuggestionStatus>().notNull(),
    /** For a referral suggestion: the resource's name when it was suggested. */
    resourceName: text('resource_name'),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    resultId: uuid('result_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('suggestions_owner_idx').on(t.organisationId, t.participantId),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('suggestions_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

export interface PastDecisionRow {
  optionLabel: string;
  reasons: string | null;
  decidedOn: string;
  revisitedAt: string;
}

export const choices = pgTable(
  'choices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    question: text('question').notNull(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    chosenOptionId: uuid('chosen_option_id'),
    reasons: text('reasons'),
    decidedOn: date('decided_on', { mode: 'string' }),
    disagreesWithSpecialist: boolean('disagrees_with_specialist').notNull().default(false),
    disagreementNote: text('disagreement_note'),
    pastDecisions: jsonb('past_decisions').$type<PastDecisionRow[]>().notNull().default(sql`'[]'::jsonb`),
    voice: text('voice').$type<Voice>().notNull(),
    version: integer('version').notNull().default(1),
    ...stamps(),
  },
  (t) => [
    index('choices_owner_idx').on(t.organisationId, t.participantId),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('choices_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

export const choiceOptions = pgTable(
  'choice_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    choiceId: uuid('choice_id')
      .notNull()
      .references(() => choices.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    notes: text('notes'),
    pathway: text('pathway').$type<Pathway>().notNull(),
    raisedBy: text('raised_by').$type<Voice>().notNull(),
    /** Whose words the label is (an option the specialist raised may be in the person's words). Null before 0013: `raisedBy`. */
    voice: text('voice').$type<Voice>(),
    /** Whose words the notes are. Null before 0013: as `voice`. */
    notesVoice: text('notes_voice').$type<Voice>(),
    fromSuggestionId: uuid('from_suggestion_id'),
    position: integer('position').notNull(),
  },
  (t) => [index('choice_options_choice_idx').on(t.choiceId)],
);

export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'cascade' }),
    confidence: smallint('confidence'),
    wellbeing: smallint('wellbeing'),
    note: text('note'),
    ...recordedWith(),
  },
  (t) => [
    index('check_ins_owner_idx').on(t.organisationId, t.participantId, t.at),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('check_ins_org_at_idx')
      .on(t.organisationId, t.at)
      .where(sql`${t.goalId} IS NOT NULL AND ${t.confidence} IS NOT NULL`),
  ],
);

export const supports = pgTable(
  'supports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    label: text('label').notNull(),
    kind: text('kind').$type<SupportKind>().notNull(),
    howToReach: text('how_to_reach'),
    /** The goals this support serves; kept in step with goal deletions by the executor. */
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    voice: text('voice').$type<Voice>().notNull(),
    /** Whose words "how to reach" is. Null before 0013: the same as `voice`. */
    howToReachVoice: text('how_to_reach_voice').$type<Voice>(),
    fromSuggestionId: uuid('from_suggestion_id'),
    version: integer('version').notNull().default(1),
    ...stamps(),
  },
  (t) => [index('supports_owner_idx').on(t.organisationId, t.participantId)],
);

/** A community resource the person saved to their plan, and how far they have got with it. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    resourceId: uuid('resource_id').references(() => resources.id, { onDelete: 'set null' }),
    resourceName: text('resource_name').notNull(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    status: text('status').$type<ReferralStatus>().notNull(),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    fromSuggestionId: uuid('from_suggestion_id'),
    ...stamps(),
  },
  (t) => [index('referrals_owner_idx').on(t.organisationId, t.participantId)],
);
