import {
  type ReconfirmRequest,
  type SecondFactorProof,
  zBackupCodes,
  zEnrolled,
  zMe,
  zOk,
  zPasskeyOptions,
  zSecondFactorStatus,
  zTotpEnrolment,
} from '@alongside/shared';
import { call } from './client.js';

const id = (value: string) => encodeURIComponent(value);

/** One's own second factors, sign-in's second step and re-confirmation; an admin's reset. */
export const secondFactorApi = {
  status: (signal?: AbortSignal) => call('/auth/second-factor', zSecondFactorStatus, { signal }),
  startTotp: () => call('/auth/second-factor/totp', zTotpEnrolment, { method: 'POST' }),
  confirmTotp: (factorId: string, body: { code: string; label?: string | undefined }) =>
    call(`/auth/second-factor/totp/${id(factorId)}/confirm`, zEnrolled, { method: 'POST', body }),
  passkeyRegistrationOptions: () =>
    call('/auth/second-factor/passkey/registration-options', zPasskeyOptions, { method: 'POST' }),
  enrolPasskey: (registration: unknown, label?: string) =>
    call('/auth/second-factor/passkey', zEnrolled, { method: 'POST', body: { registration, label } }),
  passkeyAssertionOptions: () =>
    call('/auth/second-factor/passkey/assertion-options', zPasskeyOptions, { method: 'POST' }),
  verify: (body: SecondFactorProof) => call('/auth/second-factor/verify', zMe, { method: 'POST', body }),
  reconfirm: (body: ReconfirmRequest) => call('/auth/reconfirm', zOk, { method: 'POST', body }),
  remove: (factorId: string) => call(`/auth/second-factor/${id(factorId)}`, zOk, { method: 'DELETE' }),
  newBackupCodes: () => call('/auth/second-factor/backup-codes', zBackupCodes, { method: 'POST' }),
  resetFor: (userId: string) => call(`/users/${id(userId)}/second-factor/reset`, zOk, { method: 'POST' }),
};
