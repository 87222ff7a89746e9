import type { PlanEvent, PlanSnapshot } from '@alongside/shared';
import {
  toCheckIn,
  toChoice,
  toGoal,
  toPlanEvent,
  toQuestionnaireResponse,
  toReferral,
  toSelfCheck,
  toStep,
  toSuggestion,
  toSupport,
  toWellnessItem,
} from './plan.mappers.js';
import type { PlanRepo } from './plan.repo.js';

/**
 * The plan's reads on an already authorized repo: the plan routes use them (each access-logged
 * there), and so does the record export (which logs the export once, as itself).
 */
const byCreatedAt = (a: { createdAt: Date }, b: { createdAt: Date }) => a.createdAt.getTime() - b.createdAt.getTime();

export const planReads = {
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
  selfChecks: async (repo: PlanRepo) => ({
    selfChecks: (await repo.selfChecks.list()).sort((a, b) => a.at.getTime() - b.at.getTime()).map(toSelfCheck),
    questionnaireResponses: (await repo.responses.list())
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map(toQuestionnaireResponse),
  }),
};

/** The whole plan as of one seq (run it inside a repeatable-read transaction for that to hold). */
export async function readPlanSnapshot(
  repo: PlanRepo,
  participant: { id: string; name: string },
): Promise<PlanSnapshot> {
  return {
    participant,
    seq: await repo.currentSeq(),
    ...(await planReads.goals(repo)),
    ...(await planReads.suggestions(repo)),
    ...(await planReads.choices(repo)),
    ...(await planReads.checkIns(repo)),
    ...(await planReads.supports(repo)),
    ...(await planReads.referrals(repo)),
    ...(await planReads.wellness(repo)),
    ...(await planReads.selfChecks(repo)),
  };
}

/** Up to `limit` events after `after`, oldest first, and whether more follow. */
export async function readPlanEvents(
  repo: PlanRepo,
  after: number,
  limit: number,
): Promise<{ events: PlanEvent[]; more: boolean }> {
  const rows = await repo.eventsAfter(after, limit + 1);
  return { events: rows.slice(0, limit).map(toPlanEvent), more: rows.length > limit };
}
