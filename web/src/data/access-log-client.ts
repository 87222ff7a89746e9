import { zAccessLogPage, zAccessSittingsPage } from '@alongside/shared';
import { call } from './client.js';

/** "Who has looked at my record": loaded with that page only. */
export const accessLogApi = {
  page: (query: { before?: string | undefined; limit?: number }, signal?: AbortSignal) =>
    call('/access-log', zAccessLogPage, { query, signal }),
  sittings: (query: { before?: string | undefined; limit?: number; others?: 'true' | 'false' }, signal?: AbortSignal) =>
    call('/access-log/sittings', zAccessSittingsPage, { query, signal }),
};
