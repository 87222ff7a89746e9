import type { ErrorCode } from '@alongside/shared';
import { isApiError } from '../data/api-error.js';
import { type MessageKey, t } from '../i18n/i18n.js';

/**
 * Every code the server answers with, in the person's language: the table is complete (a new
 * server code does not compile until it has its words here), so no screen shows the server's
 * English. Codes a person can do nothing about share one calm sentence.
 */
const byCode: Record<ErrorCode, MessageKey> = {
  bad_request: 'error.requestRefused',
  validation_failed: 'error.validationFailed',
  invalid_json: 'error.requestRefused',
  invalid_content_length: 'error.requestRefused',
  invalid_path: 'error.requestRefused',
  path_too_long: 'error.requestRefused',
  headers_too_large: 'error.requestRefused',
  body_too_large: 'error.bodyTooLarge',
  unsupported_media_type: 'error.requestRefused',
  method_not_allowed: 'error.requestRefused',
  request_timeout: 'error.network',
  invalid_upgrade: 'error.requestRefused',
  cross_origin: 'error.crossOrigin',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  too_many_requests: 'error.tooManyRequests',
  invalid_credentials: 'error.invalidCredentials',
  too_many_sockets: 'error.tooManySockets',
  internal: 'error.internal',
  unavailable: 'error.unavailable',
  database_unavailable: 'error.unavailable',
  shutting_down: 'error.restarting',
  email_taken: 'error.emailTaken',
  password_too_common: 'error.passwordTooCommon',
  setup_done: 'error.setupDone',
  setup_link_invalid: 'error.setupLinkInvalid',
  invitation_used: 'error.invitationUsed',
  invitation_expired: 'error.invitationExpired',
  invitation_revoked: 'error.invitationRevoked',
  invitation_not_pending: 'error.invitationNotPending',
  role_not_allowed: 'error.roleNotAllowed',
  specialist_only_for_participants: 'error.specialistOnlyForParticipants',
  cannot_disable_self: 'error.cannotDisableSelf',
  partnership_exists: 'error.partnershipExists',
  partnership_ended: 'error.partnershipEnded',
  participant_decides: 'error.participantDecides',
  not_for_participants: 'error.notForParticipants',
  not_your_suggestion: 'error.notYourSuggestion',
  live_session_required: 'error.liveSessionRequired',
  one_screen_required: 'error.oneScreenRequired',
  one_screen_not_needed: 'error.oneScreenNotNeeded',
  stale_version: 'error.staleVersion',
  operation_id_reused: 'error.requestRefused',
  nothing_to_change: 'error.nothingToChange',
  reorder_mismatch: 'error.requestRefused',
  suggestion_not_pending: 'error.suggestionNotPending',
  edit_not_applicable: 'error.requestRefused',
  option_chosen: 'error.optionChosen',
  choice_not_decided: 'error.choiceNotDecided',
  goal_required: 'error.goalRequired',
  empty_check_in: 'error.emptyCheckIn',
  empty_self_check: 'error.emptySelfCheck',
  invalid_answer: 'error.invalidAnswer',
  session_open: 'error.sessionOpen',
  session_ended: 'error.sessionEnded',
  participant_only: 'error.participantOnly',
  specialist_only: 'error.specialistOnly',
  code_invalid: 'error.codeInvalid',
  specialist_drafts: 'error.specialistDrafts',
  note_exists: 'error.noteExists',
  note_empty: 'error.noteEmpty',
  note_locked: 'error.noteLocked',
  note_not_locked: 'error.noteNotLocked',
  bad_message: 'error.requestRefused',
  bad_json: 'error.requestRefused',
  rate_limited: 'error.tooManyRequests',
  not_subscribed: 'error.requestRefused',
  reset_used: 'error.resetUsed',
  reset_expired: 'error.resetExpired',
  reset_revoked: 'error.resetRevoked',
  account_disabled: 'error.accountDisabled',
  wrong_password: 'error.wrongPassword',
  mail_not_configured: 'error.mailNotConfigured',
  second_factor_required: 'error.secondFactorRequired',
  second_factor_enrolment_required: 'error.secondFactorEnrolmentRequired',
  second_factor_invalid: 'error.secondFactorInvalid',
  second_factor_kept_by_rule: 'error.secondFactorKeptByRule',
  reconfirmation_required: 'error.reconfirmationRequired',
  consent_expiry_past: 'error.consentExpiryPast',
  consent_not_draft: 'error.consentNotDraft',
  consent_not_active: 'error.consentNotActive',
  consent_text_changed: 'error.consentTextChanged',
  consent_tpo_only: 'error.consentTpoOnly',
  disclosure_outside_consent: 'error.disclosureOutsideConsent',
};

/** The client's own codes, for answers that never reached the server or made no sense. */
const clientCodes: Partial<Record<string, MessageKey>> = {
  network: 'error.network',
  unexpected_response: 'error.unexpectedResponse',
};

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(byCode, code);

export function errorText(error: unknown): string {
  if (!isApiError(error)) return t('error.unexpected');
  if (error.code === 'too_many_requests') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('error.tooManyAttempts', { minutes });
  }
  const key = isErrorCode(error.code) ? byCode[error.code] : clientCodes[error.code];
  // A code from a newer server than this page: its message is better than nothing.
  return key ? t(key) : error.message;
}
