import {
  ordinalValueUrl,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type SelfCheck,
  selfCheckDimensions,
} from '@alongside/shared';
import { codeSystems, derivedId, entryRef, fhirBase, lifeAreaNames } from './fhir-codes.js';
import type { FhirContext } from './fhir-context.js';
import type { FhirResource } from './fhir-types.js';

/**
 * Self-checks and questionnaires in FHIR: an Observation per dimension the person rated (a local
 * code per dimension, like the confidence ratings), each organisation questionnaire they answered
 * as a Questionnaire, each set of answers as a completed QuestionnaireResponse, and its score as an
 * Observation derived from it.
 */
export function selfCheckObservations(selfCheck: SelfCheck, ctx: FhirContext): FhirResource[] {
  const rated = selfCheckDimensions.filter((d) => selfCheck[d] !== null);
  return rated.map((dimension, i) => {
    const display = `Self-check: ${lifeAreaNames[dimension]} (0–10, rated by the person)`;
    return {
      resourceType: 'Observation',
      id: derivedId(`self-check-${dimension}`, selfCheck.id),
      status: 'final',
      code: { coding: [{ system: codeSystems.selfCheck, code: dimension, display }], text: display },
      subject: ctx.patient,
      effectiveDateTime: selfCheck.at,
      // The rating is the person's own, even when a specialist typed it in with them in a session.
      performer: [ctx.patient],
      valueInteger: selfCheck[dimension],
      // The note once, with the first rating.
      ...(i === 0 && selfCheck.note ? { note: [{ text: selfCheck.note, authorReference: ctx.patient }] } : {}),
    };
  });
}

/** The canonical URL our export gives an organisation's questionnaire (whatever the upload said). */
const canonical = (id: string) => `${fhirBase}/Questionnaire/${id}`;
const ordinal = (weight: number) => [{ url: ordinalValueUrl, valueDecimal: weight }];

function questionnaireItem(item: QuestionnaireItem) {
  return {
    linkId: item.linkId,
    text: item.text,
    type: item.type,
    required: item.required,
    ...(item.type === 'boolean' && item.weight !== null ? { extension: ordinal(item.weight) } : {}),
    ...(item.type === 'choice'
      ? {
          answerOption: item.options.map((o) => ({
            ...answerValue(item, o.value),
            extension: ordinal(o.weight),
          })),
        }
      : {}),
  };
}

export function questionnaireResource(q: Questionnaire): FhirResource {
  return {
    resourceType: 'Questionnaire',
    id: q.id,
    url: canonical(q.id),
    title: q.title,
    status: q.retiredAt ? 'retired' : q.status,
    subjectType: ['Patient'],
    item: q.items.map(questionnaireItem),
  };
}

/** An answer's value element, typed by its item (a choice by the kind of option it names). */
function answerValue(item: QuestionnaireItem | undefined, value: string | number | boolean): Record<string, unknown> {
  if (typeof value === 'boolean') return { valueBoolean: value };
  const option = item?.options.find((o) => o.value === value);
  if (option?.kind === 'coding') {
    return {
      valueCoding: { ...(option.system ? { system: option.system } : {}), code: String(value), display: option.label },
    };
  }
  if (typeof value === 'number') return { valueInteger: value };
  return { valueString: value };
}

export function questionnaireResponseResources(
  response: QuestionnaireResponse,
  questionnaire: Questionnaire | undefined,
  ctx: FhirContext,
): FhirResource[] {
  const items = new Map(questionnaire?.items.map((i) => [i.linkId, i]));
  const answers: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    id: response.id,
    questionnaire: canonical(response.questionnaireId),
    status: 'completed',
    subject: ctx.patient,
    authored: response.at,
    author: ctx.patient,
    source: ctx.patient,
    item: response.answers.map((a) => ({
      linkId: a.linkId,
      ...(items.get(a.linkId) ? { text: items.get(a.linkId)?.text } : {}),
      answer: [answerValue(items.get(a.linkId), a.value)],
    })),
  };
  const score: FhirResource = {
    resourceType: 'Observation',
    id: derivedId('questionnaire-score', response.id),
    status: 'final',
    code: {
      coding: [{ system: codeSystems.questionnaireScore, code: 'score', display: 'Questionnaire score' }],
      text: `Score: ${response.questionnaireTitle} (the sum of the weights the organisation declared)`,
    },
    subject: ctx.patient,
    effectiveDateTime: response.at,
    performer: [ctx.patient],
    valueQuantity: { value: response.score },
    derivedFrom: [entryRef('QuestionnaireResponse', response.id)],
  };
  return [answers, score];
}
