import type { PlanEvent, PlanHistoryPage, PlanSnapshot } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import { NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import {
  toCheckIn,
  toChoice,
  toGoal,
  toPlanEvent,
  toReferral,
  toStep,
  toSuggestion,
  toSupport,
  toWellnessItem,
} from './plan.mappers.js';
import type { AuthorizedPlan } from './plan.policy.js';
import type { PlanRepo, PlanScope } from './plan.repo.js';
import type { PlanSteps } from './plan.steps.js';

const byCreatedAt = (a: { createdAt: Date }, b: { createdAt: Date }) => a.createdAt.getTime() - b.createdAt.getTime();

export interface PlanServiceDeps {
  unitOfWork: UnitOfWork<{ plans: (scope: PlanScope) => PlanRepo; planSteps: Pick<PlanSteps, 'authorize'> }>;
  audit: Pick<Audit, 'record'>;
}

/** Reads of a plan: the whole snapshot, a part of it, or its history. Each one is access-logged. */
export function createPlanService(deps: PlanServiceDeps) {
  const { unitOfWork, audit } = deps;

  /**
   * Runs a read in one repeatable-read transaction, so everything it returns is as of one `seq`;
   * refuses with 404 (and logs the denied attempt) when the actor has no access to the plan.
   */
  async function withPlan<T>(
    ctx: RequestContext,
    participantId: string,
    action: string,
    read: (repo: PlanRepo, plan: AuthorizedPlan) => Promise<T>,
  ): Promise<T> {
    const result = await unitOfWork.run(
      async (repos) => {
        const plan = await repos.planSteps.authorize(ctx.actor, participantId);
        if (!plan) return { denied: true as const };
        return { denied: false as const, value: await read(repos.plans(plan.scope), plan) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await audit.record(ctx, action, [participantId], result.denied ? 'denied' : 'allowed');
    if (result.denied) throw new NotFoundError();
    return result.value;
  }

  const read = {
    goals: async (repo: PlanRepo) => ({
      goals: (await repo.goals.list()).sort((a, b) => a.position - b.position).map(toGoal),
      steps: (await repo.steps.list()).sort((a, b) => a.position - b.position).map(toStep),
    }),
    suggestions: async (repo: PlanRepo) => {
      const rows = (await repo.suggestions.list()).sort(byCreatedAt);
      const names = await repo.authorNames(rows.map((r) => r.authorId));
      return { suggestions: rows.map((r) => toSuggestion(r, names.get(r.authorId) ?? '')) };
    },
    choices: async (repo: PlanRepo) => {
      const [rows, options] = [await repo.choices.list(), await repo.options.list()];
      return {
        choices: rows.sort(byCreatedAt).map((r) => toChoice(r, options)),
      };
    },
    checkIns: async (repo: PlanRepo) => ({
      checkIns: (await repo.checkIns.list()).sort((a, b) => a.at.getTime() - b.at.getTime()).map(toCheckIn),
    }),
    referrals: async (repo: PlanRepo) => ({
      referrals: (await repo.referrals.list()).sort(byCreatedAt).map(toReferral),
    }),
    supports: async (repo: PlanRepo) => ({
      supports: (await repo.supports.list()).sort(byCreatedAt).map(toSupport),
    }),
    wellness: async (repo: PlanRepo) => ({
      wellnessItems: (await repo.wellness.list())
        .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
        .map(toWellnessItem),
      wellnessReviewedOn: await repo.wellnessReviewedOn(),
    }),
  };

  /** One part of the plan, as of its seq; the read is logged as `plan.read.<part>`. */
  const part =
    <T extends object>(name: string, readPart: (repo: PlanRepo) => Promise<T>) =>
    (ctx: RequestContext, participantId: string) =>
      withPlan(ctx, participantId, `plan.read.${name}`, async (repo) => ({
        seq: await repo.currentSeq(),
        ...(await readPart(repo)),
      }));

  return {
    async snapshot(ctx: RequestContext, participantId: string): Promise<PlanSnapshot> {
      return withPlan(ctx, participantId, 'plan.read', async (repo, plan) => ({
        participant: { id: participantId, name: plan.participantName },
        seq: await repo.currentSeq(),
        ...(await read.goals(repo)),
        ...(await read.suggestions(repo)),
        ...(await read.choices(repo)),
        ...(await read.checkIns(repo)),
        ...(await read.supports(repo)),
        ...(await read.referrals(repo)),
        ...(await read.wellness(repo)),
      }));
    },

    goals: part('goals', read.goals),
    suggestions: part('suggestions', read.suggestions),
    choices: part('choices', read.choices),
    checkIns: part('check-ins', read.checkIns),
    supports: part('supports', read.supports),
    referrals: part('referrals', read.referrals),
    wellness: part('wellness', async (repo) => {
      const { wellnessItems, wellnessReviewedOn } = await read.wellness(repo);
      return { items: wellnessItems, reviewedOn: wellnessReviewedOn };
    }),

    /** The plan's event log, oldest first, with who acted and in whose words. */
    async history(ctx: RequestContext, participantId: string, after: number, limit: number): Promise<PlanHistoryPage> {
      return withPlan(ctx, participantId, 'plan.read.history', async (repo) => {
        const rows = await repo.eventsAfter(after, limit + 1);
        const page = rows.slice(0, limit);
        const events: PlanEvent[] = page.map(toPlanEvent);
        return {
          events,
          nextAfter: rows.length > limit ? (page.at(-1)?.event.seq ?? null) : null,
          seq: await repo.currentSeq(),
        };
      });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
