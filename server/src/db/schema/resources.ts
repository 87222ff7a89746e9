import type { Pathway, ResourceCategory, ResourceCost } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** The organisation's community-resource directory (not participant data: no access-log rows). */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    category: text('category').$type<ResourceCategory>().notNull(),
    description: text('description').notNull().default(''),
    languages: jsonb('languages').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    addressLine: text('address_line'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    hours: text('hours'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    pathways: jsonb('pathways').$type<Pathway[]>().notNull().default(sql`'[]'::jsonb`),
    cost: text('cost').$type<ResourceCost>().notNull(),
    lastVerifiedOn: date('last_verified_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('resources_org_name_idx').on(t.organisationId, t.name)],
);
