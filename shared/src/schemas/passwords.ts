import { z } from 'zod';
import { zMe } from './auth.js';
import { zEmail, zId, zIsoDateTime, zPassword } from './common.js';

/**
 * Passwords: a reset link issued by a participant's specialist or an admin (shown to them to pass
 * on), or mailed when the person asks and mail is configured; and changing one's own password.
 */
export const zResetToken = z.string().min(16).max(200);

export const zIssuePasswordReset = z.strictObject({ userId: zId });
export type IssuePasswordReset = z.infer<typeof zIssuePasswordReset>;

/** The only answer that carries the link, for the issuer to pass on. */
export const zIssuedPasswordReset = z.object({ link: z.string(), expiresAt: zIsoDateTime });
export type IssuedPasswordReset = z.infer<typeof zIssuedPasswordReset>;

export const zPasswordResetPreviewRequest = z.strictObject({ token: zResetToken });
export const resetUnusableReasons = ['unknown', 'used', 'revoked', 'expired', 'disabled'] as const;
/**
 * What the reset page shows before the new password is chosen: whose account, or why the link
 * cannot be used. Always 200, so opening an old link is a clear message, not a failed request.
 */
export const zPasswordResetPreview = z.discriminatedUnion('usable', [
  z.object({ usable: z.literal(true), email: z.string(), expiresAt: zIsoDateTime }),
  z.object({ usable: z.literal(false), reason: z.enum(resetUnusableReasons) }),
]);
export type PasswordResetPreview = z.infer<typeof zPasswordResetPreview>;

export const zCompletePasswordReset = z.strictObject({ token: zResetToken, password: zPassword });
export type CompletePasswordReset = z.infer<typeof zCompletePasswordReset>;

/** "Forgot your password?": answered the same whether or not the address has an account. */
export const zRequestPasswordReset = z.strictObject({ email: zEmail });
export type RequestPasswordReset = z.infer<typeof zRequestPasswordReset>;

export const zChangePassword = z.strictObject({
  /** Any non-empty string: it is checked against the account, not against the rules. */
  currentPassword: z.string().min(1).max(128),
  newPassword: zPassword,
});
export type ChangePassword = z.infer<typeof zChangePassword>;

/**
 * Who is signed in (null for nobody) and what the sign-in page may offer. Always 200, so a
 * signed-out page asks without the browser logging a failed request.
 */
export const zAuthStatus = z.object({ me: zMe.nullable(), mailConfigured: z.boolean() });
export type AuthStatus = z.infer<typeof zAuthStatus>;
