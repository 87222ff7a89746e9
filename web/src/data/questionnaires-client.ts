import { zQuestionnaire, zQuestionnaireList } from '@alongside/shared';
import { call } from './client.js';

/** The organisation's questionnaires: offered to its people; managed by its admins. */
export const questionnairesApi = {
  offered: (signal?: AbortSignal) => call('/questionnaires', zQuestionnaireList, { signal }),
  all: (signal?: AbortSignal) => call('/organisation/questionnaires', zQuestionnaireList, { signal }),
  /** The FHIR Questionnaire as the admin's file holds it (the server checks it). */
  upload: (resource: unknown) =>
    call('/organisation/questionnaires', zQuestionnaire, { method: 'POST', body: resource }),
  retire: (id: string) =>
    call(`/organisation/questionnaires/${encodeURIComponent(id)}/retire`, zQuestionnaire, { method: 'POST' }),
};
