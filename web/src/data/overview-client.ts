import { zMyOverview, zPartnersOverview } from '@alongside/shared';
import { call } from './client.js';

/** The homes: the specialist's (each person before the next session) and the person's own (what is waiting). */
export const overviewApi = {
  people: (signal?: AbortSignal) => call('/people/overview', zPartnersOverview, { signal }),
  mine: (signal?: AbortSignal) => call('/people/overview/mine', zMyOverview, { signal }),
};
