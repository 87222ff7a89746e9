import type { OrganisationSettings } from '@alongside/shared';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<OrganisationSettings>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The small-cell threshold in force for each calendar year of an organisation's reports. A change
 * of the setting is written here for the next year, and the year it was made is pinned to the old
 * value, so two thresholds never apply to one report period. A year with no row uses the latest
 * earlier row, else the earliest row, else the setting.
 */
export const reportThresholds = pgTable(
  'report_thresholds',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    threshold: integer('threshold').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);
