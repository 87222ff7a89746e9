import type { CommandResult, PlanCommand, PlanCommandType, PlanEvent } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db, DbOrTx } from '../../db/client.js';
import { createRepos } from '../../db/repos.js';
import { type DbStep, type Row, runDbStep, statementTemplates } from '../../db/statement.js';
import type { RequestContext } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { Clock } from '../../lib/clock.js';
import { isDatabaseUnavailable, sqlState } from '../../lib/db-errors.js';
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
import { encodeAnnouncement, type PlanEventAnnouncement } from './plan.announcement.js';
import { createGroupCommit, type GroupCommitOptions } from './plan.group-commit.js';
import { type AuthorizedPlan, assertCommandAllowed, planAccessDbStep } from './plan.policy.js';
import { createPlanRepo, type PlanScope, type PriorEvent } from './plan.repo.js';

/**
 * Tells the executor whether the plan's participant is in a live session right now that this
 * actor may act in (for a specialist — `specialistId` — a session of their partnership the person
 * has joined), marking it active. The live-sessions module provides it; without it nothing counts
 * as live.
 */
export interface LiveSessionGate {
  joinedLiveSessionDbStep(db: DbOrTx, scope: PlanScope, specialistId: string | undefined): DbStep<string | null>;
}
const noLiveSessions: LiveSessionGate = { joinedLiveSessionDbStep: () => ({ read: () => null }) };

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

/** One command, as `execute` received it. */
export interface CommandJob {
  readonly ctx: RequestContext;
  readonly participantId: string;
  readonly command: PlanCommand;
  readonly clientOpId?: string | undefined;
}

/** What the opening statements of a command found: who may do what, the live session, the seq. */
interface Opened {
  readonly plan: AuthorizedPlan | null;
  readonly liveSessionId: string | null;
  readonly seq: number;
  readonly prior?: PriorEvent | undefined;
}

/**
 * THE ONE DOOR for every change to a plan. In one transaction: authorize by the partnership rules,
 * serialise on the plan's head row, recognise a retried operation, apply the command, append the
 * event (gap-free seq), write the access log, and queue the notification — which PostgreSQL
 * delivers only if the transaction commits. Only then does it answer. A refused command changes
 * nothing.
 *
 * On PostgreSQL, commands arriving together share a transaction (group commit, see
 * `plan.group-commit.ts`): their opening statements go in one round trip, and their events with
 * the COMMIT in another. A batch commits only if every command in it succeeds; otherwise it is
 * rolled back and its commands run here one at a time, so each gets exactly the answer it would
 * have had alone.
 */
