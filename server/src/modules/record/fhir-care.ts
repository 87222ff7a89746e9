import type { CheckIn, LiveSession, Referral, SessionNote } from '@alongside/shared';
import { codeSystems, derivedId, ratingCodes, referralStatusToFhir, referralStatusWords } from './fhir-codes.js';
import type { FhirContext } from './fhir-context.js';
import type { FhirResource, Reference } from './fhir-types.js';

/**
 * Check-ins, referrals and session notes in FHIR: an Observation per rating the person gave
 * (confidence, focused on its goal; wellbeing), a ServiceRequest per referral, and a
 * DocumentReference per session note (its text as a plain-text attachment).
 */
function rating(
  checkIn: CheckIn,
  kind: keyof typeof ratingCodes,
  value: number,
  id: string,
  withNote: boolean,
  ctx: FhirContext,
): FhirResource {
  const code = ratingCodes[kind];
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: codeSystems.rating, ...code }], text: code.display },
    subject: ctx.patient,
    ...(checkIn.goalId ? { focus: [ctx.goal(checkIn.goalId)] } : {}),
    effectiveDateTime: checkIn.at,
    // The rating is the person's own, even when a specialist typed it in with them in a session.
    performer: [ctx.patient],
    valueInteger: value,
    ...(withNote && checkIn.note ? { note: [{ text: checkIn.note, authorReference: ctx.patient }] } : {}),
  };
}

/** The Observations of one check-in: its confidence (id = the check-in's) and its wellbeing rating. */
export function checkInObservations(checkIn: CheckIn, ctx: FhirContext): FhirResource[] {
  const out: FhirResource[] = [];
  if (checkIn.confidence !== null) out.push(rating(checkIn, 'confidence', checkIn.confidence, checkIn.id, true, ctx));
  if (checkIn.wellbeing !== null) {
    const id = derivedId('wellbeing', checkIn.id);
    out.push(rating(checkIn, 'wellbeing', checkIn.wellbeing, id, checkIn.confidence === null, ctx));
  }
  return out;
}

export function serviceRequest(referral: Referral, ctx: FhirContext, carePlan: Reference | null): FhirResource {
  const followUp = referral.followUpOn ? `; follow up on ${referral.followUpOn}` : '';
  return {
    resourceType: 'ServiceRequest',
    id: referral.id,
    status: referralStatusToFhir[referral.status],
    // The person chose this resource for their plan: a plan, not an order.
    intent: 'plan',
    code: { text: referral.resourceName },
    subject: ctx.patient,
    requester: ctx.patient,
    authoredOn: referral.createdAt,
    ...(carePlan ? { basedOn: [carePlan] } : {}),
    ...(referral.goalId ? { supportingInfo: [ctx.goal(referral.goalId)] } : {}),
    note: [{ text: `Referral ${referralStatusWords[referral.status]}${followUp}` }],
  };
}

function noteText(note: SessionNote): string {
  const lines = [
    `Session of ${note.sessionStartedAt} with ${note.specialist.name}`,
    `Worked on: ${note.workedOn}`,
    `Chosen: ${note.chosen}`,
    `Next steps: ${note.nextSteps}`,
  ];
  if (note.participantView) lines.push(`${note.participant.name}'s view: ${note.participantView}`);
  if (note.response) lines.push(`${note.participant.name}: ${note.response}`);
  for (const a of note.amendments) lines.push(`Amendment by ${a.author.name}, ${a.at}: ${a.text}`);
  return `${lines.join('\n')}\n`;
}

export function noteDocument(note: SessionNote, session: LiveSession | undefined, ctx: FhirContext): FhirResource {
  const specialist = ctx.practitioner(note.specialist);
  const speaks = note.participantView || note.amendments.some((a) => a.author.role === 'participant');
  return {
    resourceType: 'DocumentReference',
    id: note.id,
    status: 'current',
    // Locked once the person co-signed it or said they see it differently; a draft until then.
    docStatus: note.lockedAt ? 'final' : 'preliminary',
    type: { text: 'Peer-support session note' },
    subject: ctx.patient,
    date: note.updatedAt,
    author: speaks ? [specialist, ctx.patient] : [specialist],
    description: `Session note, ${note.sessionStartedAt.slice(0, 10)}`,
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: Buffer.from(noteText(note), 'utf8').toString('base64'),
          title: 'Session note',
          creation: note.createdAt,
        },
      },
    ],
    context: {
      period: {
        start: note.sessionStartedAt,
        ...(session?.endedAt ? { end: session.endedAt } : {}),
      },
    },
  };
}
