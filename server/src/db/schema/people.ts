import type { Language, Role } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import { index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Stored lower-cased; sign-in is by email alone, so it is unique across organisations. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    passwordHash: text('password_hash').notNull(),
    language: text('language').$type<Language>().notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * A fixed random number 0–255 drawn when the account is made, never shown or changed. Supervisor
     * reports derive a cell's small adjustment from the record keys of the people counted in it
     * (cell-key perturbation), so the same cell gets the same adjustment however it is asked for.
     */
    recordKey: smallint('record_key').notNull().default(sql`floor(random() * 256)::smallint`),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_org_idx').on(t.organisationId, t.role)],
);

export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    specialistId: uuid('specialist_id')
      .notNull()
      .references(() => users.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('partnerships_specialist_idx').on(t.organisationId, t.specialistId),
    index('partnerships_participant_idx').on(t.organisationId, t.participantId),
    // At most one active partnership per pair; a new one may start after the old one ended.
    uniqueIndex('partnerships_active_pair_key').on(t.specialistId, t.participantId).where(sql`${t.endedAt} is null`),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** SHA-256 of the token; the token itself exists only in the link handed to the inviter. */
    tokenHash: text('token_hash').notNull(),
    invitedById: uuid('invited_by_id')
      .notNull()
      .references(() => users.id),
    /** For participant invitations: the specialist the partnership is created with. */
    specialistId: uuid('specialist_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: uuid('accepted_user_id').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('invitations_token_key').on(t.tokenHash), index('invitations_org_idx').on(t.organisationId)],
);
