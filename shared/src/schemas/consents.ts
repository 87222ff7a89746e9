import { z } from 'zod';
import { zRole } from '../roles.js';
import { zId, zIsoDateTime, zPersonName, zText } from './common.js';
import { zCalendarDate, zPlannedDay } from './dates.js';

/**
 * Consent to disclose, and disclosures under it (42 CFR Part 2 as amended in 2024, §2.31–§2.32).
 * Only the person signs or revokes in the app; a partnered specialist may draft a consent with
 * the person, record that the person asked orally to revoke one, and disclose under an active
 * consent. Routes (mounted under /api/participants/:participantId):
 *
 *   GET    /consents                          → zConsentList        participant, partnered specialist
 *   POST   /consents                          ← zConsentDraftRequest → zConsent (state draft)
 *                                                participant or partnered specialist
 *   GET    /consents/:consentId               → zConsent
 *   GET    /consents/:consentId/text?language=en|es → zConsentText (what the person reads before signing)
 *   GET    /consents/:consentId/preview?language= → zDisclosurePackage ("see what they'll see"; no disclosure logged)
 *   POST   /consents/:consentId/sign          ← zConsentSignRequest → zConsent (active)   participant only
 *   POST   /consents/:consentId/revoke        ← zConsentRevokeRequest → zConsent (revoked) participant only
 *   POST   /consents/:consentId/revocation-request ← zRevocationRequestBody → zConsent   partnered specialist only
 *   POST   /consents/:consentId/discard       → zConsent (a draft withdrawn; drafter or participant)
 *   GET    /disclosures                       → zDisclosureList
 *   POST   /disclosures                       ← zDisclosureRequest → zDisclosurePackage  partnered specialist only
 *   GET    /disclosures/accounting?from=&to=&format=json|csv → zDisclosureAccounting (or text/csv) participant
 *
 * Supervisors see only aggregate counts in their reports. Everything else: 404 (not yours / other organisation).
 */

/** What a consent may cover. `all` covers every class, including ones added later. */
export const dataClasses = ['plan', 'check-ins', 'session-notes', 'referrals', 'wellness-plan'] as const;
export const zDataClass = z.enum(dataClasses);
export type DataClass = z.infer<typeof zDataClass>;

export const zDataScope = z
  .array(z.enum([...dataClasses, 'all']))
  .min(1)
  .max(dataClasses.length)
  .refine((scope) => new Set(scope).size === scope.length, 'Name each kind of information once.')
  .refine((scope) => !scope.includes('all') || scope.length === 1, '"all" already covers every kind.');
export type DataScope = z.infer<typeof zDataScope>;

/** The classes a scope really covers. */
export function expandDataScope(scope: readonly (DataClass | 'all')[]): DataClass[] {
  return scope.includes('all') ? [...dataClasses] : dataClasses.filter((c) => scope.includes(c));
}

export const consentKinds = ['tpo', 'specific'] as const;
export const zConsentKind = z.enum(consentKinds);
export type ConsentKind = z.infer<typeof zConsentKind>;

export const consentStates = ['draft', 'active', 'revoked', 'expired', 'superseded', 'discarded'] as const;
export const zConsentState = z.enum(consentStates);
export type ConsentState = z.infer<typeof zConsentState>;

/**
 * When a consent ends. `end-of-peer-support`: when the person's peer support here ends (their
 * account is closed). `none` is allowed only for a TPO consent. A date must be after today.
 */
export const zConsentExpiry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('end-of-peer-support') }),
  z.strictObject({ kind: z.literal('date'), date: zPlannedDay }),
]);
export type ConsentExpiry = z.infer<typeof zConsentExpiry>;

export const zNamedRecipient = z.strictObject({
  name: zText(200, 1),
  organisation: zText(200).optional(),
  /** How the recipient is reached (address, phone, secure mail): for the person to recognise them. */
  contact: zText(300).optional(),
});
export type NamedRecipient = z.infer<typeof zNamedRecipient>;

export const zConsentPurpose = zText(500, 1);

/** A new consent, drafted by the person or by their specialist with them. */
export const zConsentDraftRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tpo'),
    dataClasses: zDataScope,
    expiry: zConsentExpiry,
  }),
  z.strictObject({
    kind: z.literal('specific'),
    dataClasses: zDataScope,
    recipient: zNamedRecipient,
    purpose: zConsentPurpose,
    expiry: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('end-of-peer-support') }),
      z.strictObject({ kind: z.literal('date'), date: zPlannedDay }),
    ]),
  }),
]);
export type ConsentDraftRequest = z.infer<typeof zConsentDraftRequest>;

export const consentLanguages = ['en', 'es'] as const;
export const zConsentLanguage = z.enum(consentLanguages);
export type ConsentLanguage = z.infer<typeof zConsentLanguage>;

/** A SHA-256 digest, lower-case hex. */
export const zSha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in hex');

