import { isApiError } from '../data/api-error.js';
import { type MessageKey, t } from '../i18n/i18n.js';

/**
 * Server error codes the interface words itself (in the person's language). A code not listed
 * here falls back to the server's own message, which is plain English.
 */
const byCode: Partial<Record<string, MessageKey>> = {
  invalid_credentials: 'error.invalidCredentials',
  email_taken: 'error.emailTaken',
  password_too_common: 'error.passwordTooCommon',
  invitation_used: 'error.invitationUsed',
  invitation_expired: 'error.invitationExpired',
  invitation_revoked: 'error.invitationRevoked',
  invitation_not_pending: 'error.invitationNotPending',
  setup_done: 'error.setupDone',
  setup_link_invalid: 'error.setupLinkInvalid',
  cannot_disable_self: 'error.cannotDisableSelf',
  partnership_exists: 'error.partnershipExists',
  partnership_ended: 'error.partnershipEnded',
  role_not_allowed: 'error.roleNotAllowed',
  specialist_only_for_participants: 'error.specialistOnlyForParticipants',
  not_found: 'error.notFound',
  forbidden: 'error.forbidden',
  cross_origin: 'error.crossOrigin',
  unauthenticated: 'error.unauthenticated',
  database_unavailable: 'error.unavailable',
  unavailable: 'error.unavailable',
  internal: 'error.internal',
  network: 'error.network',
  unexpected_response: 'error.unexpectedResponse',
  validation_failed: 'error.validationFailed',
  invalid_json: 'error.internal',
  body_too_large: 'error.bodyTooLarge',
  participant_decides: 'error.participantDecides',
  stale_version: 'error.staleVersion',
  session_open: 'error.sessionOpen',
  session_ended: 'error.sessionEnded',
  note_locked: 'error.noteLocked',
  reset_used: 'error.resetUsed',
  reset_expired: 'error.resetExpired',
  reset_revoked: 'error.resetRevoked',
  account_disabled: 'error.accountDisabled',
  wrong_password: 'error.wrongPassword',
  mail_not_configured: 'error.mailNotConfigured',
};

export function errorText(error: unknown): string {
  if (!isApiError(error)) return t('error.unexpected');
  if (error.code === 'too_many_requests') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('error.tooManyAttempts', { minutes });
  }
  const key = byCode[error.code];
  return key ? t(key) : error.message;
}
