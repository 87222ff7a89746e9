import type { Consent, Disclosure } from '@alongside/shared';
import type { ConsentView, DisclosureView } from './consents.repo.js';
import { type ConsentParties, expiryOf, recipientOf, stateOf } from './consents.rules.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A consent as the API answers it, with its state as of `now` (expired is derived here). */
export function toConsent(view: ConsentView, parties: ConsentParties, now: Date): Consent {
  const c = view.consent;
  return {
    id: c.id,
    participantId: c.participantId,
    participantName: parties.participantName,
    organisationName: parties.organisationName,
    kind: c.kind,
    state: stateOf(c, parties, now),
    dataClasses: c.dataClasses,
    recipient: recipientOf(c),
    purpose: c.purpose,
    expiry: expiryOf(c),
    draftedBy: view.drafter,
    draftedAt: c.draftedAt.toISOString(),
    signedAt: iso(c.signedAt),
    signedLanguage: c.signedLanguage,
    signedTextSha256: c.signedTextSha256,
    representative:
      c.representativeName !== null
        ? { name: c.representativeName, relationship: c.representativeRelationship ?? '' }
        : null,
    revokedAt: iso(c.revokedAt),
    revocationStatement: c.revocationStatement,
    revocationRequest:
      view.requester && c.revocationRequestedAt
        ? { by: view.requester, at: c.revocationRequestedAt.toISOString(), note: c.revocationRequestNote }
        : null,
    endedAt: iso(c.endedAt),
    supersededBy: c.supersededBy,
  };
}

export function toDisclosure(view: DisclosureView): Disclosure {
  const d = view.disclosure;
  return {
    id: d.id,
    consentId: d.consentId,
    recipient: recipientOf(d) ?? { name: d.recipientName },
    purpose: d.purpose,
    dataClasses: d.dataClasses,
    disclosedAt: d.disclosedAt.toISOString(),
    disclosedBy: view.by,
  };
}
