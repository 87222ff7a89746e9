import { z } from 'zod';
import { zId, zIsoDateTime, zText } from './common.js';

/**
 * Second factors (NIST SP 800-63B-4, AAL2): passkeys (WebAuthn, user verification required),
 * one-time codes from an authenticator app (TOTP) and single-use backup codes.
 */
export const secondFactorKinds = ['passkey', 'totp'] as const;
export const zSecondFactorKind = z.enum(secondFactorKinds);
export type SecondFactorKind = z.infer<typeof zSecondFactorKind>;

/** Six digits from an authenticator app; spaces people type are dropped. */
export const zTotpCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'six digits'));
/** A backup code as printed (xxxxx-xxxxx); case, spaces and the dash do not matter. */
export const zBackupCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, 'ten letters and digits'));

const zB64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]*={0,2}$/, 'base64url');

/** What the browser's `startRegistration` gives back (WebAuthn RegistrationResponseJSON), bounded. */
export const zPasskeyRegistration = z.object({
  id: zB64url(1400),
  rawId: zB64url(1400),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: zB64url(4000),
    attestationObject: zB64url(16000),
    authenticatorData: zB64url(16000).optional(),
    transports: z.array(z.string().max(20)).max(10).optional(),
    publicKeyAlgorithm: z.int().min(-65536).max(65536).optional(),
    publicKey: zB64url(4000).optional(),
  }),
  authenticatorAttachment: z.string().max(40).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()),
});
export type PasskeyRegistration = z.infer<typeof zPasskeyRegistration>;

/** What the browser's `startAuthentication` gives back (WebAuthn AuthenticationResponseJSON), bounded. */
export const zPasskeyAssertion = z.object({
  id: zB64url(1400),
  rawId: zB64url(1400),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: zB64url(4000),
    authenticatorData: zB64url(16000),
    signature: zB64url(2000),
    userHandle: zB64url(200).optional(),
  }),
  authenticatorAttachment: z.string().max(40).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()),
});
export type PasskeyAssertion = z.infer<typeof zPasskeyAssertion>;

/** A proof of the second factor: at sign-in's second step, or to re-confirm a sensitive act. */
export const zSecondFactorProof = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('totp'), code: zTotpCode }),
  z.strictObject({ method: z.literal('backup'), code: zBackupCode }),
  z.strictObject({ method: z.literal('passkey'), assertion: zPasskeyAssertion }),
]);
export type SecondFactorProof = z.infer<typeof zSecondFactorProof>;

/** Re-confirmation: a factor, or the password for staff who have none (and whose organisation does not require one). */
export const zReconfirmRequest = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('totp'), code: zTotpCode }),
  z.strictObject({ method: z.literal('passkey'), assertion: zPasskeyAssertion }),
  z.strictObject({ method: z.literal('password'), password: z.string().min(1).max(128) }),
]);
export type ReconfirmRequest = z.infer<typeof zReconfirmRequest>;

export const zSecondFactorLabel = zText(60, 1);

export const zSecondFactorMethod = z.object({
  id: zId,
  kind: zSecondFactorKind,
  label: z.string(),
  createdAt: zIsoDateTime,
  lastUsedAt: zIsoDateTime.nullable(),
});
export type SecondFactorMethod = z.infer<typeof zSecondFactorMethod>;

export const secondFactorEventKinds = ['enrol', 'use', 'fail', 'remove', 'backup-codes', 'reset'] as const;
export type SecondFactorEventKind = (typeof secondFactorEventKinds)[number];

/** One event of the person's sign-in methods, from the access log. */
export const zSecondFactorEvent = z.object({
  kind: z.enum(secondFactorEventKinds),
  at: zIsoDateTime,
  /** Done by someone else (an admin's reset), not by the person. */
  byAdmin: z.boolean(),
});
export type SecondFactorEvent = z.infer<typeof zSecondFactorEvent>;

/** "Your sign-in methods": what the person has, and what their organisation asks of them. */
export const zSecondFactorStatus = z.object({
  methods: z.array(zSecondFactorMethod),
  /** The latest events (added, used, failed, removed, new backup codes, reset), newest first. */
  events: z.array(zSecondFactorEvent),
  backupCodesLeft: z.int().min(0),
  /** The organisation requires a second factor of this account (staff, rule on). */
  required: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof zSecondFactorStatus>;

export const zTotpEnrolment = z.object({
  id: zId,
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The same URL as a QR code: an SVG data URL. */
  qrCode: z.string(),
});
export type TotpEnrolment = z.infer<typeof zTotpEnrolment>;

export const zTotpConfirm = z.strictObject({ code: zTotpCode, label: zSecondFactorLabel.optional() });
export const zPasskeyEnrol = z.strictObject({
  registration: zPasskeyRegistration,
  label: zSecondFactorLabel.optional(),
});

/** After the first method is added (or on request): ten codes, shown once. */
export const zEnrolled = z.object({
  method: zSecondFactorMethod,
  backupCodes: z.array(z.string()).nullable(),
});
export type Enrolled = z.infer<typeof zEnrolled>;
export const zBackupCodes = z.object({ backupCodes: z.array(z.string()) });

/** WebAuthn options as JSON for the browser (their shape is the WebAuthn spec's, passed through). */
export const zPasskeyOptions = z.object({ options: z.record(z.string(), z.unknown()) });

export const zFactorIdParams = z.strictObject({ factorId: zId });
