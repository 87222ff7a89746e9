import type { PlanSnapshot, Voice } from '@alongside/shared';
import { entryRef, goalLogicalRef } from './fhir-codes.js';
import type { FhirResource, Reference } from './fhir-types.js';

/**
 * What every builder of the bundle shares: the Patient, the specialists who appear (each becomes
 * one Practitioner entry, made the first time a builder names them), and how to point at a goal —
 * an entry of this bundle, or a logical reference when a filtered bundle leaves goals out.
 */
export interface FhirContext {
  readonly patient: Reference;
  practitioner(person: { id: string; name: string }): Reference;
  /** Who spoke in `voice`: the Patient, or the specialist whose suggestion the text came from. */
  voiceOf(voice: Voice, fromSuggestionId: string | null): Reference;
  goal(goalId: string): Reference;
  /** The Practitioner entries made so far. */
  practitioners(): FhirResource[];
}

export function createFhirContext(
  participant: { id: string; name: string },
  plan: Pick<PlanSnapshot, 'goals' | 'suggestions'>,
): FhirContext {
  const patient = entryRef('Patient', participant.id, participant.name);
  const made = new Map<string, FhirResource>();
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const authors = new Map(plan.suggestions.map((s) => [s.id, s.author]));

  const practitioner = (person: { id: string; name: string }): Reference => {
    if (!made.has(person.id)) {
      made.set(person.id, { resourceType: 'Practitioner', id: person.id, name: [{ text: person.name }] });
    }
    return entryRef('Practitioner', person.id, person.name);
  };

  return {
    patient,
    practitioner,
    voiceOf(voice, fromSuggestionId) {
      if (voice === 'participant') return patient;
      const author = fromSuggestionId ? authors.get(fromSuggestionId) : undefined;
      // A specialist's words whose suggestion is no longer on record: named by role only.
      return author ? practitioner(author) : { type: 'Practitioner', display: 'specialist' };
    },
    goal: (goalId) => (goalIds.has(goalId) ? entryRef('Goal', goalId) : goalLogicalRef(goalId)),
    practitioners: () => [...made.values()],
  };
}
