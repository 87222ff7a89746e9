import {
  type CustomTermInput,
  type NudgeEventBatch,
  zCustomTerm,
  zLanguageSettings,
  zNudgeEventsRecorded,
  zOk,
} from '@alongside/shared';
import { call } from './client.js';

/** Respectful-language terms and nudge counts; loaded with the staff pages, not the first screen. */
const base = '/organisation/language-terms';
const id = (value: string) => encodeURIComponent(value);

export const languageApi = {
  settings: (signal?: AbortSignal) => call(base, zLanguageSettings, { signal }),
  create: (body: CustomTermInput) => call(base, zCustomTerm, { method: 'POST', body }),
  update: (termId: string, body: CustomTermInput) =>
    call(`${base}/${id(termId)}`, zCustomTerm, { method: 'PATCH', body }),
  remove: (termId: string) => call(`${base}/${id(termId)}`, zOk, { method: 'DELETE' }),
  switchBuiltIn: (key: string, enabled: boolean) =>
    call(`${base}/built-in/${id(key)}`, zLanguageSettings, { method: 'PATCH', body: { enabled } }),
  recordNudges: (body: NudgeEventBatch) => call('/language-nudges', zNudgeEventsRecorded, { method: 'POST', body }),
};
