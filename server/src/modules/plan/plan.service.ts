import { effectiveCrisisLines, type PlanHistoryPage, type PlanSnapshot } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import { NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { OrganisationsRepo } from '../organisation/index.js';
import type { AuthorizedPlan } from './plan.policy.js';
import { planReads as read, readPlanEvents, readPlanSnapshot } from './plan.reads.js';
import type { PlanRepo, PlanScope } from './plan.repo.js';
import type { PlanSteps } from './plan.steps.js';

export interface PlanServiceDeps {
  unitOfWork: UnitOfWork<{
    plans: (scope: PlanScope) => PlanRepo;
    planSteps: Pick<PlanSteps, 'authorize'>;
    /** For the crisis lines shown with the wellness plan: the plan's organisation's setting. */
    organisations: Pick<OrganisationsRepo, 'findById'>;
  }>;
  audit: Pick<Audit, 'record'>;
}

type PlanServiceRepos = PlanServiceDeps['unitOfWork'] extends UnitOfWork<infer R> ? R : never;

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
    read: (repo: PlanRepo, plan: AuthorizedPlan, repos: Pick<PlanServiceRepos, 'organisations'>) => Promise<T>,
  ): Promise<T> {
    const result = await unitOfWork.run(
      async (repos) => {
        const plan = await repos.planSteps.authorize(ctx.actor, participantId);
        if (!plan) return { denied: true as const };
        return { denied: false as const, value: await read(repos.plans(plan.scope), plan, repos) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await audit.record(ctx, action, [participantId], result.denied ? 'denied' : 'allowed');
    if (result.denied) throw new NotFoundError();
    return result.value;
  }

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
      return withPlan(ctx, participantId, 'plan.read', (repo, plan) =>
        readPlanSnapshot(repo, { id: participantId, name: plan.participantName }),
      );
    },

    goals: part('goals', read.goals),
    suggestions: part('suggestions', read.suggestions),
    choices: part('choices', read.choices),
    checkIns: part('check-ins', read.checkIns),
    supports: part('supports', read.supports),
    referrals: part('referrals', read.referrals),
    /** The wellness plan, with the crisis lines of the plan's organisation (always shown with it). */
    wellness: (ctx: RequestContext, participantId: string) =>
      withPlan(ctx, participantId, 'plan.read.wellness', async (repo, plan, repos) => {
        const { wellnessItems, wellnessReviewedOn } = await read.wellness(repo);
        const organisation = await repos.organisations.findById(plan.scope.organisationId);
        return {
          seq: await repo.currentSeq(),
          items: wellnessItems,
          reviewedOn: wellnessReviewedOn,
          crisisLines: effectiveCrisisLines(organisation?.settings ?? {}),
        };
      }),
    selfChecks: part('self-checks', read.selfChecks),

    /** The plan's event log, oldest first, with who acted and in whose words. */
    async history(ctx: RequestContext, participantId: string, after: number, limit: number): Promise<PlanHistoryPage> {
      return withPlan(ctx, participantId, 'plan.read.history', async (repo) => {
        const { events, more } = await readPlanEvents(repo, after, limit);
        return {
          events,
          nextAfter: more ? (events.at(-1)?.seq ?? null) : null,
          seq: await repo.currentSeq(),
        };
      });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