export function createPlanExecutor(deps: {
  db: Db;
  clock: Clock;
  liveSessions?: LiveSessionGate;
  /** PostgreSQL's pinned connections; without them (PGlite) every command runs alone. */
  pinned?: Database['pinned'];
  groupCommit?: Partial<GroupCommitOptions>;
  log?: Pick<FastifyBaseLogger, 'error'>;
}) {
  const { db, clock } = deps;
  const liveSessions = deps.liveSessions ?? noLiveSessions;

  /** The statements that open a command. Run in this order, or all at once in a batch. */
  function openingDbSteps(tx: DbOrTx, job: CommandJob) {
    const { actor } = job.ctx;
    const scope = { organisationId: actor.organisationId, participantId: job.participantId };
    return {
      access: planAccessDbStep(tx, actor, job.participantId),
      // Only a specialist's own sessions count for them; a participant's plan is their own.
      gate: liveSessions.joinedLiveSessionDbStep(tx, scope, actor.role === 'specialist' ? actor.userId : undefined),
      claim: createPlanRepo(tx, scope).claimNextSeqDbStep(actor.userId, job.clientOpId),
    };
  }

  /**
   * Decides and applies one command whose opening statements have run: the rules, a retried
   * operation, the handler. Answers the result and the statement that records the event.
   */
  async function apply(tx: DbOrTx, job: CommandJob, opened: Opened) {
    const { ctx, participantId, command, clientOpId } = job;
    const { plan, liveSessionId, seq } = opened;
    if (!plan) throw new Denied(new NotFoundError());
    assertAllowedOrDenied(plan, command, liveSessionId);
    // Thrown, not returned, so the claimed seq is rolled back with the transaction.
    if (opened.prior) throw new AlreadyApplied(opened.prior);
    const repo = createPlanRepo(tx, plan.scope);
    const now = clock.now();
    const handler = handlers[command.type] as Handler<PlanCommandType>;
    const outcome = await handler(
      { repo, plan, now, today: now.toISOString().slice(0, 10), liveSessionId },
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
    const eventText = `{"seq":${seq},"at":"${at}","actor":${JSON.stringify(actor)},"voice":"${outcome.voice}","command":${commandJson},"effects":${effectsJson},"liveSessionId":${JSON.stringify(liveSessionId)}}`;
    const announcement: PlanEventAnnouncement = { participantId, seq, eventText };
    const record = repo.appendEventDbStep(
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
        at: now,
      },
      {
        organisationId: ctx.actor.organisationId,
        actorRole: ctx.actor.role,
        action: `plan.${command.type}`,
        requestId: ctx.requestId,
      },
      // Every instance's hub hears of the event; the notification carries the event itself when it
      // fits, so their subscribers need not read it back.
      { channel: channels.planEvents, payload: encodeAnnouncement(announcement) },
    );
    return { result: { seq, ids: outcome.ids } satisfies CommandResult, record, announcement };
  }

  const listeners: ((a: PlanEventAnnouncement) => void)[] = [];
  /** Tells this instance's listeners (the live hub) of events just committed, in seq order. */
  function announce(announcements: readonly PlanEventAnnouncement[]): void {
    for (const a of announcements) {
      for (const listener of listeners) {
        try {
          listener(a);
        } catch (err) {
          // The change is committed: a listener's failure must not turn it into an error (or a retry).
          deps.log?.error({ err }, 'a commit listener failed');
        }
      }
    }
  }

  /** One command in its own transaction, one statement at a time. */
  async function run(job: CommandJob): Promise<CommandResult> {
    const { result, announcement } = await db.transaction(async (tx) => {
      const steps = openingDbSteps(tx, job);
      const plan = await runDbStep(tx, steps.access);
      if (!plan) throw new Denied(new NotFoundError());
      const liveSessionId = await runDbStep(tx, steps.gate);
      // Refused before the seq is claimed, so a refusal never waits on the plan's lock.
      assertAllowedOrDenied(plan, job.command, liveSessionId);
      const claim = await runDbStep(tx, steps.claim);
      const applied = await apply(tx, job, { plan, liveSessionId, ...claim });
      await runDbStep(tx, applied.record);
      return applied;
    });
    announce([announcement]);
    return result;
  }

  /** Runs one command alone and turns its refusals into answers. */
  async function executeAlone(job: CommandJob): Promise<CommandResult> {
    const { ctx, participantId, command, clientOpId } = job;
    try {
      return await run(job);
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
  }

  /**
   * Several commands — of different plans — in one transaction on one connection, in three or four
   * round trips whatever their number: every opening statement; the handlers, side by side (the
   * pinned connection sends the statements they ask for in the same moment together); every
   * event with the COMMIT. Answers each command's result, or — having rolled back — throws if any
   * command did not simply succeed.
   */
  async function runTogether(pinned: NonNullable<Database['pinned']>, jobs: CommandJob[]): Promise<CommandResult[]> {
    return pinned(async (connection) => {
      const tx = connection.db;
      const opening = jobs.map((job) => openingDbSteps(tx, job));
      await connection.prepare(statementTemplates());
      // Every template is prepared on this connection now: each statement is an EXECUTE.
      const text = (step: DbStep<unknown>) => step.statement?.execute;
      const inlined = opening.flatMap((o) => [text(o.access), text(o.gate), text(o.claim)]);
      let answers: Row[][] = [];
      let answer = 1; // answers[0] is BEGIN's; a step with no statement has none
      const rowsOf = (i: number) => (inlined[i] === undefined ? [] : (answers[answer++] ?? []));
      try {
        answers = await connection.script(['begin', ...inlined.filter((s) => s !== undefined)]);
        const opened = opening.map((o, j) => ({
          plan: o.access.read(rowsOf(j * 3)),
          liveSessionId: o.gate.read(rowsOf(j * 3 + 1)),
          ...o.claim.read(rowsOf(j * 3 + 2)),
        }));
        // Every handler runs to its end before anything else is sent, so no statement of this
        // batch can reach the connection after its ROLLBACK.
        const applied = await Promise.allSettled(jobs.map((job, j) => apply(tx, job, opened[j] as Opened)));
        const failed = applied.find((a) => a.status === 'rejected');
        if (failed) throw failed.reason;
        const done = applied.map((a) => (a as PromiseFulfilledResult<Awaited<ReturnType<typeof apply>>>).value);
        const closing = done.map((a) => text(a.record)).filter((s) => s !== undefined);
        await connection.script([...closing, 'commit']);
        announce(done.map((a) => a.announcement));
        return done.map((a) => a.result);
      } catch (error) {
        // A failed COMMIT has already ended the transaction; ROLLBACK then merely warns. If the
        // connection is gone, it is discarded, and the first error is the one that matters.
        await connection.rollback().catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * A batch that did not simply succeed was rolled back whole. When the database itself is out
   * of reach (and a COMMIT's fate may be unknown) every command is refused as unavailable, to be
   * retried by its operation id; otherwise each runs again alone and gets its own answer.
   */
  async function settleBatch(jobs: CommandJob[]): Promise<PromiseSettledResult<CommandResult>[]> {
    const pinned = deps.pinned;
    if (!pinned) return Promise.allSettled(jobs.map(executeAlone));
    try {
      const results = await runTogether(pinned, jobs);
      return results.map((value) => ({ status: 'fulfilled', value }));
    } catch (error) {
      if (isDatabaseUnavailable(error)) return jobs.map(() => ({ status: 'rejected', reason: error }));
      const settled: PromiseSettledResult<CommandResult>[] = [];
      for (const job of jobs) {
        settled.push(
          await executeAlone(job).then(
            (value) => ({ status: 'fulfilled', value }) as const,
            (reason: unknown) => ({ status: 'rejected', reason }) as const,
          ),
        );
      }
      return settled;
    }
  }

  const group = deps.pinned ? createGroupCommit(settleBatch, deps.groupCommit) : undefined;

  return {
    execute(ctx: RequestContext, participantId: string, command: PlanCommand, clientOpId?: string) {
      const job: CommandJob = { ctx, participantId, command, clientOpId };
      return group ? group.submit(job) : executeAlone(job);
    },
    /**
     * Calls `listener` with every event this instance commits, right after its commit and before
     * the command is answered (the change is saved whatever the listener does). Returns the way to
     * stop listening.
     */
    onCommitted(listener: (a: PlanEventAnnouncement) => void): () => void {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
    /** How the group commit has batched so far (PostgreSQL only). */
    stats: () => group?.stats(),
  };
}

function assertAllowedOrDenied(plan: AuthorizedPlan, command: PlanCommand, liveSessionId: string | null): void {
  try {
    assertCommandAllowed(plan, command, liveSessionId !== null);
  } catch (error) {
    throw error instanceof ForbiddenError ? new Denied(error) : error;
  }
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
