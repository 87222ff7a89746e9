import { createHash } from 'node:crypto';
import {
  type ConsentExpiry,
  type ConsentLanguage,
  type ConsentState,
  type ConsentTextInput,
  consentFormText,
  type DataClass,
  type DisclosureRequest,
  expandDataScope,
  type NamedRecipient,
} from '@alongside/shared';
import type { ConsentRow } from './consents.repo.js';

/**
 * The rules of consent that need no database: when a consent has expired, what text the person
 * signs, and whether a disclosure falls inside a consent. The service applies them at the moment
 * they matter (a read, a signature, a disclosure), with the server's clock.
 */

/** Today on the server's clock, as YYYY-MM-DD (UTC, like every other day the server compares). */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** The person and the organisation a consent names; `disabled` means their peer support has ended. */
export interface ConsentParties {
  readonly participantName: string;
  readonly organisationName: string;
  readonly disabledAt: Date | null;
}

export function expiryOf(row: Pick<ConsentRow, 'expiryKind' | 'expiresOn'>): ConsentExpiry {
  if (row.expiryKind === 'date') return { kind: 'date', date: row.expiresOn ?? '' };
  return { kind: row.expiryKind };
}

/**
 * A consent has expired when its day has passed (it is valid through the day it names), or — for
 * `end-of-peer-support` — while the person's account is disabled: closing the account is how an
 * organisation ends someone's peer support here. Decided at every read and every disclosure, never
 * stored, so a consent cannot be "forgotten" as active after its end.
 */
export function hasExpired(
  row: Pick<ConsentRow, 'expiryKind' | 'expiresOn'>,
  parties: Pick<ConsentParties, 'disabledAt'>,
  now: Date,
) {
  if (row.expiryKind === 'date') return (row.expiresOn ?? '') < dayOf(now);
  if (row.expiryKind === 'end-of-peer-support') return parties.disabledAt !== null;
  return false;
}

/** The state the person sees: `expired` is an active consent past its end. */
export function stateOf(row: ConsentRow, parties: ConsentParties, now: Date): ConsentState {
  return row.state === 'active' && hasExpired(row, parties, now) ? 'expired' : row.state;
}

export function recipientOf(
  row: Pick<ConsentRow, 'recipientName' | 'recipientOrganisation' | 'recipientContact'>,
): NamedRecipient | null {
  if (row.recipientName === null) return null;
  return {
    name: row.recipientName,
    ...(row.recipientOrganisation ? { organisation: row.recipientOrganisation } : {}),
    ...(row.recipientContact ? { contact: row.recipientContact } : {}),
  };
}

/** What the shared wording needs to render this consent's form or its scope statement. */
export function textInputOf(row: ConsentRow, parties: ConsentParties): ConsentTextInput {
  return {
    kind: row.kind,
    participantName: parties.participantName,
    organisationName: parties.organisationName,
    dataClasses: row.dataClasses,
    recipient: recipientOf(row),
    purpose: row.purpose,
    expiry: expiryOf(row),
  };
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The form as the person reads it now, and its digest: what a signature must match. */
export function renderForm(row: ConsentRow, parties: ConsentParties, language: ConsentLanguage) {
  const text = consentFormText(textInputOf(row, parties), language);
  return { language, text, textSha256: sha256Hex(text) };
}

/** Names compared as a person would: case, accents' composition and spacing do not make a new recipient. */
export const normalised = (text: string | undefined | null): string =>
  (text ?? '').normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** Why a disclosure falls outside its consent: the request field that does not fit. */
export type OutsideConsent = { field: 'dataClasses' | 'recipient' | 'purpose'; message: string } | null;

/**
 * Whether a disclosure fits the consent's scope. Classes must be among those the consent covers.
 * A specific consent names one recipient and one purpose: both must match (normalised). A TPO
 * consent covers a class of recipients (treating providers, health plans, those operating the
 * program) and all three purposes, so its recipient is recorded as given and its purpose is
 * accepted as free text that says which use it is — the consent does not narrow it further.
 */
export function outsideConsent(
  row: ConsentRow,
  request: Pick<DisclosureRequest, 'dataClasses' | 'recipient' | 'purpose'>,
): OutsideConsent {
  const covered = new Set<DataClass>(expandDataScope(row.dataClasses));
  const beyond = request.dataClasses.filter((c) => !covered.has(c));
  if (beyond.length > 0) {
    return { field: 'dataClasses', message: `The consent does not cover: ${beyond.join(', ')}.` };
  }
  if (row.kind === 'tpo') return null;
  const sameRecipient =
    normalised(request.recipient.name) === normalised(row.recipientName) &&
    normalised(request.recipient.organisation) === normalised(row.recipientOrganisation);
  if (!sameRecipient) {
    return { field: 'recipient', message: 'The consent names another recipient.' };
  }
  if (normalised(request.purpose) !== normalised(row.purpose)) {
    return { field: 'purpose', message: 'The consent was given for another purpose.' };
  }
  return null;
}
