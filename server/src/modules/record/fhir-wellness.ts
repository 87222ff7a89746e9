import type { PlanSnapshot, WellnessItem, WellnessSection } from '@alongside/shared';
import { codeSystems, derivedId, entryRef } from './fhir-codes.js';
import type { FhirContext } from './fhir-context.js';
import { provenance, type VoicedText } from './fhir-plan.js';
import type { FhirResource } from './fhir-types.js';

/**
 * The wellness and crisis plan in FHIR: a CarePlan of its own (the person's, in their words), an
 * activity per item coded by its section (Alongside's own code system: no standard one fits), and
 * a Provenance saying whose words each text is. Generic section names: no program's trademark.
 */
const sectionNames: Record<WellnessSection, string> = {
  well: "What I'm like when I'm well",
  daily: 'Things I do every day or week to stay well',
  triggers: "Things that can throw me off, and what I'll do",
  'early-signs': "Early signs that things are slipping, and what I'll do",
  'breaking-down': 'When things are breaking down, and what I want to happen',
  'crisis-signs': 'Signs that others need to step in',
  'crisis-involve': 'Who I want involved',
  'crisis-not-involve': 'Who I do not want involved',
  'crisis-helps': 'What helps',
  'crisis-not-helpful': 'What does not help',
  'crisis-places': "Places I'd go",
  'crisis-not-places': 'Places I would not go',
  'crisis-stop': 'When supporters should stop using this plan',
  'after-crisis': 'After a crisis: getting back on my feet',
};

const ordered = (plan: Pick<PlanSnapshot, 'wellnessItems'>) =>
  [...plan.wellnessItems].sort((a, b) => a.section.localeCompare(b.section) || a.position - b.position);

function activityOf(item: WellnessItem) {
  const response = item.response
    ? ` — ${item.section === 'breaking-down' ? 'What I want to happen' : "What I'll do"}: ${item.response}`
    : '';
  return {
    detail: {
      code: {
        coding: [{ system: codeSystems.wellnessSection, code: item.section, display: sectionNames[item.section] }],
      },
      status: 'unknown',
      description: `${item.text}${response}`,
    },
  };
}

/** The wellness plan's CarePlan and its Provenance; none when the person has written nothing in it. */
export function wellnessResources(
  participantId: string,
  plan: Pick<PlanSnapshot, 'wellnessItems' | 'wellnessReviewedOn'>,
  ctx: FhirContext,
  exportedAt: string,
): FhirResource[] {
  const items = ordered(plan);
  if (items.length === 0) return [];
  const id = derivedId('wellness-plan', participantId);
  const carePlan: FhirResource = {
    resourceType: 'CarePlan',
    id,
    status: 'active',
    intent: 'plan',
    title: 'Wellness and crisis plan',
    category: [{ text: 'Wellness and crisis plan' }],
    subject: ctx.patient,
    author: ctx.patient,
    ...(plan.wellnessReviewedOn ? { note: [{ text: `Reviewed by the person on ${plan.wellnessReviewedOn}.` }] } : {}),
    activity: items.map(activityOf),
  };
  const texts: VoicedText[] = items.flatMap((item, n) => [
    { part: `activity ${n + 1}`, voice: item.voice, fromSuggestionId: item.fromSuggestionId },
    ...(item.response
      ? [{ part: `activity ${n + 1} response`, voice: item.responseVoice, fromSuggestionId: item.fromSuggestionId }]
      : []),
  ]);
  const lastChange =
    items
      .map((i) => i.updatedAt)
      .sort()
      .at(-1) ?? exportedAt;
  return [carePlan, provenance(entryRef('CarePlan', id), lastChange, texts, ctx)];
}
