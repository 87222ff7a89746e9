import type { Language } from '@alongside/shared';
import { currentLanguage } from './i18n.js';
import { type ReportsMessages, reportsEn } from './reports-en.js';
import { reportsEs } from './reports-es.js';

export type ReportsKey = keyof ReportsMessages;
type Params<K extends ReportsKey> = ReportsMessages[K] extends (params: infer P) => string ? [params: P] : [];

const catalogues = { en: reportsEn as ReportsMessages, es: reportsEs };

/** A report word in a given language: for pure helpers (period labels) that take the language as input. */
export function trIn<K extends ReportsKey>(language: Language, key: K, ...params: Params<K>): string {
  const message = catalogues[language][key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}

/** `t` for the supervisor's reports: the same language as the rest of the app. */
export function tr<K extends ReportsKey>(key: K, ...params: Params<K>): string {
  return trIn(currentLanguage(), key, ...params);
}
