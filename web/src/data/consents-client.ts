import {
  type ConsentDraftRequest,
  type ConsentLanguage,
  type ConsentSignRequest,
  type DisclosureRequest,
  zConsent,
  zConsentList,
  zConsentText,
  zDisclosureList,
  zDisclosurePackage,
} from '@alongside/shared';
import { call } from './client.js';

/**
 * Consents to disclose and the disclosure log (42 CFR Part 2). Loaded with the pages that use
 * them; the server decides who may do what (only the person signs or revokes).
 */
const id = (value: string) => encodeURIComponent(value);
const base = (participantId: string) => `/participants/${id(participantId)}`;
const one = (participantId: string, consentId: string) => `${base(participantId)}/consents/${id(consentId)}`;

export const consentsApi = {
  list: (participantId: string, signal?: AbortSignal) =>
    call(`${base(participantId)}/consents`, zConsentList, { signal }),
  draft: (participantId: string, body: ConsentDraftRequest) =>
    call(`${base(participantId)}/consents`, zConsent, { method: 'POST', body }),
  text: (participantId: string, consentId: string, language: ConsentLanguage) =>
    call(`${one(participantId, consentId)}/text`, zConsentText, { query: { language } }),
  preview: (participantId: string, consentId: string) =>
    call(`${one(participantId, consentId)}/preview`, zDisclosurePackage),
  sign: (participantId: string, consentId: string, body: ConsentSignRequest) =>
    call(`${one(participantId, consentId)}/sign`, zConsent, { method: 'POST', body }),
  revoke: (participantId: string, consentId: string, statement?: string) =>
    call(`${one(participantId, consentId)}/revoke`, zConsent, {
      method: 'POST',
      body: statement ? { statement } : {},
    }),
  requestRevocation: (participantId: string, consentId: string, note?: string) =>
    call(`${one(participantId, consentId)}/revocation-request`, zConsent, {
      method: 'POST',
      body: note ? { note } : {},
    }),
  discard: (participantId: string, consentId: string) =>
    call(`${one(participantId, consentId)}/discard`, zConsent, { method: 'POST', body: {} }),
  disclosures: (participantId: string, signal?: AbortSignal) =>
    call(`${base(participantId)}/disclosures`, zDisclosureList, { signal }),
  disclose: (participantId: string, body: DisclosureRequest) =>
    call(`${base(participantId)}/disclosures`, zDisclosurePackage, { method: 'POST', body }),
  /** The accounting of disclosures as a file the browser downloads. */
  accountingHref: (participantId: string, from: string, to: string, format: 'json' | 'csv') =>
    `/api${base(participantId)}/disclosures/accounting?${new URLSearchParams({ from, to, format })}`,
};
