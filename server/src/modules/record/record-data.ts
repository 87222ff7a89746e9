import {
  type Consent,
  type DataClass,
  type Disclosure,
  dataClasses,
  type LiveSession,
  type PlanEvent,
  type PlanSnapshot,
  type SessionNote,
} from '@alongside/shared';

/** Everything the two exports are made from, already limited to the data classes asked for. */
export interface RecordData {
  readonly participant: { readonly id: string; readonly name: string };
  readonly organisation: { readonly id: string; readonly name: string };
  readonly dataClasses: readonly DataClass[];
  readonly plan: PlanSnapshot;
  readonly liveSessions: readonly LiveSession[];
  readonly notes: readonly SessionNote[];
  /** The person's own export only (a disclosure carries its consent's scope in its own words). */
  readonly consents: readonly Consent[];
  readonly disclosures: readonly Disclosure[];
}

/** The person's own export: every class. */
export const allDataClasses: readonly DataClass[] = dataClasses;

/** The plan with the parts of classes not asked for emptied (goals, steps, suggestions, choices, supports are `plan`). */
export function limitPlan(plan: PlanSnapshot, classes: readonly DataClass[]): PlanSnapshot {
  const has = (c: DataClass) => classes.includes(c);
  return {
    ...plan,
    goals: has('plan') ? plan.goals : [],
    steps: has('plan') ? plan.steps : [],
    suggestions: has('plan') ? plan.suggestions : [],
    choices: has('plan') ? plan.choices : [],
    supports: has('plan') ? plan.supports : [],
    checkIns: has('check-ins') ? plan.checkIns : [],
    referrals: has('referrals') ? plan.referrals : [],
  };
}

/**
 * The class of a history event, by its command: check-ins and referrals are their own classes,
 * every other change (suggestions included) is the plan's.
 */
export function eventClass(event: PlanEvent): DataClass {
  const type = event.command.type;
  if (type.startsWith('check-in.')) return 'check-ins';
  if (type.startsWith('referral.')) return 'referrals';
  return 'plan';
}
