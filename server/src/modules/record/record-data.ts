import {
  type Consent,
  type DataClass,
  type Disclosure,
  dataClasses,
  type LiveSession,
  limitPlanToClasses,
  type PlanEvent,
  type PlanSnapshot,
  type Questionnaire,
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
  /** The organisation's questionnaires the person answered (for the FHIR bundle). */
  readonly questionnaires: readonly Questionnaire[];
  /** The person's own export only (a disclosure carries its consent's scope in its own words). */
  readonly consents: readonly Consent[];
  readonly disclosures: readonly Disclosure[];
}

/** The person's own export: every class. */
export const allDataClasses: readonly DataClass[] = dataClasses;

/** The plan limited to the classes asked for (the rule is shared with the web's printed package). */
export const limitPlan = limitPlanToClasses;

/**
 * The class of a history event, by its command: check-ins (with self-checks and questionnaire
 * answers) and referrals are their own classes,
 * every other change (suggestions included) is the plan's.
 */
export function eventClass(event: PlanEvent): DataClass {
  const type = event.command.type;
  if (type.startsWith('check-in.') || type.startsWith('self-check.') || type.startsWith('questionnaire.')) {
    return 'check-ins';
  }
  if (type.startsWith('referral.')) return 'referrals';
  if (type.startsWith('wellness.')) return 'wellness-plan';
  // A suggestion for the wellness plan, and every decision on one, is the wellness plan's.
  const command = event.command;
  if (command.type === 'suggestion.create' && command.proposal.kind === 'wellness-item') return 'wellness-plan';
  const aboutWellness = event.effects.some(
    (e) => e.kind === 'wellness-item' || (e.kind === 'suggestion' && e.value.proposal.kind === 'wellness-item'),
  );
  if (aboutWellness) return 'wellness-plan';
  return 'plan';
}
