import type { CommandResult, PlanCommand, PlanCommandType } from '@alongside/shared';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { createRepos } from '../../db/repos.js';
import type { RequestContext } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Clock } from '../../lib/clock.js';
import { sqlState } from '../../lib/db-errors.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
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

/** Channel on which committed plan events are announced: payload `{ participantId, seq }`. */
export const planEventsChannel = 'plan_events';

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
        throw error instanceof AppError ? new Denied(error) : error;
      }
      const repo = createPlanRepo(tx, plan.scope);
      const head = await repo.lockHead();
      // Checked under the head lock: a concurrent twin of this operation has committed by now.
      if (clientOpId) {
        const prior = await repo.findEventByOp(ctx.actor.userId, clientOpId);
        if (prior) return answerRetry(prior, participantId, command);
      }
      const now = clock.now();
      const handler = handlers[command.type] as Handler<PlanCommandType>;
      const outcome = await handler(
        { repo, plan, now, today: now.toISOString().slice(0, 10), liveSessionId },
        command,
      ).catch((error: unknown) => {
        // A rule that needs the item to decide (only its author may withdraw a suggestion) refuses
        // inside the handler: that is a denied access too, and is logged as one.
        throw error instanceof ForbiddenError ? new Denied(error) : error;
      });
      const seq = head + 1;
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
      await createAudit({ repo: createRepos(tx).accessLog }).record(ctx, `plan.${command.type}`, [participantId]);
      await tx.execute(sql`select pg_notify(${planEventsChannel}, ${JSON.stringify({ participantId, seq })})`);
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
