import {
  type ChangePassword,
  type CompletePasswordReset,
  zIssuedPasswordReset,
  zOk,
  zPasswordResetPreview,
} from '@alongside/shared';
import { call } from './client.js';

/**
 * Reset links (issued by an admin or supervisor, used on the reset page) and changing one's own
 * password. Asking for a reset from the sign-in screen is `api.passwords.requestReset` in client.ts.
 */
export const passwordsApi = {
  issueReset: (userId: string) => call('/passwords/resets', zIssuedPasswordReset, { method: 'POST', body: { userId } }),
  previewReset: (token: string, signal?: AbortSignal) =>
    call('/passwords/resets/preview', zPasswordResetPreview, { method: 'POST', body: { token }, signal }),
  completeReset: (body: CompletePasswordReset) => call('/passwords/resets/complete', zOk, { method: 'POST', body }),
  change: (body: ChangePassword) => call('/passwords/change', zOk, { method: 'POST', body }),
};
