import { zPartnersOverview } from '@alongside/shared';
import { call } from './client.js';

/** The specialist's home: what matters about each person before the next session. */
export const overviewApi = {
  people: (signal?: AbortSignal) => call('/people/overview', zPartnersOverview, { signal }),
};
