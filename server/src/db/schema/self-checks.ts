import type { QuestionnaireItem } from '@alongside/shared';
import { doublePrecision, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { participantOwner, recordedWith } from './owner.js';
import { users } from './people.js';

/**
 * Self-checks (the four dimensions, 0–10 each) and answers to the organisation's questionnaires:
 * part of the person's plan, written only through the plan command executor (same rules, same
 * event log). Every participant row carries organisation_id and participant_id, and every query
 * filters by both.
 */
export const selfChecks = pgTable(
  'self_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...participantOwner(),
    health: smallint('health'),
    home: smallint('home'),
    purpose: smallint('purpose'),
    community: smallint('community'),
    note: text('note'),
    ...recordedWith(),
  },
  // The person's lines, and the supervisors' report (this organisation, this period).
  (t) => [
    index('self_checks_owner_idx').on(t.organisationId, t.participantId, t.at),
    index('self_checks_org_at_idx').on(t.organisationId, t.at),
  ],
);

/** An organisation's own instrument (a FHIR R4 Questionnaire, kept as the items we answer and score). */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    url: text('url'),
    status: text('status').$type<'draft' | 'active' | 'retired' | 'unknown'>().notNull(),
    items: jsonb('items').$type<QuestionnaireItem[]>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Retired instruments are offered no more; answers already given keep pointing at them. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [index('questionnaires_org_idx').on(t.organisationId, t.createdAt)],
);

export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...participantOwner(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    questionnaireTitle: text('questionnaire_title').notNull(),
    answers: jsonb('answers').$type<{ linkId: string; value: number | boolean | string }[]>().notNull(),
    score: doublePrecision('score').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('questionnaire_responses_owner_idx').on(t.organisationId, t.participantId, t.at)],
);
