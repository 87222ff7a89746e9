import { checkInObservations, noteDocument, serviceRequest } from './fhir-care.js';
import { derivedId, entryRef } from './fhir-codes.js';
import { consentResource } from './fhir-consent.js';
import { createFhirContext } from './fhir-context.js';
import {
  carePlan,
  carePlanTexts,
  goalTexts,
  personsGoal,
  provenance,
  suggestedGoal,
  suggestionTexts,
} from './fhir-plan.js';
import { questionnaireResource, questionnaireResponseResources, selfCheckObservations } from './fhir-self-checks.js';
import type { Bundle, FhirResource } from './fhir-types.js';
import { wellnessResources } from './fhir-wellness.js';
import type { RecordData } from './record-data.js';

/**
 * The person's record as a FHIR R4 Bundle of type `collection`: the Patient always; then, per data
 * class asked for, the plan (Goals, the CarePlan, Provenance), check-ins and self-checks
 * (Observations; the Questionnaires answered and their QuestionnaireResponses), referrals
 * (ServiceRequests), session notes (DocumentReferences) and the wellness plan (its own CarePlan);
 * the Practitioners who appear in any of
 * them; and, in the person's own export, a Consent per consent. Every entry's full URL is `urn:uuid:<id>`.
 */
export function buildFhirBundle(data: RecordData, exportedAt: string): Bundle {
  const { plan, dataClasses } = data;
  const has = (c: (typeof dataClasses)[number]) => dataClasses.includes(c);
  const ctx = createFhirContext(data.participant, plan);
  const patient: FhirResource = {
    resourceType: 'Patient',
    id: data.participant.id,
    name: [{ text: data.participant.name }],
    managingOrganization: { display: data.organisation.name },
  };

  const planResources: FhirResource[] = [];
  const carePlanRef = has('plan') ? entryRef('CarePlan', derivedId('care-plan', data.participant.id)) : null;
  const requests = plan.referrals.map((r) => serviceRequest(r, ctx, carePlanRef));
  if (has('plan')) {
    for (const goal of plan.goals) {
      planResources.push(personsGoal(goal, ctx));
      planResources.push(provenance(entryRef('Goal', goal.id), goal.updatedAt, goalTexts(goal), ctx));
    }
    for (const suggestion of plan.suggestions) {
      const goal = suggestedGoal(suggestion, ctx);
      if (!goal) continue;
      planResources.push(goal);
      const recorded = suggestion.decidedAt ?? suggestion.createdAt;
      planResources.push(provenance(entryRef('Goal', goal.id), recorded, suggestionTexts(suggestion), ctx));
    }
    const requestRefs = requests.map((r) => entryRef('ServiceRequest', r.id));
    const plan_ = carePlan(data.participant.id, plan, ctx, requestRefs);
    const lastChange =
      [...plan.goals, ...plan.steps]
        .map((i) => i.updatedAt)
        .sort()
        .at(-1) ?? exportedAt;
    planResources.push(plan_, provenance(entryRef('CarePlan', plan_.id), lastChange, carePlanTexts(plan.steps), ctx));
  }
  const wellness = has('wellness-plan') ? wellnessResources(data.participant.id, plan, ctx, exportedAt) : [];
  const questionnaires = new Map(data.questionnaires.map((q) => [q.id, q]));
  const observations = [
    ...plan.checkIns.flatMap((c) => checkInObservations(c, ctx)),
    ...plan.selfChecks.flatMap((s) => selfCheckObservations(s, ctx)),
    ...data.questionnaires.map(questionnaireResource),
    ...plan.questionnaireResponses.flatMap((r) =>
      questionnaireResponseResources(r, questionnaires.get(r.questionnaireId), ctx),
    ),
  ];
  const sessions = new Map(data.liveSessions.map((s) => [s.id, s]));
  const documents = data.notes.map((n) => noteDocument(n, sessions.get(n.liveSessionId), ctx));
  const consents = data.consents.map((c) => consentResource(c, ctx));

  const resources = [
    patient,
    ...ctx.practitioners(),
    ...planResources,
    ...wellness,
    ...observations,
    ...requests,
    ...documents,
    ...consents,
  ];
  return {
    resourceType: 'Bundle',
    id: derivedId('bundle', `${data.participant.id}:${exportedAt}`),
    type: 'collection',
    timestamp: exportedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