/**
 * The person signs what they read: the language they read it in and the digest of that exact
 * text (`consentFormText` in the shared package). A digest that no longer matches → 409.
 * Signing for the person by a named authorized representative is recorded with their name.
 */
export const zConsentSignRequest = z.strictObject({
  language: zConsentLanguage,
  textSha256: zSha256Hex,
  representative: z.strictObject({ name: zPersonName, relationship: zText(100, 1) }).optional(),
});
export type ConsentSignRequest = z.infer<typeof zConsentSignRequest>;

/** Revocation in writing: the person's own action in the app, with optional words of their own. */
export const zConsentRevokeRequest = z.strictObject({ statement: zText(1000).optional() });
export const zRevocationRequestBody = z.strictObject({ note: zText(1000).optional() });

const zActorRef = z.object({ id: zId, name: z.string(), role: zRole });

export const zConsent = z.object({
  id: zId,
  participantId: zId,
  participantName: z.string(),
  /** Who may disclose: the organisation. */
  organisationName: z.string(),
  kind: zConsentKind,
  state: zConsentState,
  dataClasses: zDataScope,
  recipient: zNamedRecipient.nullable(),
  purpose: z.string(),
  expiry: z.object({ kind: z.enum(['none', 'end-of-peer-support', 'date']), date: zCalendarDate.optional() }),
  draftedBy: zActorRef,
  draftedAt: zIsoDateTime,
  signedAt: zIsoDateTime.nullable(),
  signedLanguage: zConsentLanguage.nullable(),
  signedTextSha256: zSha256Hex.nullable(),
  representative: z.object({ name: z.string(), relationship: z.string() }).nullable(),
  revokedAt: zIsoDateTime.nullable(),
  revocationStatement: z.string().nullable(),
  /** A specialist's record that the person asked orally to revoke; the person confirms it. */
  revocationRequest: z.object({ by: zActorRef, at: zIsoDateTime, note: z.string().nullable() }).nullable(),
  endedAt: zIsoDateTime.nullable(),
  supersededBy: zId.nullable(),
});
export type Consent = z.infer<typeof zConsent>;

export const zConsentList = z.object({ consents: z.array(zConsent) });
export const zConsentParams = z.strictObject({ participantId: zId, consentId: zId });
export const zConsentTextQuery = z.strictObject({ language: zConsentLanguage });
/** The preview's language (the notice and scope statement); the reader's own language by default. */
export const zConsentPreviewQuery = z.strictObject({ language: zConsentLanguage.optional() });
export const zConsentText = z.object({ language: zConsentLanguage, text: z.string(), textSha256: zSha256Hex });
export type ConsentText = z.infer<typeof zConsentText>;

/** A disclosure: sharing the record, or part of it, outside Alongside under one active consent. */
export const zDisclosureRequest = z.strictObject({
  consentId: zId,
  /** Must match the consent's named recipient; under a TPO consent, the provider, plan or operator. */
  recipient: zNamedRecipient,
  purpose: zConsentPurpose,
  dataClasses: z.array(zDataClass).min(1).max(dataClasses.length),
  /** The language of the notice and scope statement in the package. */
  language: zConsentLanguage,
});
export type DisclosureRequest = z.infer<typeof zDisclosureRequest>;

export const zDisclosure = z.object({
  id: zId,
  consentId: zId,
  recipient: zNamedRecipient,
  purpose: z.string(),
  dataClasses: z.array(zDataClass),
  disclosedAt: zIsoDateTime,
  disclosedBy: zActorRef,
});
export type Disclosure = z.infer<typeof zDisclosure>;
export const zDisclosureList = z.object({ disclosures: z.array(zDisclosure) });
export type DisclosureList = z.infer<typeof zDisclosureList>;

/**
 * What the recipient gets: the notice against redisclosure (§2.32), a statement of the consent's
 * scope, and the FHIR R4 Bundle limited to the disclosed classes. `disclosure` is null for a preview.
 */
export const zDisclosurePackage = z.object({
  disclosure: zDisclosure.nullable(),
  notice: z.string(),
  scope: z.string(),
  language: zConsentLanguage,
  // Any JSON object (the Bundle's own shape is checked by the FHIR tests). `looseObject` rather
  // than `z.record`: this module's schemas are kept whole in the web bundle, and `z.record` alone
  // would add about 1 KB (gzip) of zod to the first screen, past its 60 KB budget.
  bundle: z.looseObject({}),
});
export type DisclosurePackage = z.infer<typeof zDisclosurePackage>;

export const zDisclosureAccountingQuery = z.strictObject({
  from: zCalendarDate.optional(),
  to: zCalendarDate.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export const zDisclosureAccounting = z.object({
  participantName: z.string(),
  from: zCalendarDate,
  to: zCalendarDate,
  disclosures: z.array(zDisclosure),
});
export type DisclosureAccounting = z.infer<typeof zDisclosureAccounting>;
