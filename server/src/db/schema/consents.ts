import type { ConsentKind, ConsentLanguage, ConsentState, DataClass } from '@alongside/shared';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { participantOwner } from './owner.js';
import { users } from './people.js';

const owner = participantOwner;

/**
 * A consent to disclose (42 CFR Part 2, §2.31): every element the rule requires is a column. A
 * draft changes into active only by the person's signature, which stores the exact text they
 * read, its SHA-256 and its language. `expired` is not stored: it is read from `expiry_*` against
 * the clock (or the end of peer support) at the moment it matters.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    kind: text('kind').$type<ConsentKind>().notNull(),
    /** draft | active | revoked | superseded | discarded (expired is derived). */
    state: text('state').$type<Exclude<ConsentState, 'expired'>>().notNull(),
    /** The scope as the person gave it: classes, or ['all']. */
    dataClasses: jsonb('data_classes').$type<(DataClass | 'all')[]>().notNull(),
    recipientName: text('recipient_name'),
    recipientOrganisation: text('recipient_organisation'),
    recipientContact: text('recipient_contact'),
    purpose: text('purpose').notNull(),
    expiryKind: text('expiry_kind').$type<'none' | 'end-of-peer-support' | 'date'>().notNull(),
    expiresOn: text('expires_on'),
    draftedBy: uuid('drafted_by')
      .notNull()
      .references(() => users.id),
    draftedAt: timestamp('drafted_at', { withTimezone: true }).notNull(),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedLanguage: text('signed_language').$type<ConsentLanguage>(),
    signedText: text('signed_text'),
    signedTextSha256: text('signed_text_sha256'),
    representativeName: text('representative_name'),
    representativeRelationship: text('representative_relationship'),
    revocationRequestedBy: uuid('revocation_requested_by').references(() => users.id),
    revocationRequestedAt: timestamp('revocation_requested_at', { withTimezone: true }),
    revocationRequestNote: text('revocation_request_note'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationStatement: text('revocation_statement'),
    /** When it stopped being a draft or active other than by revocation (superseded, discarded). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    supersededBy: uuid('superseded_by'),
  },
  (t) => [index('consents_owner_idx').on(t.organisationId, t.participantId, t.draftedAt)],
);

/**
 * Every disclosure under a consent (§2.24/§2.25 accounting): append-only, like the access log,
 * written in the same transaction that checks the consent.
 */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...owner(),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    recipientName: text('recipient_name').notNull(),
    recipientOrganisation: text('recipient_organisation'),
    recipientContact: text('recipient_contact'),
    purpose: text('purpose').notNull(),
    dataClasses: jsonb('data_classes').$type<DataClass[]>().notNull(),
    language: text('language').$type<ConsentLanguage>().notNull(),
    disclosedBy: uuid('disclosed_by')
      .notNull()
      .references(() => users.id),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('disclosures_owner_idx').on(t.organisationId, t.participantId, t.disclosedAt),
    index('disclosures_consent_idx').on(t.consentId),
  ],
);
