import type { DataClass } from './schemas/consents.js';
import type { PlanSnapshot } from './schemas/plan.js';

/**
 * The plan with the parts of the data classes not asked for emptied: goals, steps, choices,
 * supports and their suggestions are `plan`; check-ins, self-checks and questionnaire answers `check-ins`; referrals `referrals`; the
 * wellness plan and suggestions for it `wellness-plan`. A disclosure under consent is made of what
 * this leaves — the server's FHIR and JSON exports and the printed package alike.
 */
export function limitPlanToClasses(plan: PlanSnapshot, classes: readonly DataClass[]): PlanSnapshot {
  const has = (c: DataClass) => classes.includes(c);
  return {
    ...plan,
    goals: has('plan') ? plan.goals : [],
    steps: has('plan') ? plan.steps : [],
    suggestions: plan.suggestions.filter((x) => has(x.proposal.kind === 'wellness-item' ? 'wellness-plan' : 'plan')),
    choices: has('plan') ? plan.choices : [],
    supports: has('plan') ? plan.supports : [],
    checkIns: has('check-ins') ? plan.checkIns : [],
    referrals: has('referrals') ? plan.referrals : [],
    wellnessItems: has('wellness-plan') ? plan.wellnessItems : [],
    wellnessReviewedOn: has('wellness-plan') ? plan.wellnessReviewedOn : null,
    // Self-checks and questionnaire answers are the person's ratings, like check-ins.
    selfChecks: has('check-ins') ? plan.selfChecks : [],
    questionnaireResponses: has('check-ins') ? plan.questionnaireResponses : [],
  };
}
