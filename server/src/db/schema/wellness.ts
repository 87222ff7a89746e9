import type { Voice, WellnessSection } from '@alongside/shared';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { participantOwner } from './owner.js';
import { users } from './people.js';

/**
 * The person's wellness and crisis plan: part of their plan, changed only through the plan
 * command executor (same rules, same event log). Every row carries organisation_id and
 * participant_id, and every query filters by both.
 */
const owner = participantOwner;

export const wellnessItems = pgTable(
  'wellness_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    section: text('section').$type<WellnessSection>().notNull(),
    text: text('text').notNull(),
    response: text('response'),
    /** One of the person's supports (who to involve), or a directory resource; no foreign key:
     * the item keeps its words if the support or resource goes, and the link is read as gone. */
    supportId: uuid('support_id'),
    resourceId: uuid('resource_id'),
    position: integer('position').notNull(),
    voice: text('voice').$type<Voice>().notNull(),
    responseVoice: text('response_voice').$type<Voice>().notNull(),
    fromSuggestionId: uuid('from_suggestion_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('wellness_items_owner_idx').on(t.organisationId, t.participantId, t.section)],
);

/** The day the person last went through their wellness plan. One row per person, once reviewed. */
export const wellnessReviews = pgTable('wellness_reviews', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => users.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
