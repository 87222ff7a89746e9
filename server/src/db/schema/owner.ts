import type { Voice } from '@alongside/shared';
import { boolean, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './people.js';

/**
 * Whose row it is: every table of a participant's data carries organisation_id and
 * participant_id, and every query filters by both, so a tenant never reaches another's rows
 * (and sharding by organisation stays possible).
 */
export const participantOwner = () => ({
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  participantId: uuid('participant_id')
    .notNull()
    .references(() => users.id),
});

/**
 * Who recorded a rating the person gave (check-ins, self-checks): the person, or a specialist with
 * them in a live session ("recorded together"), and when.
 */
export const recordedWith = () => ({
  recordedTogether: boolean('recorded_together').notNull(),
  recordedBy: text('recorded_by').$type<Voice>().notNull(),
  recordedByUserId: uuid('recorded_by_user_id')
    .notNull()
    .references(() => users.id),
  liveSessionId: uuid('live_session_id'),
  at: timestamp('at', { withTimezone: true }).notNull(),
});
