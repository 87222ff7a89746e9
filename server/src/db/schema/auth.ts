import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './people.js';

/** A signed-in device. Named so it is never confused with a peer-support session. */
export const signInSessions = pgTable(
  'sign_in_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the cookie token: a leaked table cannot be replayed. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    idleTimeoutSeconds: integer('idle_timeout_seconds').notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    userAgent: text('user_agent').notNull().default(''),
    /** The password was right but the account's second factor has not been given yet. */
    secondFactorPending: boolean('second_factor_pending').notNull().default(false),
    /** When a second factor was last given on this sign-in (at its second step, or to re-confirm). */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    /** When the password was last given on this sign-in (at sign-in, or to re-confirm without a factor). */
    passwordAt: timestamp('password_at', { withTimezone: true }),
    /** The WebAuthn challenge this sign-in was last given (base64url), and until when it may be answered. */
    passkeyChallenge: text('passkey_challenge'),
    passkeyChallengeExpiresAt: timestamp('passkey_challenge_expires_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sign_in_sessions_token_key').on(t.tokenHash), index('sign_in_sessions_user_idx').on(t.userId)],
);

/**
 * Sign-in attempt counters, per account, known device and client address. Kept in the database so
 * that every server instance shares one allowance.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * A browser that has signed in to an account before (the OWASP "device cookie" pattern): it keeps
 * its own allowance of failed sign-ins, so guessing from elsewhere cannot lock the owner out. The
 * cookie only grants that allowance, never a sign-in; it is replaced at each successful sign-in.
 */
export const signInDevices = pgTable(
  'sign_in_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the cookie token, as for sign-in sessions. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sign_in_devices_token_key').on(t.tokenHash), index('sign_in_devices_user_idx').on(t.userId)],
);

/** The first-run setup token (hashed). One row at most; gone once the organisation exists. */
export const setupTokens = pgTable(
  'setup_tokens',
  {
    id: integer('id').primaryKey().default(1),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('setup_tokens_single_row', sql`${t.id} = 1`)],
);

/**
 * The one-time link an operator's `npm run org:create` prints for another organisation on the same
 * server: whoever opens it becomes that organisation's first admin. Stored hashed, like every link;
 * one per organisation (issuing again replaces it); deleted when used.
 */
export const organisationSetupLinks = pgTable(
  'organisation_setup_links',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('organisation_setup_links_token_key').on(t.tokenHash)],
);

/**
 * A single-use link to choose a new password (token stored hashed, like invitations). Issued by a
 * participant's specialist or an admin and shown to them to pass on, or sent by mail when the
 * person asks and mail is configured. Issuing another for the same account revokes this one.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    /** Who issued it; null when the person asked for it by mail themselves. */
    issuedById: uuid('issued_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('password_resets_token_key').on(t.tokenHash), index('password_resets_user_idx').on(t.userId)],
);
