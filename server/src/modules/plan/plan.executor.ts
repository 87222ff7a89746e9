import type { CommandResult, PlanCommand } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import { runDbStepsTogether, type StatementRunner } from '../../db/statement.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { isDatabaseUnavailable, sqlState } from '../../lib/db-errors.js';
import { AppError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { LiveSessionGate } from '../live-sessions/index.js';
import type { PlanEventAnnouncement } from './plan.announcement.js';
import {
  AlreadyApplied,
  type Applied,
  answerRetry,
  type CommandJob,
  type CommandRepos,
  createCommandDefinition,
  Denied,
} from './plan.command.js';
import { createGroupCommit, type GroupCommitOptions } from './plan.group-commit.js';
import type { PlanRepo, PlanScope } from './plan.repo.js';

/** Without the live-sessions module nothing counts as live. */
const noLiveSessions: LiveSessionGate = { joinedLiveSessionDbStep: () => ({ read: () => null }) };

export interface PlanExecutorDeps {
  /** Each command's transaction (alone), or a batch's pinned connection (PostgreSQL only). */
  unitOfWork: UnitOfWork<CommandRepos & { statements: StatementRunner }>;
  /** After a rollback, outside any transaction: a refusal's access-log row. */
  audit: Pick<Audit, 'record'>;
  /** After a rollback: the first answer of an operation retried while it was being saved. */
  plans: (scope: PlanScope) => Pick<PlanRepo, 'findEventByOp'>;
  clock: Clock;
  liveSessions?: LiveSessionGate;
  groupCommit?: Partial<GroupCommitOptions>;
  log?: Pick<FastifyBaseLogger, 'error'>;
}

/**
 * THE ONE DOOR for every change to a plan. In one transaction: authorize by the partnership rules,
 * serialise on the plan's head row, recognise a retried operation, apply the command, append the
 * event (gap-free seq), write the access log, and queue the notification — which PostgreSQL
 * delivers only if the transaction commits. Only then does it answer. A refused command changes
 * nothing. What a command does is defined once, in `plan.command.ts`; this file decides how
 * commands travel.
 *
 * On PostgreSQL, commands arriving together share a transaction (group commit, see
 * `plan.group-commit.ts`): their opening statements go in one round trip, and their events with
 * the COMMIT in another. A batch commits only if every command in it succeeds; otherwise it is
 * rolled back and its commands run here one at a time, so each gets exactly the answer it would
 * have had alone.
 */
export function createPlanExecutor(deps: PlanExecutorDeps) {
  const { unitOfWork } = deps;
  const command = createCommandDefinition({ clock: deps.clock, liveSessions: deps.liveSessions ?? noLiveSessions });

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
    const { result, announcement } = await unitOfWork.run(async (repos) => {
      const opening = command.open(repos, job);
      // Refused as early as can be: an outsider touches no live session, and a refusal claims no
      // seq, so it never waits on the plan's lock.
      const plan = await repos.statements.run(opening.access);
      const liveSessionId = plan && (await repos.statements.run(opening.gate));
      const allowed = command.check(job, plan, liveSessionId);
      const applied = await command.apply(repos, job, allowed, await repos.statements.run(opening.claim));
      await repos.statements.run(applied.record);
      return applied;
    });
    announce([announcement]);
    return result;
  }

  /** Runs one command alone and turns its refusals into answers. */
  async function executeAlone(job: CommandJob): Promise<CommandResult> {
    const { ctx, participantId, clientOpId } = job;
    try {
      return await run(job);
    } catch (error) {
      if (error instanceof AlreadyApplied) return answerRetry(error.prior, job);
      if (error instanceof Denied) {
        await deps.audit.record(ctx, `plan.${job.command.type}`, [participantId], 'denied');
        throw error.refusal;
      }
      // A twin of this operation committed while this one waited for the plan's lock, unseen by
      // the check: the unique index refused the second event, or the change no longer applied
      // (e.g. deleting what the twin deleted). Either way the first answer stands.
      if (clientOpId && (sqlState(error) === '23505' || error instanceof AppError)) {
        const prior = await deps
          .plans({ organisationId: ctx.actor.organisationId, participantId })
          .findEventByOp(ctx.actor.userId, clientOpId);
        if (prior) return answerRetry(prior, job);
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
  async function runTogether(pinned: NonNullable<typeof unitOfWork.pinned>, jobs: CommandJob[]) {
    return pinned(async (connection, repos) => {
      const openings = jobs.map((job) => command.open(repos, job));
      try {
        const opened = await runDbStepsTogether(connection, openings, { before: ['begin'] });
        // Every handler runs to its end before anything else is sent, so no statement of this
        // batch can reach the connection after its ROLLBACK.
        const applied = await Promise.allSettled(
          jobs.map(async (job, j) => {
            const { access, gate, claim } = opened[j] as (typeof opened)[number];
            return command.apply(repos, job, command.check(job, access, gate), claim);
          }),
        );
        const failed = applied.find((a) => a.status === 'rejected');
        if (failed) throw failed.reason;
        const done = applied.map((a) => (a as PromiseFulfilledResult<Applied>).value);
        await runDbStepsTogether(
          connection,
          done.map((a) => ({ record: a.record })),
          { after: ['commit'] },
        );
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
    const pinned = unitOfWork.pinned;
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

  // Without pinned connections (PGlite, one connection for all) every command runs alone.
  const group = unitOfWork.pinned ? createGroupCommit(settleBatch, deps.groupCommit) : undefined;

  return {
    execute(
      ctx: RequestContext,
      participantId: string,
      planCommand: PlanCommand,
      clientOpId?: string,
      options: { atOneScreen?: boolean | undefined } = {},
    ) {
      const job: CommandJob = {
        ctx,
        participantId,
        command: planCommand,
        clientOpId,
        atOneScreen: options.atOneScreen,
      };
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

export type PlanExecutor = ReturnType<typeof createPlanExecutor>;
