import { areaTranslator } from './area-translator.js';
import { offlineEn } from './offline-en.js';
import { offlineEs } from './offline-es.js';

/** `t` for the offline words: they load after the first screen, never with it. */
export const toff = areaTranslator({ en: offlineEn, es: offlineEs });
