import type { SessionMode } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { partnerships, users } from './people.js';

/** A peer-support session held by one partnership. */
export const liveSessions = pgTable(
  'live_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    specialistId: uuid('specialist_id')
      .notNull()
      .references(() => users.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => users.id),
    mode: text('mode').$type<SessionMode>().notNull(),
    placeLabel: text('place_label'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull(),
    participantJoinedAt: timestamp('participant_joined_at', { withTimezone: true }),
    joinMethod: text('join_method').$type<'own-device' | 'shared-screen-code'>(),
    /** Shared screen: SHA-256 of the 6-digit code the participant's phone shows, while it is valid. */
    presenceCodeHash: text('presence_code_hash'),
    presenceCodeExpiresAt: timestamp('presence_code_expires_at', { withTimezone: true }),
    presenceCodeAttempts: integer('presence_code_attempts').notNull().default(0),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason').$type<'ended-by-specialist' | 'ended-by-participant' | 'idle'>(),
  },
  (t) => [
    index('live_sessions_participant_idx').on(t.organisationId, t.participantId, t.startedAt),
    index('live_sessions_specialist_idx').on(t.organisationId, t.specialistId, t.startedAt),
    // The supervisor report's: this organisation, this time range (migration 0006).
    index('live_sessions_org_started_idx').on(t.organisationId, t.startedAt),
    // One open session per partnership at a time.
    uniqueIndex('live_sessions_open_key').on(t.partnershipId).where(sql`${t.endedAt} is null`),
  ],
);

/** The note of a session, drafted by the specialist with the person, then co-signed and locked. */
export const sessionNotes = pgTable(
  'session_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    liveSessionId: uuid('live_session_id')
      .notNull()
      .references(() => liveSessions.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => users.id),
    specialistId: uuid('specialist_id')
      .notNull()
      .references(() => users.id),
    workedOn: text('worked_on').notNull(),
    chosen: text('chosen').notNull(),
    nextSteps: text('next_steps').notNull(),
    participantView: text('participant_view'),
    response: text('response').$type<'co-signed' | 'sees-differently'>(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('session_notes_session_key').on(t.liveSessionId),
    index('session_notes_participant_idx').on(t.organisationId, t.participantId),
  ],
);

/** Changes to a locked note: append-only, each with who and when (a trigger refuses edits). */
export const noteAmendments = pgTable(
  'note_amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    noteId: uuid('note_id')
      .notNull()
      .references(() => sessionNotes.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    authorRole: text('author_role').$type<'specialist' | 'participant'>().notNull(),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('note_amendments_note_idx').on(t.noteId, t.at)],
);
