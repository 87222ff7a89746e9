import type { PlanCommand, PlanEffect, Role, Voice } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './people.js';

/**
 * The head of each participant's event log. Taking its row lock serialises the commands on one
 * plan, which is what keeps `seq` free of gaps and duplicates.
 */
export const planHeads = pgTable('plan_heads', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => users.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  seq: integer('seq').notNull(),
});

/** The plan's memory: every committed command, its effects, who did it and in whose words. */
export const planEvents = pgTable(
  'plan_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => users.id),
    seq: integer('seq').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    actorRole: text('actor_role').$type<Role>().notNull(),
    voice: text('voice').$type<Voice>().notNull(),
    type: text('type').$type<PlanCommand['type']>().notNull(),
    command: jsonb('command').$type<PlanCommand>().notNull(),
    effects: jsonb('effects').$type<PlanEffect[]>().notNull(),
    resultIds: jsonb('result_ids').$type<string[]>().notNull(),
    clientOpId: text('client_op_id'),
    liveSessionId: uuid('live_session_id'),
    /**
     * Made by the person on their specialist's screen, in a session where they confirmed they were
     * there (the one-screen rule in plan.policy.ts): the actor is the signed-in specialist, the
     * decision the person's.
     */
    atOneScreen: boolean('at_one_screen').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('plan_events_participant_seq_key').on(t.participantId, t.seq),
    // A retry with the same operation id is recognised and answered with the first result.
    uniqueIndex('plan_events_actor_op_key').on(t.actorId, t.clientOpId).where(sql`${t.clientOpId} is not null`),
    index('plan_events_org_at_idx').on(t.organisationId, t.at),
    // The supervisor report's "any plan event in the range", one probe per participant (migration 0006).
    index('plan_events_org_participant_at_idx').on(t.organisationId, t.participantId, t.at),
  ],
);
