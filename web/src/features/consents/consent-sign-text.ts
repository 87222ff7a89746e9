import type { Consent, ConsentExpiry, ConsentLanguage, ConsentTextInput } from '@alongside/shared';
import { consentFormText } from '@alongside/shared';

/**
 * What the person signs is what they read: the form rendered by the shared wording function in
 * the language they read it in, and the SHA-256 of that exact text. The server renders the same
 * form from the stored consent and refuses a digest that no longer matches (409), so a change to
 * the wording or the draft after the screen was drawn can never be signed unseen.
 */
export function consentTextInput(consent: Consent): ConsentTextInput {
  const expiry: ConsentExpiry =
    consent.expiry.kind === 'date' ? { kind: 'date', date: consent.expiry.date ?? '' } : { kind: consent.expiry.kind };
  return {
    kind: consent.kind,
    participantName: consent.participantName,
    organisationName: consent.organisationName,
    dataClasses: consent.dataClasses,
    recipient: consent.recipient,
    purpose: consent.purpose,
    expiry,
  };
}

/** The consent form for `consent`, one paragraph per line, exactly as it is signed. */
export function formFor(consent: Consent, language: ConsentLanguage): string {
  return consentFormText(consentTextInput(consent), language);
}

/** SHA-256 of the text (UTF-8), in lower-case hex, as the sign request carries it. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
