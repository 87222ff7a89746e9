import type { PlanCommand } from '@alongside/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { partnerships, planEvents, planHeads, users } from '../../db/schema/index.js';
import { type DbStep, runDbStep, statementTemplate } from '../../db/statement.js';
import type { Actor } from '../../lib/actor.js';
import { type AuthorizedPlan, planAccessDbStep } from './plan.policy.js';
import type { PlanScope } from './plan.repo.js';

/**
 * The SQL of a plan command's own statements, as database steps: each round trip to the database
 * is the dearest thing a command does, so these are built once (statement templates, prepared on
 * a group commit's connections) and sent together where the executor can.
 */

const p = sql.placeholder;

/** The partnership check: the specialist's active partnership with the (still enabled) person. */
const partnershipStatement = statementTemplate<{ organisationId: string; specialistId: string; participantId: string }>(
  'alongside_partnership',
  (db) =>
    db
      .select({ name: users.name })
      .from(partnerships)
      .innerJoin(users, eq(users.id, partnerships.participantId))
      .where(
        and(
          eq(partnerships.organisationId, p('organisationId')),
          eq(partnerships.specialistId, p('specialistId')),
          eq(partnerships.participantId, p('participantId')),
          isNull(partnerships.endedAt),
          isNull(users.disabledAt),
        ),
      )
      .limit(1),
);

/**
 * Claims the next seq and looks for an earlier event with the same operation id, in one
 * statement. The upsert creates the plan's head row if needed, locks it and increments it; the
 * lock is held to the end of the transaction, so commands on one plan take turns, and a
 * rolled-back command rolls its increment back too: seq never has a gap. (A twin that commits
 * while this one waits for the lock may be missed here; the executor catches that case when the
 * event is written.)
 */
const claimStatement = statementTemplate<PlanScope & { actorId: string; clientOpId: string | null }>(
  'alongside_claim_seq',
  () => sql`
    with head as (
      insert into ${planHeads} (participant_id, organisation_id, seq)
      values (${p('participantId')}, ${p('organisationId')}, 1)
      on conflict (participant_id) do update set seq = ${planHeads.seq} + 1
      returning seq
    )
    select head.seq,
      (select json_build_object('participantId', e.participant_id, 'command', e.command, 'seq', e.seq,
                                'resultIds', e.result_ids)
         from ${planEvents} e
        where e.actor_id = ${p('actorId')} and e.client_op_id = ${p('clientOpId')}
        limit 1) as prior
    from head`,
);

/**
 * Writes the event, its access-log row and its announcement in one statement. PostgreSQL
 * delivers the notification only if the transaction commits.
 */
const appendStatement = statementTemplate<
  PlanScope & {
    seq: number;
    actorId: string;
    actorRole: string;
    voice: string;
    type: string;
    command: string;
    effects: string;
    resultIds: string;
    clientOpId: string | null;
    liveSessionId: string | null;
    atOneScreen: boolean;
    at: string;
    action: string;
    requestId: string;
    channel: string;
    payload: string;
  }
>(
  'alongside_append_event',
  () => sql`
    with event as (
      insert into ${planEvents} (organisation_id, participant_id, seq, actor_id, actor_role, voice, type, command,
                                 effects, result_ids, client_op_id, live_session_id, at_one_screen, at)
      values (${p('organisationId')}, ${p('participantId')}, ${p('seq')}, ${p('actorId')}, ${p('actorRole')},
              ${p('voice')}, ${p('type')}, ${p('command')}::jsonb, ${p('effects')}::jsonb, ${p('resultIds')}::jsonb,
              ${p('clientOpId')}, ${p('liveSessionId')}, ${p('atOneScreen')}::boolean, ${p('at')}::timestamptz)
    ), logged as (
      insert into access_log (organisation_id, actor_user_id, actor_role, action, participant_id, outcome, request_id)
      values (${p('organisationId')}, ${p('actorId')}, ${p('actorRole')}, ${p('action')}, ${p('participantId')},
              'allowed', ${p('requestId')})
    )
    select pg_notify(${p('channel')}, ${p('payload')})`,
);

/** An event already written for an operation id: enough to answer a retry with the first result. */
export interface PriorEvent {
  participantId: string;
  command: PlanCommand;
  seq: number;
  resultIds: string[];
}

/** The event a command appends, with its command and effects already written as JSON. */
export interface EventToAppend {
  seq: number;
  actorId: string;
  actorRole: string;
  voice: string;
  type: string;
  commandJson: string;
  effectsJson: string;
  resultIds: string[];
  clientOpId: string | null;
  liveSessionId: string | null;
  atOneScreen: boolean;
  at: Date;
}

export function createPlanSteps(db: DbOrTx) {
  const steps = {
    /** The person's name, if the specialist has an active partnership with them; else null. */
    partnerDbStep(scope: PlanScope, specialistId: string): DbStep<string | null> {
      return {
        statement: partnershipStatement(db, { ...scope, specialistId }),
        read: ([row]) => (row ? String(row.name) : null),
      };
    },

    /** The next seq, and an earlier event with the same operation id if any (see `claimStatement`). */
    claimNextSeqDbStep(
      scope: PlanScope,
      actorId: string,
      clientOpId: string | undefined,
    ): DbStep<{ seq: number; prior?: PriorEvent }> {
      return {
        statement: claimStatement(db, { ...scope, actorId, clientOpId: clientOpId ?? null }),
        read([row]) {
          if (!row) throw new Error('plan head upsert returned no row');
          const seq = Number(row.seq);
          return row.prior ? { seq, prior: row.prior as PriorEvent } : { seq };
        },
      };
    },

    /** The event, its access-log row and its announcement (see `appendStatement`). */
    appendEventDbStep(
      scope: PlanScope,
      event: EventToAppend,
      access: { action: string; requestId: string },
      announcement: { channel: string; payload: string },
    ): DbStep<void> {
      return {
        statement: appendStatement(db, {
          ...scope,
          seq: event.seq,
          actorId: event.actorId,
          actorRole: event.actorRole,
          voice: event.voice,
          type: event.type,
          command: event.commandJson,
          effects: event.effectsJson,
          resultIds: JSON.stringify(event.resultIds),
          clientOpId: event.clientOpId,
          liveSessionId: event.liveSessionId,
          atOneScreen: event.atOneScreen,
          at: event.at.toISOString(),
          action: access.action,
          requestId: access.requestId,
          channel: announcement.channel,
          payload: announcement.payload,
        }),
        read: () => undefined,
      };
    },

    /** The access check on its own: the actor's relationship to the plan, or null ("not found"). */
    authorize(actor: Actor, participantId: string): Promise<AuthorizedPlan | null> {
      return runDbStep(db, planAccessDbStep(actor, participantId, steps));
    },
  };
  return steps;
}

export type PlanSteps = ReturnType<typeof createPlanSteps>;

/** `authorize` on a handle of the caller's (the live hub's, which reads plans itself). */
export function authorizePlan(db: DbOrTx, actor: Actor, participantId: string): Promise<AuthorizedPlan | null> {
  return createPlanSteps(db).authorize(actor, participantId);
}
