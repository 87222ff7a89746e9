import type { Goal, PlanSnapshot, Step, Suggestion, Voice } from '@alongside/shared';
import { dayOf, derivedId, entryRef, goalStatusToFhir, lifeAreaCategory } from './fhir-codes.js';
import type { FhirContext } from './fhir-context.js';
import type { Annotation, FhirResource, Reference } from './fhir-types.js';

/**
 * The plan in FHIR: a Goal per goal (and per goal a specialist suggested that is still waiting, or
 * was declined), one CarePlan holding the goals with the steps as its activities, and a Provenance
 * per Goal and for the CarePlan saying whose words each text is.
 */
const goalAchievement = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
const participantType = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

/** One text of an item and whose words it is. */
export interface VoicedText {
  part: string;
  voice: Voice;
  fromSuggestionId: string | null;
}

export function personsGoal(goal: Goal, ctx: FhirContext): FhirResource {
  const status = goalStatusToFhir[goal.status];
  return {
    resourceType: 'Goal',
    id: goal.id,
    lifecycleStatus: status.lifecycleStatus,
    ...(status.achievementStatus
      ? { achievementStatus: { coding: [{ system: goalAchievement, code: status.achievementStatus }] } }
      : {}),
    category: [lifeAreaCategory(goal.lifeArea)],
    description: { text: goal.title },
    subject: ctx.patient,
    startDate: dayOf(goal.createdAt),
    ...(goal.targetDate ? { target: [{ dueDate: goal.targetDate }] } : {}),
    statusDate: dayOf(goal.updatedAt),
    // The goal is the person's, whoever first worded it: the Provenance says whose words they are.
    expressedBy: ctx.patient,
    ...(goal.why
      ? { note: [{ text: goal.why, authorReference: ctx.voiceOf(goal.whyVoice, goal.fromSuggestionId) }] }
      : {}),
  };
}

/** A goal a specialist suggested: `proposed` while it waits for the person, `rejected` once declined. */
export function suggestedGoal(suggestion: Suggestion, ctx: FhirContext): FhirResource | null {
  const proposal = suggestion.proposal;
  if (proposal.kind !== 'goal') return null;
  if (suggestion.status !== 'pending' && suggestion.status !== 'declined') return null;
  const author = ctx.practitioner(suggestion.author);
  const notes: Annotation[] = [];
  if (proposal.why) notes.push({ text: proposal.why, authorReference: author });
  if (suggestion.rationale) notes.push({ text: suggestion.rationale, authorReference: author });
  return {
    resourceType: 'Goal',
    id: suggestion.id,
    lifecycleStatus: suggestion.status === 'pending' ? 'proposed' : 'rejected',
    category: [lifeAreaCategory(proposal.lifeArea)],
    description: { text: proposal.title },
    subject: ctx.patient,
    statusDate: dayOf(suggestion.decidedAt ?? suggestion.createdAt),
    ...(suggestion.decisionNote ? { statusReason: suggestion.decisionNote } : {}),
    expressedBy: author,
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

function activityOf(step: Step, ctx: FhirContext) {
  return {
    detail: {
      status: step.doneOn ? 'completed' : 'not-started',
      description: step.text,
      goal: [ctx.goal(step.goalId)],
    },
  };
}

export function carePlan(
  participantId: string,
  plan: Pick<PlanSnapshot, 'goals' | 'steps' | 'suggestions'>,
  ctx: FhirContext,
  serviceRequests: readonly Reference[],
): FhirResource {
  // Both partners contribute: the person, and every specialist who suggested something for the plan.
  const authors = new Map(plan.suggestions.map((s) => [s.author.id, s.author]));
  const contributors = [ctx.patient, ...[...authors.values()].map((author) => ctx.practitioner(author))];
  const steps = [...plan.steps].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    resourceType: 'CarePlan',
    id: derivedId('care-plan', participantId),
    status: 'active',
    intent: 'plan',
    subject: ctx.patient,
    author: ctx.patient,
    contributor: contributors,
    ...(plan.goals.length > 0 ? { goal: plan.goals.map((g) => entryRef('Goal', g.id)) } : {}),
    ...(steps.length + serviceRequests.length > 0
      ? { activity: [...steps.map((s) => activityOf(s, ctx)), ...serviceRequests.map((reference) => ({ reference }))] }
      : {}),
  };
}

/** Whose words each text of `target` is: one agent per voice, its roles naming the texts. */
export function provenance(
  target: Reference,
  recorded: string,
  texts: readonly VoicedText[],
  ctx: FhirContext,
): FhirResource {
  const byWho = new Map<string, { who: Reference; parts: string[] }>();
  for (const text of texts) {
    const who = ctx.voiceOf(text.voice, text.fromSuggestionId);
    const key = who.reference ?? who.display ?? '';
    const entry = byWho.get(key) ?? { who, parts: [] };
    entry.parts.push(text.part);
    byWho.set(key, entry);
  }
  return {
    resourceType: 'Provenance',
    id: derivedId('provenance', target.reference ?? ''),
    target: [target],
    recorded,
    agent: [...byWho.values()].map(({ who, parts }) => ({
      type: { coding: [{ system: participantType, code: 'author', display: 'Author' }] },
      role: parts.map((text) => ({ text })),
      who,
    })),
  };
}

/** The texts of a goal and whose words each is. */
export function goalTexts(goal: Goal): VoicedText[] {
  const from = goal.fromSuggestionId;
  return [
    { part: 'goal title', voice: goal.voice, fromSuggestionId: from },
    ...(goal.why ? [{ part: 'why it matters', voice: goal.whyVoice, fromSuggestionId: from }] : []),
  ];
}

/** The CarePlan (the person's, always) and its steps (its activities), with whose words each step is. */
export function carePlanTexts(steps: readonly Step[]): VoicedText[] {
  return [
    { part: 'plan', voice: 'participant', fromSuggestionId: null },
    ...steps.map((s) => ({ part: `step: ${s.text}`, voice: s.voice, fromSuggestionId: s.fromSuggestionId })),
  ];
}

/** The texts of a suggested goal: all the specialist's. */
export function suggestionTexts(suggestion: Suggestion): VoicedText[] {
  return [{ part: 'suggested goal', voice: 'specialist', fromSuggestionId: suggestion.id }];
}
