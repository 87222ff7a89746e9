import { type UpdateOrganisation, zOrganisation } from '@alongside/shared';
import { call } from './client.js';

/** The organisation's settings (admin). */
export const organisationApi = {
  get: (signal?: AbortSignal) => call('/organisation', zOrganisation, { signal }),
  update: (body: UpdateOrganisation) => call('/organisation', zOrganisation, { method: 'PATCH', body }),
};
