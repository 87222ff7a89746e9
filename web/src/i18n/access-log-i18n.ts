import { type AccessLogMessages, accessLogEn } from './access-log-en.js';
import { accessLogEs } from './access-log-es.js';
import { areaTranslator } from './area-translator.js';

export type AccessLogKey = keyof AccessLogMessages;

/** `t` for "who has looked at my record": those words load with that page, not with sign-in. */
export const tal = areaTranslator<AccessLogMessages>({ en: accessLogEn, es: accessLogEs });
