import { createHash } from 'node:crypto';
import type { GoalStatus, LifeArea, ReferralStatus } from '@alongside/shared';
import type { CodeableConcept, Reference } from './fhir-types.js';

/**
 * Alongside's own FHIR code systems. No standard code fits a life area or a 0–10 confidence
 * rating, so they live under one fixed base that does not depend on where Alongside is deployed:
 * the same code means the same thing in every organisation's exports.
 */
export const fhirBase = 'https://alongside.example/fhir';
export const codeSystems = {
  lifeArea: `${fhirBase}/CodeSystem/life-area`,
  rating: `${fhirBase}/CodeSystem/rating`,
  wellnessSection: `${fhirBase}/CodeSystem/wellness-section`,
  /** The four dimensions of a self-check (the life areas' codes). */
  selfCheck: `${fhirBase}/CodeSystem/self-check`,
  /** A questionnaire's score: the sum of the weights its organisation declared for the answers. */
  questionnaireScore: `${fhirBase}/CodeSystem/questionnaire-score`,
  /** Identifier systems for logical references to items left out of a filtered bundle. */
  goalId: `${fhirBase}/NamingSystem/goal-id`,
} as const;

export const lifeAreaNames: Record<LifeArea, string> = {
  health: 'Health',
  home: 'Home',
  purpose: 'Purpose',
  community: 'Community',
};

export function lifeAreaCategory(area: LifeArea): CodeableConcept {
  return { coding: [{ system: codeSystems.lifeArea, code: area, display: lifeAreaNames[area] }] };
}

export const ratingCodes = {
  confidence: { code: 'confidence', display: 'Confidence in reaching the goal (0–10, rated by the person)' },
  wellbeing: { code: 'wellbeing', display: 'Wellbeing (0–10, rated by the person)' },
} as const;

/**
 * A goal's status in FHIR's words. Only the person sets these; "set aside" is their choice to stop
 * for now (cancelled), never a judgement that they failed, so it carries no achievement status.
 */
export const goalStatusToFhir: Record<GoalStatus, { lifecycleStatus: string; achievementStatus?: string }> = {
  active: { lifecycleStatus: 'active', achievementStatus: 'in-progress' },
  'on-hold': { lifecycleStatus: 'on-hold' },
  achieved: { lifecycleStatus: 'completed', achievementStatus: 'achieved' },
  'set-aside': { lifecycleStatus: 'cancelled' },
};

/** A referral's status as a ServiceRequest's (R4 request-status, a required binding). */
export const referralStatusToFhir: Record<ReferralStatus, string> = {
  chosen: 'active',
  contacted: 'active',
  connected: 'completed',
  'not-connected': 'revoked',
};

export const referralStatusWords: Record<ReferralStatus, string> = {
  chosen: 'chosen',
  contacted: 'contacted',
  connected: 'connected',
  'not-connected': 'not connected',
};

/** A reference to another entry of the bundle, by its `urn:uuid:` full URL. */
export function entryRef(type: string, id: string, display?: string): Reference {
  return { reference: `urn:uuid:${id}`, type, ...(display ? { display } : {}) };
}

/** A goal that is not in this bundle (a filtered one), named by its id only. */
export function goalLogicalRef(goalId: string): Reference {
  return { type: 'Goal', identifier: { system: codeSystems.goalId, value: goalId } };
}

/** A stable UUID (version-5 layout) for a resource that has no row of its own: the same every export. */
export function derivedId(kind: string, from: string): string {
  const hex = createHash('sha1').update(`alongside:${kind}:${from}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** A FHIR `date` from an instant: the UTC day. */
export const dayOf = (iso: string) => iso.slice(0, 10);
