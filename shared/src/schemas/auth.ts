import { z } from 'zod';
import { zRole } from '../roles.js';
import { zEmail, zId, zIsoDateTime, zText } from './common.js';
import { zLanguage } from './organisation.js';

export const zSignInRequest = z.strictObject({
  email: zEmail,
  // Sign-in accepts any non-empty string up to the limit: rules apply when a password is set, not here.
  password: z.string().min(1).max(128),
});
export type SignInRequest = z.infer<typeof zSignInRequest>;

export const zMe = z.object({
  id: zId,
  name: z.string(),
  email: z.string(),
  role: zRole,
  language: zLanguage,
  organisation: z.object({ id: zId, name: z.string() }),
  /**
   * Present while the sign-in is not complete: `verify` — the password was right, a second factor
   * is still to come; `enrol` — the organisation requires one and the account has none yet.
   */
  secondFactor: z
    .object({
      step: z.enum(['verify', 'enrol']),
      methods: z.array(z.enum(['passkey', 'totp', 'backup'])),
    })
    .optional(),
  /** In the answer to a sign-in only: an admin removed this account's second factors since the last one. */
  secondFactorReset: z.literal(true).optional(),
});
export type Me = z.infer<typeof zMe>;

export const zUpdateMe = z.strictObject({
  name: zText(100, 1).optional(),
  language: zLanguage.optional(),
});
export type UpdateMe = z.infer<typeof zUpdateMe>;

/** One signed-in device. The token itself is never sent back: `id` is a separate public handle. */
export const zSignInSession = z.object({
  id: zId,
  createdAt: zIsoDateTime,
  lastSeenAt: zIsoDateTime,
  expiresAt: zIsoDateTime,
  userAgent: z.string(),
  current: z.boolean(),
});
export type SignInSession = z.infer<typeof zSignInSession>;
export const zSignInSessionList = z.object({ sessions: z.array(zSignInSession) });

export const zSessionIdParams = z.strictObject({ sessionId: zId });
