import {
  type OrganisationAdminRequest,
  type SetupRequest,
  zMe,
  zOrganisationLinkPreview,
  zSetupStatus,
} from '@alongside/shared';
import { call } from './client.js';

/** First-run setup and an operator's link for another organisation: loaded with the setup page only. */
export const setupApi = {
  status: (signal?: AbortSignal) => call('/setup', zSetupStatus, { signal }),
  complete: (body: SetupRequest) => call('/setup', zMe, { method: 'POST', body }),
  /** An operator's link for another organisation (`npm run org:create`): which one it is for. */
  organisationLink: (token: string, signal?: AbortSignal) =>
    call('/setup/link', zOrganisationLinkPreview, { method: 'POST', body: { token }, signal }),
  completeOrganisation: (body: OrganisationAdminRequest) => call('/setup/admin', zMe, { method: 'POST', body }),
};
