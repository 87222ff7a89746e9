import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './people.js';

/**
 * A person's second factors: passkeys (WebAuthn credentials) and authenticator apps (TOTP). A TOTP
 * row is added unconfirmed when enrolment starts and counts only once a code from the app has
 * been accepted (`confirmedAt`); a passkey is confirmed when it is registered.
 */
export const secondFactors = pgTable(
  'second_factors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<'passkey' | 'totp'>().notNull(),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** Passkey: the credential id (base64url), its COSE public key (base64url), signature counter, transports. */
    credentialId: text('credential_id'),
    publicKey: text('public_key'),
    signCount: integer('sign_count'),
    transports: jsonb('transports').$type<string[]>(),
    /** TOTP: the shared secret (base32) and the last time step accepted — a code is good once. */
    totpSecret: text('totp_secret'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  },
  (t) => [
    index('second_factors_user_idx').on(t.userId),
    uniqueIndex('second_factors_credential_key').on(t.credentialId),
  ],
);

/** Ten single-use backup codes per account, stored as their SHA-256; a new set replaces the old. */
export const backupCodes = pgTable(
  'backup_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('backup_codes_user_idx').on(t.userId)],
);

/** An admin removed this account's second factors: the person is told until they add a new one. */
export const secondFactorResets = pgTable('second_factor_resets', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  resetById: uuid('reset_by_id')
    .notNull()
    .references(() => users.id),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});
