/**
 * The plan: reads (each access-logged) and the one door for every change, the command executor.
 * `createPlanRepo`, `authorizePlan`, `toPlanEvent` and `decodeAnnouncement` are here for the live
 * hub, which reads a plan's log itself; `readPlanSnapshot` and `readPlanEvents` for the record export.
 */
export { decodeAnnouncement, type PlanEventAnnouncement } from './plan.announcement.js';
export { createPlanExecutor, type PlanExecutor } from './plan.executor.js';
export { toPlanEvent } from './plan.mappers.js';
export type { AuthorizedPlan } from './plan.policy.js';
export { readPlanEvents, readPlanSnapshot } from './plan.reads.js';
export { createPlanRepo, type PlanRepo, type PlanScope } from './plan.repo.js';
export { planRoutes } from './plan.routes.js';
export { createPlanService, type PlanService } from './plan.service.js';
export { authorizePlan, createPlanSteps, type PlanSteps } from './plan.steps.js';
