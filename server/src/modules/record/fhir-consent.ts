import { type Consent, type ConsentExpiry, type ConsentState, consentScopeText } from '@alongside/shared';
import type { FhirContext } from './fhir-context.js';
import type { FhirResource } from './fhir-types.js';

/**
 * A consent to disclose (42 CFR Part 2) as an R4 Consent: scope patient-privacy, policy rule the
 * v3 ActCode `42CFRPart2`, the recipient and (for a TPO consent) the purposes in `provision`, the
 * period it runs, and the scope statement the person agreed to as a plain-text attachment, in the
 * language they read it in. A revoked, expired or superseded consent is `inactive`.
 */
const consentStatus: Record<ConsentState, string> = {
  draft: 'draft',
  active: 'active',
  revoked: 'inactive',
  expired: 'inactive',
  superseded: 'inactive',
  discarded: 'rejected',
};

const v3ActCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const v3ActReason = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const tpoPurposes = [
  { system: v3ActReason, code: 'TREAT', display: 'treatment' },
  { system: v3ActReason, code: 'HPAYMT', display: 'healthcare payment' },
  { system: v3ActReason, code: 'HOPERAT', display: 'healthcare operations' },
];

function expiryOf(consent: Consent): ConsentExpiry {
  const { kind, date } = consent.expiry;
  return kind === 'date' && date ? { kind, date } : kind === 'date' ? { kind: 'none' } : { kind };
}

export function consentResource(consent: Consent, ctx: FhirContext): FhirResource {
  const language = consent.signedLanguage ?? 'en';
  const scope = consentScopeText({ ...consent, expiry: expiryOf(consent) }, language);
  const start = consent.signedAt ?? undefined;
  const end = consent.revokedAt ?? consent.endedAt ?? (consent.expiry.date ? consent.expiry.date : undefined);
  const recipient = consent.recipient
    ? [consent.recipient.name, consent.recipient.organisation].filter(Boolean).join(', ')
    : undefined;
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consentStatus[consent.state],
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: ctx.patient,
    dateTime: consent.signedAt ?? consent.draftedAt,
    // Only the person signs (or their named authorized representative, recorded by name).
    ...(consent.signedAt ? { performer: [ctx.patient] } : {}),
    organization: [{ display: consent.organisationName }],
    sourceAttachment: {
      contentType: 'text/plain; charset=utf-8',
      language,
      data: Buffer.from(scope, 'utf8').toString('base64'),
      title: 'What the person agreed to',
    },
    policyRule: { coding: [{ system: v3ActCode, code: '42CFRPart2' }] },
    provision: {
      type: 'permit',
      ...(start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {}),
      ...(recipient
        ? {
            actor: [
              {
                role: {
                  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }],
                },
                reference: { display: recipient },
              },
            ],
          }
        : {}),
      ...(consent.kind === 'tpo' ? { purpose: tpoPurposes } : {}),
    },
  };
}
