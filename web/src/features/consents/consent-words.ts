import type { Consent, ConsentExpiry, DataClass, Disclosure } from '@alongside/shared';
import { html, nothing } from 'lit';
import { tcon } from '../../i18n/consents-i18n.js';
import { formatCalendarDay, formatDate, formatList } from '../../i18n/i18n.js';

/**
 * How a consent and a disclosure read on screen, the same on the person's page and on their
 * specialist's: kind, state, what, with whom, why and for how long, and who did what when.
 */
export function classesText(classes: readonly (DataClass | 'all')[]): string {
  return formatList(classes.map((c) => tcon(`class.${c}`)));
}

export function expiryText(expiry: Consent['expiry'] | ConsentExpiry): string {
  if (expiry.kind === 'date' && expiry.date) return tcon('expiry.date', { date: formatCalendarDay(expiry.date) });
  return expiry.kind === 'none' ? tcon('expiry.none') : tcon('expiry.end-of-peer-support');
}

export function recipientText(recipient: Consent['recipient']): string {
  if (!recipient) return tcon('field.tpoWhom');
  return [recipient.name, recipient.organisation].filter(Boolean).join(', ');
}

/** The facts of one consent, as a description list (the actions are the page's). */
export function renderConsentFacts(consent: Consent) {
  return html`<dl class="facts">
    <dt>${tcon('field.what')}</dt>
    <dd>${classesText(consent.dataClasses)}</dd>
    <dt>${tcon('field.whom')}</dt>
    <dd>${recipientText(consent.recipient)}</dd>
    <dt>${tcon('field.purpose')}</dt>
    <dd>${consent.purpose}</dd>
    <dt>${tcon('field.until')}</dt>
    <dd>${expiryText(consent.expiry)}</dd>
  </dl>
  <p class="hint">
    ${tcon('field.drafted', { name: consent.draftedBy.name, date: formatDate(consent.draftedAt) })}
    ${consent.signedAt ? html`· ${tcon('field.signed', { date: formatDate(consent.signedAt) })}` : nothing}
    ${
      consent.representative
        ? html`· ${tcon('field.signedBy', { name: consent.representative.name, relationship: consent.representative.relationship })}`
        : nothing
    }
    ${consent.revokedAt ? html`· ${tcon('field.revoked', { date: formatDate(consent.revokedAt) })}` : nothing}
  </p>`;
}

/** The heading line of a consent: its kind, and its state in words (never colour alone). */
export function consentTitle(consent: Consent): string {
  return `${tcon(`kind.${consent.kind}`)} — ${tcon(`state.${consent.state}`)}`;
}

export function renderDisclosureRow(disclosure: Disclosure) {
  return html`<li>
    ${tcon('disclosures.row', { date: formatDate(disclosure.disclosedAt), name: recipientText(disclosure.recipient) })}
    ${tcon('disclosures.by', { name: disclosure.disclosedBy.name })}: ${classesText(disclosure.dataClasses)}.
    ${disclosure.purpose}
  </li>`;
}
