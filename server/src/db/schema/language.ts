import type { LanguageCode, NudgeOutcome, Role } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/**
 * Respectful-language settings of an organisation (its own terms, built-in terms switched off) and
 * the nudge events behind the supervisors' counts. Not participant data: a nudge event holds no
 * text, no participant and no staff id — only the organisation, the writer's role, the term and
 * what happened.
 */
export const languageTerms = pgTable(
  'language_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    language: text('language').$type<LanguageCode>().notNull(),
    label: text('label').notNull(),
    variants: jsonb('variants').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    alternative: text('alternative').notNull().default(''),
    why: text('why').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('language_terms_org_idx').on(t.organisationId, t.createdAt)],
);

/** A built-in term (`en.clean`) an organisation switched off. */
export const languageTermsOff = pgTable(
  'language_terms_off',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    termKey: text('term_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.termKey] })],
);

export const languageNudgeEvents = pgTable(
  'language_nudge_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    staffRole: text('staff_role').$type<Role>().notNull(),
    termKey: text('term_key').notNull(),
    outcome: text('outcome').$type<NudgeOutcome>().notNull(),
    /**
     * 0–255 at random, like a person's record key: the reports' cell-key perturbation sums the
     * keys behind a cell, and a nudge has no person behind it.
     */
    recordKey: smallint('record_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('language_nudge_events_org_at_idx').on(t.organisationId, t.at)],
);
