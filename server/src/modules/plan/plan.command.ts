import type { CommandResult, PlanCommand, PlanCommandType, PlanEvent } from '@alongside/shared';
import type { DbStep } from '../../db/statement.js';
import type { RequestContext } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Clock } from '../../lib/clock.js';
import { type AppError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { channels } from '../../lib/notify.js';
import type { JoinedLiveSession, LiveSessionGate } from '../live-sessions/index.js';
import { checkInHandlers } from './handlers/check-ins.handlers.js';
import { choiceHandlers } from './handlers/choices.handlers.js';
import { goalHandlers } from './handlers/goals.handlers.js';
import type { Handler, HandlerMap } from './handlers/handler.js';
import { referralHandlers } from './handlers/referrals.handlers.js';
import { selfCheckHandlers } from './handlers/self-checks.handlers.js';
import { stepHandlers } from './handlers/steps.handlers.js';
import { suggestionHandlers } from './handlers/suggestions.handlers.js';
import { supportHandlers } from './handlers/supports.handlers.js';
import { wellnessHandlers } from './handlers/wellness.handlers.js';
import { encodeAnnouncement, type PlanEventAnnouncement } from './plan.announcement.js';
import { type AuthorizedPlan, assertCommandAllowed, planAccessDbStep } from './plan.policy.js';
import type { PlanRepo, PlanScope } from './plan.repo.js';
import type { PlanSteps, PriorEvent } from './plan.steps.js';

const handlers: HandlerMap<PlanCommandType> = {
  ...goalHandlers,
  ...stepHandlers,
  ...suggestionHandlers,
  ...choiceHandlers,
  ...checkInHandlers,
  ...supportHandlers,
  ...referralHandlers,
  ...wellnessHandlers,
  ...selfCheckHandlers,
};

/** A retry of an operation already applied: raised to roll back, answered with the first result. */
export class AlreadyApplied extends Error {
  constructor(readonly prior: PriorEvent) {
    super('operation already applied');
  }
}

/** Raised inside the transaction when the rules refuse: it is logged as a denied access after rollback. */
export class Denied extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

/** One command, as the executor received it. */
export interface CommandJob {
  readonly ctx: RequestContext;
  readonly participantId: string;
  readonly command: PlanCommand;
  readonly clientOpId?: string | undefined;
  /** A decision the person makes on their specialist's screen (see plan.policy.ts). */
  readonly atOneScreen?: boolean | undefined;
}

/** What a command works with, bound to its transaction. */
export interface CommandRepos {
  readonly plans: (scope: PlanScope) => PlanRepo;
  readonly planSteps: PlanSteps;
}

/** The statements that open a command: who may do what, the live session, the seq. */
export interface Opening {
  readonly access: DbStep<AuthorizedPlan | null>;
  readonly gate: DbStep<JoinedLiveSession | null>;
  readonly claim: DbStep<Claim>;
}

interface Claim {
  readonly seq: number;
  readonly prior?: PriorEvent | undefined;
}

/** A command the rules allow: the plan as authorized, and the live session it is part of. */
export interface Allowed {
  readonly plan: AuthorizedPlan;
  readonly liveSessionId: string | null;
}

/** A command applied: its answer, the statement that records its event, and the announcement. */
export interface Applied {
  readonly result: CommandResult;
  readonly record: DbStep<void>;
  readonly announcement: PlanEventAnnouncement;
}

/**
 * What a plan command does, defined once for both ways the executor runs commands — alone, one
 * statement at a time, or in a group commit's batch, each phase's statements together: open
 * (`open`), decide by the partnership rules (`check`), then change the plan and write the event
 * (`apply`, then its `record`). Neither way has its own copy of any of it.
 */
export function createCommandDefinition(deps: { clock: Clock; liveSessions: LiveSessionGate }) {
  const { clock, liveSessions } = deps;
  return {
    open(repos: CommandRepos, job: CommandJob): Opening {
      const { actor } = job.ctx;
      const scope = { organisationId: actor.organisationId, participantId: job.participantId };
      return {
        access: planAccessDbStep(actor, job.participantId, repos.planSteps),
        // Only a specialist's own live sessions count for them; a participant's plan is their own.
        gate: liveSessions.joinedLiveSessionDbStep(scope, actor.role === 'specialist' ? actor.userId : undefined),
        claim: repos.planSteps.claimNextSeqDbStep(scope, actor.userId, job.clientOpId),
      };
    },

    /** The partnership rules against what the opening found; a refusal is thrown as `Denied`. */
    check(job: CommandJob, plan: AuthorizedPlan | null, session: JoinedLiveSession | null): Allowed {
      if (!plan) throw new Denied(new NotFoundError());
      const found = { joined: session !== null, oneScreen: session?.oneScreen ?? false };
      try {
        const allowed = assertCommandAllowed(plan, job.command, found, job.atOneScreen === true);
        return { plan: allowed, liveSessionId: session?.id ?? null };
      } catch (error) {
        throw error instanceof ForbiddenError ? new Denied(error) : error;
      }
    },

    /**
     * Applies an allowed command whose seq is claimed: a retried operation, the handler, and the
     * statement that records its event (for the caller to send).
     */
    async apply(repos: CommandRepos, job: CommandJob, allowed: Allowed, claim: Claim): Promise<Applied> {
      const { ctx, participantId, command, clientOpId } = job;
      const { plan, liveSessionId } = allowed;
      const { seq } = claim;
      // Thrown, not returned, so the claimed seq is rolled back with the transaction.
      if (claim.prior) throw new AlreadyApplied(claim.prior);
      const now = clock.now();
      const handler = handlers[command.type] as Handler<PlanCommandType>;
      const outcome = await handler(
        { repo: repos.plans(plan.scope), plan, now, today: now.toISOString().slice(0, 10), liveSessionId },
        command,
      ).catch((error: unknown) => {
        // A rule checked against the data (e.g. withdrawing someone else's suggestion) is a refusal too.
        throw error instanceof ForbiddenError ? new Denied(error) : error;
      });
      const at = now.toISOString();
      // Each part serialised once: the same text goes into the log's columns and the announcement.
      const commandJson = JSON.stringify(command);
      const effectsJson = JSON.stringify(outcome.effects);
      const actor: PlanEvent['actor'] = { id: ctx.actor.userId, name: ctx.actor.name, role: ctx.actor.role };
      // The PlanEvent, as JSON.stringify would write it.
      const eventText = `{"seq":${seq},"at":"${at}","actor":${JSON.stringify(actor)},"voice":"${outcome.voice}","command":${commandJson},"effects":${effectsJson},"liveSessionId":${JSON.stringify(liveSessionId)},"atOneScreen":${plan.atOneScreen}}`;
      const announcement: PlanEventAnnouncement = { participantId, seq, eventText };
      const record = repos.planSteps.appendEventDbStep(
        plan.scope,
        {
          seq,
          actorId: ctx.actor.userId,
          actorRole: ctx.actor.role,
          voice: outcome.voice,
          type: command.type,
          commandJson,
          effectsJson,
          resultIds: outcome.ids,
          clientOpId: clientOpId ?? null,
          liveSessionId,
          atOneScreen: plan.atOneScreen,
          at: now,
        },
        { action: `plan.${command.type}`, requestId: ctx.requestId },
        // Every instance's hub hears of the event; the notification carries the event itself when it
        // fits, so their subscribers need not read it back.
        { channel: channels.planEvents, payload: encodeAnnouncement(announcement) },
      );
      return { result: { seq, ids: outcome.ids }, record, announcement };
    },
  };
}

export type CommandDefinition = ReturnType<typeof createCommandDefinition>;

/** The first answer to an operation id, if this is the same change again; a conflict if it is not. */
export function answerRetry(prior: PriorEvent, job: CommandJob): CommandResult {
  if (prior.participantId !== job.participantId || canonicalJson(prior.command) !== canonicalJson(job.command)) {
    throw new ConflictError(
      'operation_id_reused',
      'This operation id was already used for a different change.',
      'clientOpId',
    );
  }
  return { seq: prior.seq, ids: prior.resultIds };
}
