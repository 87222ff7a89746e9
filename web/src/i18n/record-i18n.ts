import { currentLanguage } from './i18n.js';
import { type RecordMessages, recordEn } from './record-en.js';
import { recordEs } from './record-es.js';

export type RecordKey = keyof RecordMessages;
type Params<K extends RecordKey> = RecordMessages[K] extends (params: infer P) => string ? [params: P] : [];

const catalogues = { en: recordEn as RecordMessages, es: recordEs };

/** `t` for "My record" and the printable plan: the same language as the rest of the app. */
export function trec<K extends RecordKey>(key: K, ...params: Params<K>): string {
  const message = catalogues[currentLanguage()][key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}
