/**
 * Every `error` code the server answers with (the `error` of the one error shape, and of a live
 * command's refusal). The server can throw no other (its errors take an `ErrorCode`), and the web
 * app words every one of them in each language (its table is a complete `Record<ErrorCode, …>`),
 * so no screen falls back to the server's English.
 */
export const errorCodes = [
  // The request itself
  'bad_request',
  'validation_failed',
  'invalid_json',
  'invalid_content_length',
  'invalid_path',
  'path_too_long',
  'headers_too_large',
  'body_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'request_timeout',
  'invalid_upgrade',
  'cross_origin',
  // Who is asking
  'unauthenticated',
  'forbidden',
  'not_found',
  'too_many_requests',
  'invalid_credentials',
  'too_many_sockets',
  // The service
  'internal',
  'unavailable',
  'database_unavailable',
  'shutting_down',
  // Accounts, set-up and invitations
  'email_taken',
  'password_too_common',
  'setup_done',
  'setup_link_invalid',
  'invitation_used',
  'invitation_expired',
  'invitation_revoked',
  'invitation_not_pending',
  'role_not_allowed',
  'specialist_only_for_participants',
  'cannot_disable_self',
  'partnership_exists',
  'partnership_ended',
  // Passwords
  'wrong_password',
  'reset_used',
  'reset_expired',
  'reset_revoked',
  'account_disabled',
  'mail_not_configured',
  // The plan
  'participant_decides',
  'not_for_participants',
  'not_your_suggestion',
  'live_session_required',
  'stale_version',
  'operation_id_reused',
  'nothing_to_change',
  'reorder_mismatch',
  'suggestion_not_pending',
  'edit_not_applicable',
  'option_chosen',
  'choice_not_decided',
  'goal_required',
  'empty_check_in',
  // Live sessions and notes
  'session_open',
  'session_ended',
  'participant_only',
  'specialist_only',
  'code_invalid',
  'specialist_drafts',
  'note_exists',
  'note_locked',
  'note_not_locked',
  // The live channel's own refusals (a message, not a request)
  'bad_message',
  'bad_json',
  'rate_limited',
  'not_subscribed',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
