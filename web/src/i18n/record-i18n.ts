import { areaTranslator } from './area-translator.js';
import { type RecordMessages, recordEn } from './record-en.js';
import { recordEs } from './record-es.js';

export type RecordKey = keyof RecordMessages;

/** `t` for "My record" and the printable plan: the same language as the rest of the app. */
export const trec = areaTranslator<RecordMessages>({ en: recordEn, es: recordEs });
