import { uuid } from 'drizzle-orm/pg-core';
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
