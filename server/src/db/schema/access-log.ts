import type { Role } from '@alongside/shared';
import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only (HIPAA access audit): a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE.
 * No foreign keys on purpose: a denied attempt may name an id that does not exist, and the
 * log must outlive anything it mentions.
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    organisationId: uuid('organisation_id'),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role').$type<Role>(),
    action: text('action').notNull(),
    participantId: uuid('participant_id'),
    /**
     * The account an account event concerns (a sign-in method added, used, failed, reset), so the
     * person sees it on their own account page even when someone else did it (an admin's reset).
     */
    subjectUserId: uuid('subject_user_id'),
    outcome: text('outcome').$type<'allowed' | 'denied'>().notNull(),
    requestId: text('request_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('access_log_participant_idx').on(t.participantId, t.id),
    index('access_log_org_idx').on(t.organisationId, t.at),
    index('access_log_subject_idx').on(t.subjectUserId, t.id),
  ],
);
