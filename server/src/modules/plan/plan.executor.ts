import type { CommandResult, PlanCommand, PlanCommandType, PlanEvent } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { createRepos } from '../../db/repos.js';
import type { RequestContext } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Clock } from '../../lib/clock.js';
import { sqlState } from '../../lib/db-errors.js';
import { type AppError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { channels } from '../../lib/notify.js';
import { createAudit } from '../access-log/audit.js';
import { checkInHandlers } from './handlers/check-ins.handlers.js';
import { choiceHandlers } from './handlers/choices.handlers.js';
import { goalHandlers } from './handlers/goals.handlers.js';
import type { Handler, HandlerMap } from './handlers/handler.js';
import { stepHandlers } from './handlers/steps.handlers.js';
import { suggestionHandlers } from './handlers/suggestions.handlers.js';
import { supportHandlers } from './handlers/supports.handlers.js';
import { type AuthorizedPlan, assertCommandAllowed, authorizePlan } from './plan.policy.js';
import { createPlanRepo } from './plan.repo.js';

/** NOTIFY payloads are limited to 8,000 bytes; larger events are read back from the log instead. */
const maxInlineEventBytes = 7000;

/**
 * Tells the executor whether the plan's participant is in a live session right now that this
 * actor may act in (for a specialist: a session of their partnership the person has joined).
 * The live-sessions module provides it; without it nothing counts as live.
 */
export interface LiveSessionGate {
  joinedSessionId(db: DbOrTx, plan: AuthorizedPlan): Promise<string | null>;
}
const noLiveSessions: LiveSessionGate = { joinedSessionId: async () => null };

const handlers: HandlerMap<PlanCommandType> = {
  ...goalHandlers,
  ...stepHandlers,
  ...suggestionHandlers,
  ...choiceHandlers,
  ...checkInHandlers,
  ...supportHandlers,
};

/** A retry of an operation already applied: raised to roll back, answered with the first result. */
class AlreadyApplied extends Error {
  constructor(readonly prior: { participantId: string; command: PlanCommand; seq: number; resultIds: string[] }) {
    super('operation already applied');
  }
}

/** Raised inside the transaction when the rules refuse: it is logged as a denied access after rollback. */
class Denied extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

/**
 * THE ONE DOOR for every change to a plan. In one transaction: authorize by the partnership rules,
 * serialise on the plan's head row, recognise a retried operation, apply the command, append the
 * event (gap-free seq), write the access log, and queue the notification — which PostgreSQL
 * delivers only if the transaction commits. Only then does it answer. A refused command changes
 * nothing.
 */
export function createPlanExecutor(deps: { db: Db; clock: Clock; liveSessions?: LiveSessionGate }) {
  const { db, clock } = deps;
  const liveSessions = deps.liveSessions ?? noLiveSessions;

  async function run(ctx: RequestContext, participantId: string, command: PlanCommand, clientOpId?: string) {
    return db.transaction(async (tx) => {
      const plan = await authorizePlan(tx, ctx.actor, participantId);
      if (!plan) throw new Denied(new NotFoundError());
      const liveSessionId = await liveSessions.joinedSessionId(tx, plan);
      try {
        assertCommandAllowed(plan, command, liveSessionId !== null);
      } catch (error) {
        throw error instanceof ForbiddenError ? new Denied(error) : error;
      }
      const repo = createPlanRepo(tx, plan.scope);
      const seq = await repo.claimNextSeq();
      // Checked under the head lock: a concurrent twin of this operation has committed by now.
      if (clientOpId) {
        const prior = await repo.findEventByOp(ctx.actor.userId, clientOpId);
        // Thrown, not returned, so the claimed seq is rolled back with the transaction.
        if (prior) throw new AlreadyApplied(prior);
      }
      const now = clock.now();
      const handler = handlers[command.type] as Handler<PlanCommandType>;
      const outcome = await handler(
        { repo, plan, now, today: now.toISOString().slice(0, 10), liveSessionId },
        command,
      ).catch((error: unknown) => {
        // A rule checked against the data (e.g. withdrawing someone else's suggestion) is a refusal too.
        throw error instanceof ForbiddenError ? new Denied(error) : error;
      });
      const event: PlanEvent = {
        seq,
        at: now.toISOString(),
        actor: { id: ctx.actor.userId, name: ctx.actor.name, role: ctx.actor.role },
        voice: outcome.voice,
        command,
        effects: outcome.effects,
        liveSessionId,
      };
      await repo.appendEvent({
        seq,
        actorId: ctx.actor.userId,
        actorRole: ctx.actor.role,
        voice: outcome.voice,
        type: command.type,
        command,
        effects: outcome.effects,
        resultIds: outcome.ids,
        clientOpId: clientOpId ?? null,
        liveSessionId,
        at: now,
      });
      // The access-log row and the announcement in one round trip. PostgreSQL delivers the
      // notification only if this transaction commits; it carries the event itself when it fits
      // in a notification, so live subscribers need not read it back.
      const text = JSON.stringify(event);
      const payload = JSON.stringify(
        text.length <= maxInlineEventBytes ? { participantId, seq, event } : { participantId, seq },
      );
      await tx.execute(sql`
        with logged as (
          insert into access_log (organisation_id, actor_user_id, actor_role, action, participant_id, outcome, request_id)
          values (${ctx.actor.organisationId}, ${ctx.actor.userId}, ${ctx.actor.role}, ${`plan.${command.type}`}, ${participantId}, 'allowed', ${ctx.requestId})
        )
        select pg_notify(${channels.planEvents}, ${payload})`);
      return { seq, ids: outcome.ids } satisfies CommandResult;
    });
  }

  return {
    async execute(
      ctx: RequestContext,
      participantId: string,
      command: PlanCommand,
      clientOpId?: string,
    ): Promise<CommandResult> {
      try {
        return await run(ctx, participantId, command, clientOpId);
      } catch (error) {
        if (error instanceof AlreadyApplied) return answerRetry(error.prior, participantId, command);
        if (error instanceof Denied) {
          await createAudit({ repo: createRepos(db).accessLog }).record(
            ctx,
            `plan.${command.type}`,
            [participantId],
            'denied',
          );
          throw error.refusal;
        }
        // Two copies of one operation on different plans raced past the check: the index decided.
        if (clientOpId && sqlState(error) === '23505') {
          const prior = await createPlanRepo(db, {
            organisationId: ctx.actor.organisationId,
            participantId,
          }).findEventByOp(ctx.actor.userId, clientOpId);
          if (prior) return answerRetry(prior, participantId, command);
        }
        throw error;
      }
    },
  };
}

function answerRetry(
  prior: { participantId: string; command: PlanCommand; seq: number; resultIds: string[] },
  participantId: string,
  command: PlanCommand,
): CommandResult {
  if (prior.participantId !== participantId || canonicalJson(prior.command) !== canonicalJson(command)) {
    throw new ConflictError(
      'operation_id_reused',
      'This operation id was already used for a different change.',
      'clientOpId',
    );
  }
  return { seq: prior.seq, ids: prior.resultIds };
}

export type PlanExecutor = ReturnType<typeof createPlanExecutor>;
