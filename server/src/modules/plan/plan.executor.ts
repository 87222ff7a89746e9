import type { CommandResult, PlanCommand, PlanCommandType, PlanEvent } from '@alongside/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { createRepos } from '../../db/repos.js';
import type { RequestContext } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Clock } from '../../lib/clock.js';
import { sqlState } from '../../lib/db-errors.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { channels } from '../../lib/notify.js';
import { createAudit } from '../access-log/audit.js';
import { checkInHandlers } from './handlers/check-ins.handlers.js';
import { choiceHandlers } from './handlers/choices.handlers.js';
import { goalHandlers } from './handlers/goals.handlers.js';
import type { Handler, HandlerMap } from './handlers/handler.js';
import { referralHandlers } from './handlers/referrals.handlers.js';
import { stepHandlers } from './handlers/steps.handlers.js';
import { suggestionHandlers } from './handlers/suggestions.handlers.js';
import { supportHandlers } from './handlers/supports.handlers.js';
import { type AuthorizedPlan, assertCommandAllowed, authorizePlan } from './plan.policy.js';
import { createPlanRepo, type PriorEvent } from './plan.repo.js';

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
  ...referralHandlers,
};

/** A retry of an operation already applied: raised to roll back, answered with the first result. */
class AlreadyApplied extends Error {
  constructor(readonly prior: PriorEvent) {
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
      const { seq, prior } = await repo.claimNextSeq(ctx.actor.userId, clientOpId);
      // Thrown, not returned, so the claimed seq is rolled back with the transaction.
      if (prior) throw new AlreadyApplied(prior);
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
      // The announcement carries the event itself when it fits in a notification, so live
      // subscribers need not read it back.
      const text = JSON.stringify(event);
      await repo.appendEvent(
        {
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
        },
        {
          organisationId: ctx.actor.organisationId,
          actorRole: ctx.actor.role,
          action: `plan.${command.type}`,
          requestId: ctx.requestId,
        },
        {
          channel: channels.planEvents,
          payload: JSON.stringify(
            text.length <= maxInlineEventBytes ? { participantId, seq, event } : { participantId, seq },
          ),
        },
      );
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
        // A twin of this operation committed while this one waited for the plan's lock, unseen by
        // the check: the unique index refused the second event, or the change no longer applied
        // (e.g. deleting what the twin deleted). Either way the first answer stands.
        if (clientOpId && (sqlState(error) === '23505' || error instanceof AppError)) {
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
